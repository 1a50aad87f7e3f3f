#pragma once
// A transcript to the phones training uses, as 1-get-text.py: "%" -> "-",
// "￥" -> "," before the language's clean_text (the engine's Phonemizer, which
// already prepends "," to English with fewer than 4 phones); BERT features are
// the per-character hidden_states[-3] rows repeated word2ph times, for zh only.
#include "checkpoint/ModelIdentity.h"
#include "text/PhonemizedText.h"

#include <ATen/core/Tensor.h>

#include <string>
#include <vector>

namespace timbre::training::data {

// 1-get-text's replacements.
std::string trainingTextReplacements(const std::string& text);

// Phones of one transcript in `language` (zh, en, ja, ko, yue) with the symbol
// table of `version` (v1: 322 symbols, otherwise 732).
text::PhonemizedText trainingPhones(const std::string& text, const std::string& language,
                                    checkpoint::SovitsVersion version);

// [n_chars, dim] per-character features -> [dim, sum(word2ph)] (3-bert/<name>.pt).
// Throws timbre::Error(Internal) when the counts disagree.
at::Tensor repeatBertByWord2ph(const at::Tensor& perCharacter, const std::vector<int>& word2ph);

}  // namespace timbre::training::data
