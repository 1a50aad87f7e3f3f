#pragma once
// English number words, following the conventions of Python's `inflect` package that
// the reference normaliser relies on (hyphenated tens, ", " between thousand groups,
// an optional "and" before a final group of one word).
#include <string>
#include <string_view>

namespace timbre::text::english {

// `digits` is a run of ASCII digits (leading zeros allowed). andWord is "and" for
// "one hundred and one", or empty for "one hundred one".
std::string cardinalWords(std::string_view digits, std::string_view andWord = "and");

// Year-style reading in pairs: "1905" -> "nineteen oh five", "1234" -> "twelve thirty-four".
std::string pairedWords(std::string_view digits);

// "twenty-one" -> "twenty-first", "one hundred" -> "one hundredth".
std::string ordinalOfWords(const std::string& words);

// "1" -> "1st", "12" -> "12th", "22" -> "22nd".
std::string ordinalSuffix(std::string_view digits);

}  // namespace timbre::text::english
