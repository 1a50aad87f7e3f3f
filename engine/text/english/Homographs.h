#pragma once
// Words whose reading depends on their part of speech (record, object, live, read,
// complex, ...). The reference tags the sentence with NLTK's perceptron tagger; we
// guess the part of speech from the neighbouring words, which gets the common
// patterns ("the record", "to record", "live music", "we live") right.
#include <optional>
#include <string>
#include <vector>

#include "text/english/EnglishLexicon.h"

namespace timbre::text::english {

// Pronunciation of tokens[index] when it is a homograph, else nullopt.
// tokens are the sentence's tokens as written (case kept).
std::optional<Phones> homographPhones(const std::vector<std::string>& tokens, std::size_t index);

}  // namespace timbre::text::english
