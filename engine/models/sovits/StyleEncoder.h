#pragma once
// modules.MelStyleEncoder (ref_enc): a reference spectrogram to one timbre
// vector — spectral MLP, two gated temporal convs, self-attention, projection
// and a temporal mean.
#include "models/sovits/Layers.h"
#include "models/sovits/SovitsConfig.h"

namespace timbre::sovits {

class StyleEncoder {
 public:
  static StyleEncoder load(const WeightReader& weights, const SovitsConfig& config);

  // spec [B, bins, frames] (bins = styleBins()) -> [B, gin, 1]
  at::Tensor operator()(const at::Tensor& spec) const;

 private:
  Linear m_spectral0, m_spectral3;
  Conv1d m_temporal0, m_temporal1;  // Conv1dGLU convs: 128 -> 2·128, k 5
  Linear m_q, m_k, m_v, m_fc;       // self-attention
  Linear m_out;
};

}  // namespace timbre::sovits
