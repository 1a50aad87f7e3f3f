#pragma once
// models.PosteriorEncoder (enc_q), which only training uses: the linear
// spectrogram -> q(z | spec) and one sample of it. The timbre condition is
// detached upstream, so no gradient reaches ref_enc through enc_q.
#include "training/common/ParameterSet.h"

#include <ATen/ATen.h>

namespace timbre::training {

struct PosteriorSample {
  at::Tensor z;         // (m_q + ε · exp(logs_q)) · mask  [B, inter, T]
  at::Tensor mean;      // m_q
  at::Tensor logScale;  // logs_q
};

// spec [B, 1025, T], mask [B, 1, T], ge [B, gin, 1], eps [B, inter, T] standard normal.
PosteriorSample trainPosteriorEncoder(const ParameterSet& p, int64_t interChannels, int64_t hiddenChannels,
                                      int64_t layers, const at::Tensor& spec, const at::Tensor& mask,
                                      const at::Tensor& ge, const at::Tensor& eps);

}  // namespace timbre::training
