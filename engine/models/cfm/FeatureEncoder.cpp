#include "models/cfm/FeatureEncoder.h"

#include "timbre/Error.h"

#include <cmath>

namespace timbre::cfm {

FeatureEncoder FeatureEncoder::load(const sovits::WeightReader& weights) {
  FeatureEncoder e;
  e.m_bridge = sovits::Conv1d::load(weights, "bridge.0");
  e.m_pre = sovits::Conv1d::load(weights, "wns1.pre");
  e.m_proj = sovits::Conv1d::load(weights, "wns1.proj");
  int64_t layers = 0;
  while (weights.has("wns1.enc.in_layers." + std::to_string(layers) + ".weight_v") ||
         weights.has("wns1.enc.in_layers." + std::to_string(layers) + ".weight"))
    ++layers;
  if (layers == 0) throw Error(ErrorCode::ModelMismatch, "the v3/v4 model has no wns1 layers (wns1.enc.in_layers.0)");
  const int64_t kernel = weights.weightNormed("wns1.enc.in_layers.0").size(2);
  e.m_wn = sovits::WaveNet::load(weights, "wns1.enc", e.m_pre.weight.size(0), layers, kernel);
  return e;
}

at::Tensor FeatureEncoder::operator()(const at::Tensor& hidden, const at::Tensor& ge, double scale,
                                      int64_t maskFrames) const {
  at::Tensor x = at::leaky_relu(m_bridge(hidden), 0.01);
  // F.interpolate(scale_factor=s, mode="nearest"): floor(F·s) frames, source index floor(i / s).
  const int64_t frames = static_cast<int64_t>(std::floor(double(x.size(2)) * scale));
  x = at::upsample_nearest1d(x, at::IntArrayRef{frames}, c10::optional<double>(scale));
  const at::Tensor mask =
      at::arange(frames, x.options()).lt(double(maskFrames)).to(x.scalar_type()).view({1, 1, frames});
  x = m_pre(x) * mask;
  x = m_wn(x, ge, mask);
  return m_proj(x) * mask;
}

}  // namespace timbre::cfm
