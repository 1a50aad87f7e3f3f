#pragma once
// models.Generator (dec, HiFi-GAN) in training: plain transposed convolutions
// with weight norm rebuilt from (g, v) on every call, no decoder windows —
// the input is a 32-frame slice.
#include "models/sovits/SovitsConfig.h"
#include "training/common/ParameterSet.h"

#include <ATen/ATen.h>

namespace timbre::training {

// z [B, inter, F], ge [B, gin, 1] -> [B, 1, F · hop] in [−1, 1].
at::Tensor trainGenerator(const ParameterSet& p, const sovits::SovitsConfig& config, const at::Tensor& z,
                          const at::Tensor& ge);

}  // namespace timbre::training
