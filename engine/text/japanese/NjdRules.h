#pragma once
// The NJD rules pyopenjtalk applies after MeCab (Open JTalk 1.11), re-implemented:
// readings for words without one, digit readings, accent-phrase chaining and
// accent types. (Unvoicing is left out: GPT-SoVITS lower-cases unvoiced vowels,
// so it never changes the phones; the long-vowel step is disabled in Open JTalk.)
#include <vector>

#include "text/japanese/NjdNode.h"

namespace timbre::text::japanese {

using NjdList = std::vector<NjdNode>;

// Kana and letters without a reading become fillers read as written; other
// unreadable words become a pause ("、"); "う" after a verb becomes "ー".
void njdSetPronunciation(NjdList& nodes);
// Arabic and kanji numerals: place words (十 百 千 万 ...), counter readings
// (四月 = シガツ, 一日 = ツイタチ, 三百 = サンビャク ...) and their accent phrases.
void njdSetDigit(NjdList& nodes);
// Decides which words join the previous accent phrase (chainFlag).
void njdSetAccentPhrase(NjdList& nodes);
// Combines word accents into the accent of each phrase (stored on its first word).
void njdSetAccentType(NjdList& nodes);

// Drops nodes whose pronunciation is absent ("*").
void njdRemoveSilent(NjdList& nodes);

}  // namespace timbre::text::japanese
