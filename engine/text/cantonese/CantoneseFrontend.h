#pragma once
// Cantonese text -> GPT-SoVITS phones (cleaner.clean_text with language "yue", text/cantonese.py).
#include <string>

#include "text/PhoneTable.h"
#include "text/PhonemizedText.h"

namespace timbre::text {

// Normalises like the reference (numbers through the Mandarin number normaliser when it
// is built in, punctuation mapped to , . ! ? … -, everything outside U+4E00..U+9FA5 and
// that punctuation deleted), looks up Jyutping by longest match over the compiled-in
// rime-data-jyut6ping3 dictionary, and splits each syllable into "Y"+initial and
// "Y"+final+tone (gong2 -> Yg Yong2). word2ph: 2 per character, 1 per punctuation mark.
//
// Coverage: about 18.5k traditional characters and 100k words with readings, plus their
// simplified forms (OpenCC t2s at build time): 20872 of the 20902 characters of
// U+4E00..U+9FA5. A character is read with its word's reading when it is part of the
// longest dictionary word starting at it, otherwise with its most frequent reading.
// A character without any reading (about 30 radicals such as 丷, 讠) is dropped from
// normText and phones; the reference raises an error for it instead.
// Numbers: when the Mandarin frontend is built in (text/chinese/ChineseFrontend.h), its
// normalizeChineseNumbers runs first, as the reference's TextNormalizer does: numbers,
// dates, units are read out and the text is converted to simplified characters (so
// normText is simplified; simplified keys are in the dictionary). Without it, digits and
// Latin letters are deleted and traditional text is looked up as written.
PhonemizedText phonemizeCantonese(const std::string& text, PhoneTableVersion version = PhoneTableVersion::V2);

namespace cantonese {
// "hoeng1" -> {"Yh", "Yoeng1"} with the reference's INITIALS list (so "aai2" -> {"Yaa", "Yi2"},
// "ng5" -> {"Yng", "Yg5"}, "m4" -> {"Ym", "Ym4"}). Exposed for tests.
std::vector<std::string> syllableToPhones(const std::string& jyutping);
}  // namespace cantonese

}  // namespace timbre::text
