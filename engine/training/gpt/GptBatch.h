#pragma once
// One collated GPT training batch, laid out as the official
// Text2SemanticDataset.collate returns it: phones right-padded with 0,
// semantic tokens right-padded with 1024, BERT features zero-padded.
#include <ATen/ATen.h>

namespace timbre::training::gpt {

struct GptBatch {
  at::Tensor phonemeIds;    // [B, maxPhones] int64
  at::Tensor phonemeLens;   // [B] int64
  at::Tensor semanticIds;   // [B, maxTokens] int64
  at::Tensor semanticLens;  // [B] int64
  at::Tensor bert;          // [B, 1024, maxPhones] float32

  int64_t size() const { return phonemeIds.defined() ? phonemeIds.size(0) : 0; }
  GptBatch to(at::Device device) const {
    return {phonemeIds.to(device), phonemeLens.to(device), semanticIds.to(device), semanticLens.to(device),
            bert.to(device)};
  }
};

}  // namespace timbre::training::gpt
