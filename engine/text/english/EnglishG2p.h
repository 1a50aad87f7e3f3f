#pragma once
// English grapheme-to-phoneme conversion of normalised text, following GPT-SoVITS
// text/english.py (en_G2p and g2p): the sentence is tokenised and tagged; per token,
// punctuation passes through, single letters are read as letters, homographs take the
// reading their tag selects, and other words go through qryword: the CMU revision,
// then the name dictionary for title-case words, spelling for unknown words of up to
// 3 letters, the possessive "'s" by rule, compounds part by part, and g2p_en's neural
// model for the rest.
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
