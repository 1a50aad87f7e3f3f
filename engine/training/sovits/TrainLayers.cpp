#include "training/sovits/TrainLayers.h"

namespace timbre::training::layers {

at::Tensor weightNorm(const ParameterSet& p, const std::string& prefix) {
  return at::_weight_norm(p[prefix + ".weight_v"], p[prefix + ".weight_g"], 0);
}

at::Tensor conv1d(const ParameterSet& p, const std::string& prefix, const at::Tensor& x, int64_t stride,
                  int64_t padding, int64_t dilation, bool weightNormed, bool bias) {
  const at::Tensor weight = weightNormed ? weightNorm(p, prefix) : p[prefix + ".weight"];
  const at::Tensor b = bias ? p[prefix + ".bias"] : at::Tensor();
  return at::conv1d(x, weight, b, {stride}, {padding}, {dilation});
}

at::Tensor convTranspose1d(const ParameterSet& p, const std::string& prefix, const at::Tensor& x, int64_t stride,
                           int64_t padding) {
  return at::conv_transpose1d(x, weightNorm(p, prefix), p[prefix + ".bias"], {stride}, {padding});
}

at::Tensor linear(const ParameterSet& p, const std::string& prefix, const at::Tensor& x) {
  return at::linear(x, p[prefix + ".weight"], p[prefix + ".bias"]);
}

at::Tensor channelLayerNorm(const ParameterSet& p, const std::string& prefix, const at::Tensor& x) {
  const int64_t channels = x.size(1);
  return at::layer_norm(x.transpose(1, -1), {channels}, p[prefix + ".gamma"], p[prefix + ".beta"], 1e-5)
      .transpose(1, -1);
}

at::Tensor frameMask(const at::Tensor& lengths, int64_t frames, const at::TensorOptions& options) {
  const at::Tensor positions = at::arange(frames, lengths.options().dtype(at::kLong));
  return (positions.unsqueeze(0) < lengths.to(at::kLong).unsqueeze(1)).unsqueeze(1).to(options);
}

}  // namespace timbre::training::layers
