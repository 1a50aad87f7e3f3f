#pragma once
// The layer primitives of the training forward, reading their weights from
// the ParameterSet on every call so gradients reach the set's leaves and
// optimiser updates are seen at once. Weight-normed layers rebuild
// w = g · v / ‖v‖ (norm over every dim but 0, as torch's weight_norm(dim=0))
// once per call, through the differentiable at::_weight_norm.
#include "training/common/ParameterSet.h"

#include <ATen/ATen.h>

#include <string>

namespace timbre::training::layers {

// prefix.weight_g · prefix.weight_v / ‖prefix.weight_v‖
at::Tensor weightNorm(const ParameterSet& p, const std::string& prefix);

// nn.Conv1d over [B, in, T]; weightNormed reads weight_g/weight_v; bias optional.
at::Tensor conv1d(const ParameterSet& p, const std::string& prefix, const at::Tensor& x, int64_t stride = 1,
                  int64_t padding = 0, int64_t dilation = 1, bool weightNormed = false, bool bias = true);

// nn.ConvTranspose1d (always weight-normed in SynthesizerTrn) over [B, in, T].
at::Tensor convTranspose1d(const ParameterSet& p, const std::string& prefix, const at::Tensor& x, int64_t stride,
                           int64_t padding);

// nn.Linear over [..., in].
at::Tensor linear(const ParameterSet& p, const std::string& prefix, const at::Tensor& x);

// modules.LayerNorm: over the channel dim of [B, C, T], eps 1e-5.
at::Tensor channelLayerNorm(const ParameterSet& p, const std::string& prefix, const at::Tensor& x);

// commons.sequence_mask(lengths, frames).unsqueeze(1) as float: [B] -> [B, 1, frames].
at::Tensor frameMask(const at::Tensor& lengths, int64_t frames, const at::TensorOptions& options);

}  // namespace timbre::training::layers
