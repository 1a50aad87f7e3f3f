#include "models/sovits/Layers.h"

namespace timbre::sovits {

at::Tensor Conv1d::operator()(const at::Tensor& x) const {
  return at::conv1d(x, weight, bias, {stride}, {padding}, {dilation});
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
  return at::conv_transpose1d(x, weight, bias, {stride}, {padding});
}

ConvTranspose1d ConvTranspose1d::load(const WeightReader& weights, const std::string& prefix, int64_t stride,
                                      int64_t padding) {
  ConvTranspose1d conv;
  conv.weight = weights.weightNormed(prefix);
  conv.bias = weights.get(prefix + ".bias");
  conv.stride = stride;
  conv.padding = padding;
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
