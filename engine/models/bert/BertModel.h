#pragma once
// chinese-roberta-wwm-ext-large as GPT-SoVITS uses it: a BertForMaskedLM folder
// (config.json + pytorch_model.bin or model.safetensors) of which only the
// encoder runs, up to the hidden state GPT-SoVITS takes (hidden_states[-3]).
// Every size comes from the folder.
#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace timbre::bert {

struct BertConfig {
  int64_t vocabSize = 0;
  int64_t hiddenSize = 1024;
  int64_t numLayers = 24;
  int64_t numHeads = 16;
  int64_t intermediateSize = 4096;
  int64_t maxPositions = 512;
  int64_t typeVocabSize = 2;
  double layerNormEps = 1e-12;

  // Throws timbre::Error(ModelMismatch / UnsupportedFormat) naming `source`.
  static BertConfig fromJson(const nlohmann::json& config, const std::string& source);
};

class BertModel {
 public:
  static BertModel load(const std::string& folder, at::Device device = at::kCPU, at::ScalarType dtype = at::kFloat);

  // ids [T] (with [CLS]/[SEP]) -> hidden_states[index] [T, hidden], where
  // hidden_states[0] is the embedding output and [i] the output of layer i;
  // a negative index counts from the end (-3: GPT-SoVITS's choice). Only the
  // layers needed are run. Throws InvalidArgument for ids outside the
  // vocabulary, more than maxPositions tokens or an index out of range.
  at::Tensor hiddenState(const std::vector<int64_t>& ids, int index = -3) const;

  const BertConfig& config() const;
  at::Device device() const;
  at::ScalarType dtype() const;

  BertModel(BertModel&&) noexcept;
  BertModel& operator=(BertModel&&) noexcept;
  ~BertModel();

 private:
  struct Impl;
  explicit BertModel(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace timbre::bert
