#pragma once
// f5_tts TimestepEmbedding: a time (or step size) per batch row → sinusoid
// (256 wide, scale 1000) → Linear → SiLU → Linear. The DiT is conditioned on
// time_embed(t) + d_embed(1/steps).
#include "models/sovits/Layers.h"

#include <string>

namespace timbre::cfm {

class TimestepEmbedding {
 public:
  // prefix.time_mlp.0 and prefix.time_mlp.2
  static TimestepEmbedding load(const sovits::WeightReader& weights, const std::string& prefix);

  // t [B] -> [B, dim]
  at::Tensor operator()(const at::Tensor& t) const;

 private:
  sovits::Linear m_in, m_out;
};

}  // namespace timbre::cfm
