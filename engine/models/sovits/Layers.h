#pragma once
// The plain building blocks of SynthesizerTrn as weight holders with a forward:
// Conv1d, ConvTranspose1d, Linear and the channel-wise LayerNorm of modules.py.
#include "models/sovits/WeightReader.h"

#include <ATen/ATen.h>

#include <string>

namespace timbre::sovits {

struct Conv1d {
  at::Tensor weight;  // [out, in, k]
  at::Tensor bias;    // [out] or undefined
  int64_t stride = 1;
  int64_t padding = 0;
  int64_t dilation = 1;
  int64_t groups = 1;  // in / weight.size(1): depthwise and grouped convs (the DiT's)

  // [B, in, T] -> [B, out, T']
  at::Tensor operator()(const at::Tensor& x) const;

  // prefix.weight (+ prefix.bias); weightNorm folds prefix.weight_g/weight_v.
  static Conv1d load(const WeightReader& weights, const std::string& prefix, int64_t stride = 1,
                     int64_t padding = 0, int64_t dilation = 1, bool weightNorm = false, bool bias = true);
};

struct ConvTranspose1d {
  at::Tensor weight;  // [in, out, k]; undefined once phaseWeight replaces it
  at::Tensor bias;
  int64_t stride = 1;
  int64_t padding = 0;
  // On the CPU the layer runs as one ordinary convolution over the stride's
  // phases: output sample n·stride + r − padding only sees taps r, r+stride, …
  // So the weight is regrouped at load into [stride·out, in, ⌈k/stride⌉]
  // (phase-major, taps reversed), convolved, and the phases interleaved.
  // Same sums as the transposed convolution without its zero-stuffing: the
  // v2 upsamplers take ~90 ms instead of ~200 ms per 10 s of audio on 2 cores.
  at::Tensor phaseWeight;
  at::Tensor phaseBias;    // bias repeated for each phase: [stride·out]
  int64_t kernelSize = 0;  // k, kept for the output length once weight is dropped

  // [B, in, T] -> [B, out, (T-1)·stride − 2·padding + k]
  at::Tensor operator()(const at::Tensor& x) const;

  // Makes phaseWeight from weight (CPU weights only) and drops weight.
  void regroupByPhase();

  // Always weight-normed in SynthesizerTrn.
  static ConvTranspose1d load(const WeightReader& weights, const std::string& prefix, int64_t stride,
                              int64_t padding);
};

struct Linear {
  at::Tensor weight;  // [out, in]
  at::Tensor bias;

  // [..., in] -> [..., out]
  at::Tensor operator()(const at::Tensor& x) const;

  static Linear load(const WeightReader& weights, const std::string& prefix);
};

// modules.LayerNorm: normalises over the channel dim of [B, C, T], eps 1e-5.
struct ChannelLayerNorm {
  at::Tensor gamma;
  at::Tensor beta;

  // [B, C, T] -> [B, C, T]
  at::Tensor operator()(const at::Tensor& x) const;

  static ChannelLayerNorm load(const WeightReader& weights, const std::string& prefix);
};

}  // namespace timbre::sovits
