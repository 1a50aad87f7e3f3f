#pragma once
// Pronunciation of a word that is in no dictionary.
#include <string>
#include <vector>

namespace timbre::text::english {

// Lowercase word -> ARPAbet with stress digits.
std::vector<std::string> letterToSound(const std::string& word);

}  // namespace timbre::text::english
