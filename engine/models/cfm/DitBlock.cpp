#include "models/cfm/DitBlock.h"

#include "timbre/Error.h"

#include <cmath>

namespace timbre::cfm {
namespace {

// LayerNorm without affine parameters, eps 1e-6, then (1 + scale) and shift per row.
at::Tensor modulate(const at::Tensor& x, const at::Tensor& shift, const at::Tensor& scale) {
  const at::Tensor normed = at::layer_norm(x, {x.size(-1)}, {}, {}, 1e-6);
  return normed * (1 + scale.unsqueeze(1)) + shift.unsqueeze(1);
}

}  // namespace

DitBlock DitBlock::load(const sovits::WeightReader& weights, const std::string& prefix, int64_t headWidth) {
  DitBlock b;
  b.m_modulation = sovits::Linear::load(weights, prefix + ".attn_norm.linear");
  b.m_q = sovits::Linear::load(weights, prefix + ".attn.to_q");
  b.m_k = sovits::Linear::load(weights, prefix + ".attn.to_k");
  b.m_v = sovits::Linear::load(weights, prefix + ".attn.to_v");
  b.m_out = sovits::Linear::load(weights, prefix + ".attn.to_out.0");
  b.m_ffIn = sovits::Linear::load(weights, prefix + ".ff.ff.0.0");
  b.m_ffOut = sovits::Linear::load(weights, prefix + ".ff.ff.2");
  const int64_t inner = b.m_q.weight.size(0);
  if (headWidth <= 0 || inner % headWidth != 0)
    throw Error(ErrorCode::ModelMismatch, prefix + ".attn.to_q has " + std::to_string(inner) +
                                              " outputs, not a multiple of the head width " + std::to_string(headWidth));
  b.m_headWidth = headWidth;
  b.m_heads = inner / headWidth;
  return b;
}

at::Tensor DitBlock::attention(const at::Tensor& x, const at::Tensor& angles) const {
  const int64_t batch = x.size(0), frames = x.size(1);
  // Rotary before the head split: only the first head's channels turn.
  const at::Tensor q = RotaryEmbedding::apply(m_q(x), angles);
  const at::Tensor k = RotaryEmbedding::apply(m_k(x), angles);
  const at::Tensor v = m_v(x);
  auto heads = [&](const at::Tensor& t) {
    return t.view({batch, frames, m_heads, m_headWidth}).transpose(1, 2).reshape({batch * m_heads, frames, m_headWidth});
  };
  // softmax(q·kᵀ/√d)·v with the heads folded into the batch (no SDPA in libtorch 1.13).
  const at::Tensor scores = at::bmm(heads(q), heads(k).transpose(1, 2)) * (1.0 / std::sqrt(double(m_headWidth)));
  const at::Tensor mixed = at::bmm(at::softmax(scores, -1), heads(v));
  return m_out(mixed.view({batch, m_heads, frames, m_headWidth}).transpose(1, 2).reshape({batch, frames, -1}));
}

at::Tensor DitBlock::operator()(const at::Tensor& x, const at::Tensor& time, const at::Tensor& angles) const {
  // AdaLayerNormZero: shift_msa, scale_msa, gate_msa, shift_mlp, scale_mlp, gate_mlp.
  const std::vector<at::Tensor> m = m_modulation(at::silu(time)).chunk(6, 1);
  at::Tensor h = x + m[2].unsqueeze(1) * attention(modulate(x, m[0], m[1]), angles);
  const at::Tensor ff = m_ffOut(at::gelu(m_ffIn(modulate(h, m[3], m[4])), "tanh"));
  return h + m[5].unsqueeze(1) * ff;
}

}  // namespace timbre::cfm
