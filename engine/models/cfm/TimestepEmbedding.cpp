#include "models/cfm/TimestepEmbedding.h"

#include <cmath>

namespace timbre::cfm {
namespace {

// SinusPositionEmbedding(dim)(t, scale=1000) in the official order of operations.
at::Tensor sinusoid(const at::Tensor& t, int64_t dim) {
  const int64_t half = dim / 2;
  const double step = std::log(10000.0) / double(half - 1);
  const at::Tensor freqs = at::exp(at::arange(half, t.options().dtype(at::kFloat)) * (-step));
  const at::Tensor angles = (t.to(at::kFloat).unsqueeze(1) * 1000.0) * freqs.unsqueeze(0);
  return at::cat({angles.sin(), angles.cos()}, -1);
}

}  // namespace

TimestepEmbedding TimestepEmbedding::load(const sovits::WeightReader& weights, const std::string& prefix) {
  TimestepEmbedding e;
  e.m_in = sovits::Linear::load(weights, prefix + ".time_mlp.0");
  e.m_out = sovits::Linear::load(weights, prefix + ".time_mlp.2");
  return e;
}

at::Tensor TimestepEmbedding::operator()(const at::Tensor& t) const {
  const at::Tensor hidden = sinusoid(t, m_in.weight.size(1)).to(m_in.weight.scalar_type());
  return m_out(at::silu(m_in(hidden)));
}

}  // namespace timbre::cfm
