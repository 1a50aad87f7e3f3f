#pragma once
// Open JTalk's label stage reduced to what GPT-SoVITS reads from the labels
// (pyopenjtalk_g2p_prosody): phonemes with accent marks "[" (rise), "]" (fall),
// "#" (accent-phrase boundary) and "_" (pause), without the leading "^" and the
// trailing "$"/"?" that GPT-SoVITS strips ([1:-1]).
#include <string>
#include <vector>

#include "text/japanese/NjdRules.h"

namespace timbre::text::japanese {

// nodes: after all NJD rules. Unvoiced vowels come out lower case (as GPT-SoVITS
// asks for), so unvoicing needs no separate step.
std::vector<std::string> prosodyPhones(const NjdList& nodes);

}  // namespace timbre::text::japanese
