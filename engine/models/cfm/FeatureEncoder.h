#pragma once
// The part of SynthesizerTrnV3.decode_encp after the text encoder: `bridge`
// (1×1 conv + LeakyReLU 0.01) on enc_p's hidden output, nearest upsampling to
// mel frames (×1.875 v3, ×2 v4), then `wns1` (modules.Encoder: pre conv, WN
// conditioned on ge, proj) under a frame mask of the official length.
#include "models/sovits/Layers.h"
#include "models/sovits/WaveNet.h"

namespace timbre::cfm {

class FeatureEncoder {
 public:
  static FeatureEncoder load(const sovits::WeightReader& weights);

  // hidden [B, inter, F] (50 Hz frames after the speed stretch), ge [B, gin, 1];
  // maskFrames = the official y_lengths1 (frames past it are zeroed).
  // -> [B, C, floor(F · scale)]
  at::Tensor operator()(const at::Tensor& hidden, const at::Tensor& ge, double scale, int64_t maskFrames) const;

  int64_t width() const { return m_bridge.weight.size(0); }

 private:
  sovits::Conv1d m_bridge, m_pre, m_proj;
  sovits::WaveNet m_wn;
};

}  // namespace timbre::cfm
