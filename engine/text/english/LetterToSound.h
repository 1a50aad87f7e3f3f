#pragma once
// Pronunciation of a word that is in no dictionary, from the letter-to-sound model
// trained from the CMU dictionary at build time (see LtsModel.h and LtsGen.cpp).
#include <string>
#include <string_view>
#include <vector>

namespace timbre::text::english {

// Lowercase a-z word -> ARPAbet with stress digits, exactly one primary stress.
// Empty when the word has other characters or the build has no model.
std::vector<std::string> letterToSound(std::string_view word);

}  // namespace timbre::text::english
