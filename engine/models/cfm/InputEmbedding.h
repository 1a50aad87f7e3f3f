#pragma once
// f5_tts InputEmbedding: the noisy mel, the prompt mel and the text embedding
// concatenated and projected to the DiT width, plus a convolutional position
// embedding (two grouped convs k31 with Mish) added residually.
#include "models/sovits/Layers.h"

#include <string>

namespace timbre::cfm {

class InputEmbedding {
 public:
  static InputEmbedding load(const sovits::WeightReader& weights, const std::string& prefix);

  // x, cond [B, T, mel], text [B, T, C] -> [B, T, dim]
  at::Tensor operator()(const at::Tensor& x, const at::Tensor& cond, const at::Tensor& text) const;

 private:
  sovits::Linear m_proj;
  sovits::Conv1d m_conv0, m_conv2;
};

}  // namespace timbre::cfm
