#pragma once
// Splits normalised English into words and punctuation the way NLTK's TweetTokenizer
// does for the characters that survive normalisation: words keep inner apostrophes and
// hyphens ("can't", "twenty-five", "o'clock"), a bare domain name ("example.com") is one
// token, every other mark is its own token, and "a.m." becomes "a" "." "m" ".".
#include <string>
#include <vector>

namespace timbre::text::english {

std::vector<std::string> tokenizeEnglish(const std::string& text);

}  // namespace timbre::text::english
