#pragma once
// Mandarin text normalisation (GPT-SoVITS text/zh_normalization, from PaddleSpeech, and
// chinese2.text_normalize): numbers, dates, times, percentages, money, phone numbers,
// units and ranges spelled out in characters, traditional characters simplified, then
// the punctuation mapped to the phone set and everything else dropped.
#include <string>
#include <vector>

namespace timbre::text::chinese {

// TextNormalizer.normalize: the sentences, each rewritten (no punctuation mapping).
std::vector<std::u32string> normalizeSentences(const std::u32string& text);
// One sentence through normalize_sentence.
std::u32string normalizeSentence(std::u32string sentence);
// chinese2.replace_punctuation on one sentence.
std::u32string replacePunctuation(const std::u32string& sentence);
// Runs of the phone set's punctuation collapse to their first mark.
std::u32string collapsePunctuation(const std::u32string& text);
// The reference's punctuation marks: ! ? … , . -
bool isPhonePunctuation(char32_t c);

// Number helpers (num.py), exposed for tests.
std::u32string verbalizeCardinal(const std::u32string& digits);
std::u32string verbalizeDigits(const std::u32string& digits, bool altOne = false);
std::u32string numberToChinese(const std::u32string& value);  // num2str: "12.50" -> 十二点五零

}  // namespace timbre::text::chinese
