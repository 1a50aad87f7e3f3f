#pragma once
// models.ResidualCouplingBlock (flow) in the forward direction training uses:
// four mean-only affine couplings, each followed by a channel flip.
#include "models/sovits/SovitsConfig.h"
#include "training/common/ParameterSet.h"

#include <ATen/ATen.h>

namespace timbre::training {

// z [B, inter, T], mask [B, 1, T], ge [B, gin, 1] -> z_p [B, inter, T].
at::Tensor trainFlowForward(const ParameterSet& p, const sovits::SovitsConfig& config, at::Tensor z,
                            const at::Tensor& mask, const at::Tensor& ge);

}  // namespace timbre::training
