#include "models/sovits/MultiHeadAttention.h"

#include <cmath>

namespace timbre::sovits {
namespace {

// [B, H, L, 2L−1] relative logits -> [B, H, L, L]: entry (i, j) takes column j − i + L − 1.
// Same pad/reshape skew as the official code, so the arithmetic is identical.
at::Tensor relativeToAbsolute(const at::Tensor& x) {
  const int64_t b = x.size(0), h = x.size(1), l = x.size(2);
  at::Tensor padded = at::constant_pad_nd(x, {0, 1});
  at::Tensor flat = padded.reshape({b, h, l * 2 * l});
  flat = at::constant_pad_nd(flat, {0, l - 1});
  return flat.view({b, h, l + 1, 2 * l - 1}).slice(2, 0, l).slice(3, l - 1);
}

// [B, H, L, L] -> [B, H, L, 2L−1]: the inverse skew, used for the relative values.
at::Tensor absoluteToRelative(const at::Tensor& x) {
  const int64_t b = x.size(0), h = x.size(1), l = x.size(2);
  at::Tensor padded = at::constant_pad_nd(x, {0, l - 1});
  at::Tensor flat = padded.reshape({b, h, l * l + l * (l - 1)});
  flat = at::constant_pad_nd(flat, {l, 0});
  return flat.view({b, h, l, 2 * l}).slice(3, 1);
}

}  // namespace

MultiHeadAttention MultiHeadAttention::load(const WeightReader& weights, const std::string& prefix, int64_t heads,
                                            int64_t window) {
  MultiHeadAttention a;
  a.m_q = Conv1d::load(weights, prefix + ".conv_q");
  a.m_k = Conv1d::load(weights, prefix + ".conv_k");
  a.m_v = Conv1d::load(weights, prefix + ".conv_v");
  a.m_o = Conv1d::load(weights, prefix + ".conv_o");
  a.m_heads = heads;
  a.m_window = window;
  if (window > 0) {
    a.m_relK = weights.get(prefix + ".emb_rel_k");
    a.m_relV = weights.get(prefix + ".emb_rel_v");
  }
  return a;
}

at::Tensor MultiHeadAttention::relativeEmbeddings(const at::Tensor& table, int64_t length) const {
  const int64_t padLength = std::max<int64_t>(length - (m_window + 1), 0);
  const int64_t sliceStart = std::max<int64_t>((m_window + 1) - length, 0);
  const int64_t sliceEnd = sliceStart + 2 * length - 1;
  at::Tensor padded = padLength > 0 ? at::constant_pad_nd(table, {0, 0, padLength, padLength}) : table;
  return padded.slice(1, sliceStart, sliceEnd);
}

at::Tensor MultiHeadAttention::operator()(const at::Tensor& x, const at::Tensor& context) const {
  at::Tensor q = m_q(x);
  at::Tensor k = m_k(context);
  at::Tensor v = m_v(context);
  const int64_t b = k.size(0), d = k.size(1), ts = k.size(2), tt = q.size(2);
  const int64_t kc = d / m_heads;
  // [B, C, T] -> [B, H, T, C/H]
  q = q.view({b, m_heads, kc, tt}).transpose(2, 3);
  k = k.view({b, m_heads, kc, ts}).transpose(2, 3);
  v = v.view({b, m_heads, kc, ts}).transpose(2, 3);

  const at::Tensor qScaled = q / std::sqrt(static_cast<double>(kc));
  at::Tensor scores = at::matmul(qScaled, k.transpose(-2, -1));
  at::Tensor relV;
  if (m_window > 0) {
    const at::Tensor relK = relativeEmbeddings(m_relK, ts);
    const at::Tensor relLogits = at::matmul(qScaled, relK.unsqueeze(0).transpose(-2, -1));
    scores = scores + relativeToAbsolute(relLogits);
    relV = relativeEmbeddings(m_relV, ts);
  }
  const at::Tensor p = at::softmax(scores, -1);
  at::Tensor out = at::matmul(p, v);
  if (m_window > 0) out = out + at::matmul(absoluteToRelative(p), relV.unsqueeze(0));
  out = out.transpose(2, 3).contiguous().view({b, d, tt});
  return m_o(out);
}

}  // namespace timbre::sovits
