#include "models/vocoder/AliasFreeActivation.h"

namespace timbre::vocoder {
namespace {

constexpr int64_t kRatio = 2;

}  // namespace

AliasFreeActivation AliasFreeActivation::load(const sovits::WeightReader& weights, const std::string& prefix,
                                              bool logScale) {
  AliasFreeActivation a;
  at::Tensor alpha = weights.fp32(prefix + ".act.alpha"), beta = weights.fp32(prefix + ".act.beta");
  if (logScale) {
    alpha = alpha.exp();
    beta = beta.exp();
  }
  const int64_t channels = alpha.size(0);
  a.m_alpha = weights.place(alpha.view({1, channels, 1}));
  a.m_inverseBeta = weights.place((1.0 / (beta + 1e-9)).view({1, channels, 1}));
  a.m_upFilter = weights.place(weights.fp32(prefix + ".upsample.filter").expand({channels, 1, -1}).contiguous());
  a.m_downFilter =
      weights.place(weights.fp32(prefix + ".downsample.lowpass.filter").expand({channels, 1, -1}).contiguous());
  return a;
}

at::Tensor AliasFreeActivation::operator()(const at::Tensor& x) const {
  const int64_t channels = x.size(1);
  // UpSample1d(2, 12): pad k/2 − 1 replicated, ×2 transposed conv, crop.
  const int64_t kUp = m_upFilter.size(2);
  const int64_t pad = kUp / kRatio - 1;
  const int64_t cropLeft = pad * kRatio + (kUp - kRatio) / 2, cropRight = pad * kRatio + (kUp - kRatio + 1) / 2;
  at::Tensor up = at::conv_transpose1d(at::replication_pad1d(x, {pad, pad}), m_upFilter, at::Tensor(), at::IntArrayRef{kRatio},
                                     at::IntArrayRef{0}, at::IntArrayRef{0}, channels);
  up = (up * double(kRatio)).narrow(2, cropLeft, up.size(2) - cropLeft - cropRight);
  // SnakeBeta: x + 1/(β + 1e-9) · sin²(α·x)
  const at::Tensor s = at::sin(up * m_alpha);
  const at::Tensor act = up + m_inverseBeta * s.pow(2);
  // LowPassFilter1d(stride 2, replicate pad k/2 − 1 | k/2).
  const int64_t kDown = m_downFilter.size(2);
  const int64_t left = kDown / 2 - (kDown % 2 == 0 ? 1 : 0), right = kDown / 2;
  const at::Tensor padded = at::replication_pad1d(act, {left, right});
  return at::conv1d(padded, m_downFilter, at::Tensor(), at::IntArrayRef{kRatio}, at::IntArrayRef{0}, at::IntArrayRef{1}, channels);
}

}  // namespace timbre::vocoder
