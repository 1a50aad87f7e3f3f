#pragma once
// Text -> phone ids + BERT features, as TextPreprocessor.get_phones_and_bert:
// split into language runs, phonemize each, BERT hidden state for Chinese runs
// (zeros for every other language), join, and retry once with a leading "."
// when fewer than 6 phones come out.
#include "pipeline/VoiceModels.h"
#include "text/UserDictionary.h"

#include <ATen/ATen.h>

#include <string>
#include <vector>

namespace timbre::pipeline {

struct PhonesAndBert {
  std::vector<int64_t> phones;  // ids into the model's phone table
  at::Tensor bert;              // [bertDim, phones.size()] float32, CPU
  std::string normText;         // normalised text of every run, joined
};

class TextFeatures {
 public:
  // userDictionary may be null; it must outlive this object.
  explicit TextFeatures(const VoiceModels& models, const text::UserDictionary* userDictionary = nullptr);

  // lang: a user language mode (zh, en, ja, ko, yue, auto, auto_yue, all_zh, ...).
  // Throws timbre::Error(InvalidArgument) for an unknown mode. Text with nothing
  // to speak gives an empty normText (the caller skips it, as the reference does).
  PhonesAndBert extract(const std::string& text, const std::string& lang) const;

  // One BERT vector per character of normText, each repeated word2ph[i] times:
  // [bertDim, sum(word2ph)].
  at::Tensor bertFeatures(const std::string& normText, const std::vector<int>& word2ph) const;

 private:
  PhonesAndBert extractOnce(const std::string& text, const std::string& lang) const;
  const VoiceModels& m_models;
  const text::UserDictionary* m_userDictionary;
};

}  // namespace timbre::pipeline
