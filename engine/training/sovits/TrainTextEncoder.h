#pragma once
// models.TextEncoder (enc_p) in training: the 50 Hz quantized content and the
// phones through the relative-position encoders and MRTE to the prior's mean
// and log-scale, masked by the batch's lengths (speed 1).
#include "models/sovits/SovitsConfig.h"
#include "training/common/ParameterSet.h"
#include "training/sovits/TrainPass.h"

#include <ATen/ATen.h>

namespace timbre::training {

struct TrainPrior {
  at::Tensor mean;      // m_p [B, inter, T]
  at::Tensor logScale;  // logs_p [B, inter, T]
};

// content [B, 768, T], contentMask [B, 1, T], text [B, L] int64, textLengths [B],
// timbre [B, 512, 1] (ge, or ge_to512(ge) for Pro).
TrainPrior trainTextEncoder(const ParameterSet& p, const sovits::SovitsConfig& config, double dropout,
                            const at::Tensor& content, const at::Tensor& contentMask, const at::Tensor& text,
                            const at::Tensor& textLengths, const at::Tensor& timbre, const TrainPass& pass);

}  // namespace timbre::training
