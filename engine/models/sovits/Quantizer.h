#pragma once
// The semantic tokenizer half of SynthesizerTrn: ssl_proj (stride-2 conv at
// 25 Hz) plus the single-codebook residual VQ. Encodes HuBERT features to
// token ids and decodes ids back to codebook vectors.
#include "models/sovits/Layers.h"
#include "models/sovits/SovitsConfig.h"

namespace timbre::sovits {

class Quantizer {
 public:
  static Quantizer load(const WeightReader& weights, const SovitsConfig& config);

  // ssl [B, 768, T] -> codes [B, 1, T/2] int64 (nearest codebook row by Euclidean distance)
  at::Tensor encode(const at::Tensor& ssl) const;

  // codes [1, B, T] int64 (n_q first, as the official decode takes them) -> [B, 768, T]
  at::Tensor decode(const at::Tensor& codes) const;

 private:
  Conv1d m_sslProj;
  at::Tensor m_codebook;  // [1024, 768]
};

}  // namespace timbre::sovits
