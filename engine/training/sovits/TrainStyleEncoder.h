#pragma once
// modules.MelStyleEncoder (ref_enc) in training: padded frames are kept out of
// the self-attention keys (−inf) and out of the temporal mean, and its
// hard-coded dropout of 0.1 (after each spectral Mish, in each Conv1dGLU, on the
// attention weights and after the attention's fc) applies in training mode
// whatever p_dropout says.
#include "training/common/ParameterSet.h"
#include "training/sovits/TrainPass.h"

#include <ATen/ATen.h>

namespace timbre::training {

// spec [B, bins, T] (already multiplied by the mask), mask [B, 1, T] -> [B, gin, 1].
at::Tensor trainStyleEncoder(const ParameterSet& p, const at::Tensor& spec, const at::Tensor& mask,
                             const TrainPass& pass);

}  // namespace timbre::training
