#include "training/data/TrainingText.h"

#include "text/Phonemizer.h"

#include <timbre/Error.h>

#include <ATen/ATen.h>

namespace timbre::training::data {
namespace {

void replaceAll(std::string& text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

}  // namespace

std::string trainingTextReplacements(const std::string& input) {
  std::string text = input;
  replaceAll(text, "%", "-");
  replaceAll(text, "\xEF\xBF\xA5", ",");  // U+FFE5 FULLWIDTH YEN SIGN
  return text;
}

text::PhonemizedText trainingPhones(const std::string& text, const std::string& language,
                                    checkpoint::SovitsVersion version) {
  const auto table =
      version == checkpoint::SovitsVersion::V1 ? text::PhoneTableVersion::V1 : text::PhoneTableVersion::V2;
  return text::phonemize(trainingTextReplacements(text), language, table);
}

at::Tensor repeatBertByWord2ph(const at::Tensor& perCharacter, const std::vector<int>& word2ph) {
  if (perCharacter.dim() != 2 || perCharacter.size(0) != static_cast<int64_t>(word2ph.size()))
    throw Error(ErrorCode::Internal, "BERT features have " + std::to_string(perCharacter.size(0)) +
                                         " character rows for " + std::to_string(word2ph.size()) + " word2ph entries");
  const at::Tensor repeats = at::tensor(std::vector<int64_t>(word2ph.begin(), word2ph.end()), at::kLong);
  return perCharacter.repeat_interleave(repeats, 0).t().contiguous();
}

}  // namespace timbre::training::data
