#include "models/sovits/Layers.h"

namespace timbre::sovits {

at::Tensor Conv1d::operator()(const at::Tensor& x) const {
  return at::conv1d(x, weight, bias, {stride}, {padding}, {dilation}, groups);
}

Conv1d Conv1d::load(const WeightReader& weights, const std::string& prefix, int64_t stride, int64_t padding,
                    int64_t dilation, bool weightNorm, bool bias) {
  Conv1d conv;
  conv.weight = weightNorm ? weights.weightNormed(prefix) : weights.get(prefix + ".weight");
  if (bias) conv.bias = weights.get(prefix + ".bias");
  conv.stride = stride;
  conv.padding = padding;
  conv.dilation = dilation;
  return conv;
}

at::Tensor ConvTranspose1d::operator()(const at::Tensor& x) const {
  if (!phaseWeight.defined()) return at::conv_transpose1d(x, weight, bias, {stride}, {padding});
  const int64_t batch = x.size(0), frames = x.size(2);
  const int64_t out = phaseWeight.size(0) / stride, taps = phaseWeight.size(2);
  // z[b, r·out + o, q] = Σ_t Σ_i w[i, o, r + (taps−1−t)·stride] · x[b, i, q − (taps−1) + t]
  // (The bias, repeated per phase, is added by the convolution itself.)
  const at::Tensor z = at::conv1d(x, phaseWeight, phaseBias, {1}, {taps - 1});
  const int64_t q = frames + taps - 1;
  // Sample n' = q·stride + r of the uncropped output is phase r at step q.
  const at::Tensor y = z.view({batch, stride, out, q}).permute({0, 2, 3, 1}).reshape({batch, out, q * stride});
  const int64_t length = (frames - 1) * stride - 2 * padding + kernelSize;
  return y.narrow(2, padding, length);
}

void ConvTranspose1d::regroupByPhase() {
  if (!weight.defined() || !weight.is_cpu()) return;
  const int64_t in = weight.size(0), out = weight.size(1);
  kernelSize = weight.size(2);
  const int64_t taps = (kernelSize + stride - 1) / stride;
  // Pad the taps to taps·stride with zeros, then [in, out, tap, phase] → taps
  // reversed → [phase, out, in, tap].
  at::Tensor padded = at::zeros({in, out, taps * stride}, weight.options());
  padded.narrow(2, 0, kernelSize).copy_(weight);
  phaseWeight = padded.view({in, out, taps, stride}).flip(2).permute({3, 1, 0, 2}).reshape({stride * out, in, taps}).contiguous();
  if (bias.defined()) phaseBias = bias.repeat({stride});
  weight = at::Tensor();
}

ConvTranspose1d ConvTranspose1d::load(const WeightReader& weights, const std::string& prefix, int64_t stride,
                                      int64_t padding) {
  ConvTranspose1d conv;
  conv.weight = weights.weightNormed(prefix);
  conv.bias = weights.get(prefix + ".bias");
  conv.stride = stride;
  conv.padding = padding;
  conv.regroupByPhase();
  return conv;
}

at::Tensor Linear::operator()(const at::Tensor& x) const { return at::linear(x, weight, bias); }

Linear Linear::load(const WeightReader& weights, const std::string& prefix) {
  return Linear{weights.get(prefix + ".weight"), weights.get(prefix + ".bias")};
}

at::Tensor ChannelLayerNorm::operator()(const at::Tensor& x) const {
  const int64_t channels = x.size(1);
  return at::layer_norm(x.transpose(1, -1), {channels}, gamma, beta, 1e-5).transpose(1, -1);
}

ChannelLayerNorm ChannelLayerNorm::load(const WeightReader& weights, const std::string& prefix) {
  return ChannelLayerNorm{weights.get(prefix + ".gamma"), weights.get(prefix + ".beta")};
}

}  // namespace timbre::sovits
