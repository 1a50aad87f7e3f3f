#include "models/sovits/StyleEncoder.h"

#include <cmath>

namespace timbre::sovits {
namespace {

at::Tensor mishActivation(const at::Tensor& x) { return x * at::tanh(at::softplus(x, 1, 20)); }

// Conv1dGLU: x + a · σ(b) where [a; b] = conv(x).
at::Tensor gatedResidual(const Conv1d& conv, const at::Tensor& x) {
  const at::Tensor h = conv(x);
  const int64_t half = h.size(1) / 2;
  return x + h.slice(1, 0, half) * at::sigmoid(h.slice(1, half));
}

}  // namespace

StyleEncoder StyleEncoder::load(const WeightReader& weights, const SovitsConfig& c) {
  StyleEncoder e;
  e.m_spectral0 = Linear::load(weights, "ref_enc.spectral.0.fc");
  e.m_spectral3 = Linear::load(weights, "ref_enc.spectral.3.fc");
  e.m_temporal0 = Conv1d::load(weights, "ref_enc.temporal.0.conv1.conv", 1, (kStyleKernel - 1) / 2);
  e.m_temporal1 = Conv1d::load(weights, "ref_enc.temporal.1.conv1.conv", 1, (kStyleKernel - 1) / 2);
  e.m_q = Linear::load(weights, "ref_enc.slf_attn.w_qs");
  e.m_k = Linear::load(weights, "ref_enc.slf_attn.w_ks");
  e.m_v = Linear::load(weights, "ref_enc.slf_attn.w_vs");
  e.m_fc = Linear::load(weights, "ref_enc.slf_attn.fc");
  e.m_out = Linear::load(weights, "ref_enc.fc.fc");
  return e;
}

at::Tensor StyleEncoder::operator()(const at::Tensor& spec) const {
  const int64_t b = spec.size(0), frames = spec.size(2);
  // [B, bins, T] -> [B, T, 128]
  at::Tensor x = mishActivation(m_spectral3(mishActivation(m_spectral0(spec.transpose(1, 2)))));
  // Temporal convs run on [B, 128, T].
  x = gatedResidual(m_temporal1, gatedResidual(m_temporal0, x.transpose(1, 2))).transpose(1, 2);

  // Self-attention with heads folded into the batch ([H·B, T, d]); the
  // temperature is √hidden, not √d, as in the official module.
  // The width is the file's (128 officially; the v3/v4 fixtures use less).
  const int64_t hidden = m_spectral0.weight.size(0);
  const int64_t heads = kStyleHeads, d = hidden / kStyleHeads;
  auto split = [&](const at::Tensor& t) {
    return t.view({b, frames, heads, d}).permute({2, 0, 1, 3}).contiguous().view({-1, frames, d});
  };
  const at::Tensor q = split(m_q(x)), k = split(m_k(x)), v = split(m_v(x));
  at::Tensor attn = at::bmm(q, k.transpose(1, 2)) / std::sqrt(static_cast<double>(hidden));
  attn = at::softmax(attn, 2);
  at::Tensor out = at::bmm(attn, v).view({heads, b, frames, d}).permute({1, 2, 0, 3}).contiguous().view({b, frames, -1});
  x = m_fc(out) + x;

  // [B, T, gin] -> mean over T computed as Σ(x / T) in fp32, like the masked pool upstream.
  const at::Tensor style = m_out(x);
  const at::Tensor length = at::full({b, 1, 1}, frames, style.options().dtype(at::kLong));
  return (style.to(at::kFloat) / length).sum(1).to(style.scalar_type()).unsqueeze(-1);
}

}  // namespace timbre::sovits
