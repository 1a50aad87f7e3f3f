#pragma once
// What a language frontend returns for one piece of text.
#include <optional>
#include <string>
#include <vector>

namespace timbre::text {

struct PhonemizedText {
  std::string normText;                     // text after the language's normalisation
  std::vector<std::string> phones;          // symbols; any the table lacks are already "UNK"
  std::vector<int> phoneIds;                // phones as ids into the chosen PhoneTable
  std::optional<std::vector<int>> word2ph;  // phones per character of normText (zh/yue only)
};

}  // namespace timbre::text
