#pragma once
// English grapheme-to-phoneme conversion of normalised text, following GPT-SoVITS
// text/english.py (en_G2p): per token, punctuation passes through, single letters are
// read as letters, homographs are chosen by a guessed part of speech, dictionary words
// are looked up, unknown words of up to 3 letters are spelled out, "'s" is added by
// rule. Other unknown words: hyphenated ones are read part by part, ones without a
// vowel letter (and short all-capital ones) are spelled out, two joined dictionary
// words are read as such, and the rest go to the letter-to-sound model (LetterToSound.h).
#include <map>
#include <string>
#include <vector>

namespace timbre::text::english {

// Phones of normalised text, before the symbol-table mapping ("'" already "-";
// marks the phone table lacks are dropped, as the reference does).
// userArpabet (lower-case word -> ARPAbet phones) overrides every built-in reading.
std::vector<std::string> englishG2p(const std::string& normText,
                                    const std::map<std::string, std::vector<std::string>>* userArpabet = nullptr);

}  // namespace timbre::text::english
