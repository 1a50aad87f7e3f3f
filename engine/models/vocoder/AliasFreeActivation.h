#pragma once
// BigVGAN's anti-aliased SnakeBeta (alias_free_activation/torch/act.py
// Activation1d + activations.SnakeBeta): upsample ×2 with the stored
// kaiser-sinc filter (replicate pad, transposed conv), x + sin²(αx)/(β+1e-9),
// then low-pass and downsample ×2. α and β are stored as logs (snake_logscale).
#include "models/sovits/WeightReader.h"

#include <ATen/ATen.h>

#include <string>

namespace timbre::vocoder {

class AliasFreeActivation {
 public:
  // prefix.act.alpha/beta, prefix.upsample.filter, prefix.downsample.lowpass.filter
  static AliasFreeActivation load(const sovits::WeightReader& weights, const std::string& prefix, bool logScale);

  // x [B, C, T] -> [B, C, T]
  at::Tensor operator()(const at::Tensor& x) const;

 private:
  at::Tensor m_alpha, m_inverseBeta;  // [1, C, 1]: exp(α), 1 / (exp(β) + 1e-9)
  at::Tensor m_upFilter, m_downFilter;  // [C, 1, k] (the stored [1, 1, k] expanded)
};

}  // namespace timbre::vocoder
