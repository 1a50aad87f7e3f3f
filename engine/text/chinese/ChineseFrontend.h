#pragma once
// Mandarin text -> GPT-SoVITS phones (cleaner.clean_text with language "zh": chinese2's
// text_normalize and g2p on its pypinyin path, i.e. with g2pW off).
#include <map>
#include <string>
#include <vector>

#include "text/PhoneTable.h"
#include "text/PhonemizedText.h"

namespace timbre::text {

// normText is what text_normalize returns; phones are [initial, final+tone] per
// syllable and each punctuation mark itself; word2ph counts phones per character of
// normText. A "￥" (or, failing that, "^") in the text takes the reference's special
// path: it is read as a "," and every "," phone becomes SP2 (SP3).
// userPinyin: word (UTF-8) -> one TONE3 syllable per character ("重庆" -> chong2 qing4);
// such words are kept whole by the segmenter and read as given.
PhonemizedText phonemizeChinese(const std::string& text, PhoneTableVersion version = PhoneTableVersion::V2,
                                const std::map<std::string, std::vector<std::string>>* userPinyin = nullptr);

}  // namespace timbre::text

namespace timbre::text::chinese {

// zh_normalization.TextNormalizer stage only: numbers, dates, times, percentages, money, phone numbers, units,
// ranges, traditional->simplified; returns the text with those rewritten (no punctuation mapping).
std::string normalizeChineseNumbers(const std::string& text);
// The whole text_normalize (what norm_text holds in the golden data).
std::string normalizeChineseText(const std::string& text);

}  // namespace timbre::text::chinese
