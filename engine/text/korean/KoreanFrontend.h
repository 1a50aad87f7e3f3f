#pragma once
// Korean text -> GPT-SoVITS phones (cleaner.clean_text with language "ko", text/korean.py).
#include <string>

#include "text/PhoneTable.h"
#include "text/PhonemizedText.h"

namespace timbre::text {

// Latin letters are read by their Korean names (a -> 에이), numbers are spelled out,
// the standard pronunciation rules are applied (KoreanPronunciation.h), and the result
// is split into the compatibility jamo of the v2 table (compound vowels as two jamo:
// ㅘ -> ㅗ ㅏ; "ㅇ" is both the empty onset and the ng coda). A space becomes "空",
// punctuation is mapped like the reference (，。！？：；、· -> , . ! ? , , , ,), any
// other character becomes "停", and a "." is appended when the text ends on a jamo.
// normText is the input unchanged (the reference has no Korean text_normalize);
// word2ph is nullopt. The v1 table has no Korean phones: they all become UNK there.
PhonemizedText phonemizeKorean(const std::string& text, PhoneTableVersion version = PhoneTableVersion::V2);

}  // namespace timbre::text
