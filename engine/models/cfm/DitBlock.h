#pragma once
// f5_tts DiTBlock: AdaLN-zero modulation from the time embedding, rotary
// self-attention, and a GELU(tanh) feed-forward, each gated and residual.
#include "models/cfm/RotaryEmbedding.h"
#include "models/sovits/Layers.h"

#include <string>

namespace timbre::cfm {

class DitBlock {
 public:
  static DitBlock load(const sovits::WeightReader& weights, const std::string& prefix, int64_t headWidth);

  // x [B, T, dim], time [B, dim] (time_embed + d_embed), angles from
  // RotaryEmbedding::angles(T) -> [B, T, dim]. Every key is valid (the chunk
  // loop always passes full-length rows).
  at::Tensor operator()(const at::Tensor& x, const at::Tensor& time, const at::Tensor& angles) const;

 private:
  at::Tensor attention(const at::Tensor& x, const at::Tensor& angles) const;

  sovits::Linear m_modulation;  // attn_norm.linear: dim -> 6·dim
  sovits::Linear m_q, m_k, m_v, m_out;
  sovits::Linear m_ffIn, m_ffOut;
  int64_t m_heads = 1;
  int64_t m_headWidth = 64;
};

}  // namespace timbre::cfm
