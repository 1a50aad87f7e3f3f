#pragma once
// modules.WN (non-causal WaveNet with a global condition) as the flow's
// couplings and the posterior encoder train it: weight-normed in_layers,
// res_skip_layers and cond_layer, the residual stream re-masked every layer.
// Dropout is 0 in both uses (WN's p_dropout default), so none is drawn.
#include "training/common/ParameterSet.h"

#include <ATen/ATen.h>

#include <string>

namespace timbre::training {

struct WaveNetShape {
  int64_t hidden = 192;
  int64_t layers = 4;
  int64_t kernelSize = 5;  // dilation rate 1 in SynthesizerTrn
};

// x [B, hidden, T], mask [B, 1, T], g [B, gin, 1] -> [B, hidden, T] (masked).
at::Tensor trainWaveNet(const ParameterSet& p, const std::string& prefix, at::Tensor x, const at::Tensor& mask,
                        const at::Tensor& g, const WaveNetShape& shape);

}  // namespace timbre::training
