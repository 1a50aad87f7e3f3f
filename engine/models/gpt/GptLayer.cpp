#include "models/gpt/GptLayer.h"

#include "models/gpt/RowLinear.h"

#include <cmath>
#include <limits>
#include <utility>

namespace timbre::gpt {

namespace {
constexpr double kLayerNormEps = 1e-5;  // torch.nn.LayerNorm default, used by the official layers
}

GptLayer::GptLayer(GptLayerWeights weights, int64_t numHeads) : m_w(std::move(weights)), m_numHeads(numHeads) {}

at::Tensor GptLayer::splitHeads(const at::Tensor& x) const {
  // [B, S, D] -> [B, H, S, hd] (a view)
  return x.reshape({x.size(0), x.size(1), m_numHeads, x.size(2) / m_numHeads}).transpose(1, 2);
}

at::Tensor GptLayer::attend(const at::Tensor& qh, const at::Tensor& kh, const at::Tensor& vh,
                            const at::Tensor& blocked) const {
  const int64_t b = qh.size(0), sq = qh.size(2), headDim = qh.size(3);
  at::Tensor scores = at::matmul(qh, kh.transpose(-2, -1)) * (1.0 / std::sqrt(static_cast<double>(headDim)));
  if (blocked.defined()) scores = scores.masked_fill(blocked, -std::numeric_limits<double>::infinity());
  const at::Tensor context = at::matmul(at::softmax(scores, -1), vh);  // [B, H, Sq, hd]
  return context.transpose(1, 2).reshape({b, sq, m_numHeads * headDim});
}

at::Tensor GptLayer::finish(const at::Tensor& x, const at::Tensor& attention) const {
  const int64_t dim = x.size(2);
  at::Tensor h = at::layer_norm(x + rowLinear(attention, m_w.outWeight, m_w.outBias), {dim}, m_w.norm1Weight,
                                m_w.norm1Bias, kLayerNormEps);
  const at::Tensor ffn = rowLinear(at::relu(rowLinear(h, m_w.ff1Weight, m_w.ff1Bias)), m_w.ff2Weight, m_w.ff2Bias);
  return at::layer_norm(h + ffn, {dim}, m_w.norm2Weight, m_w.norm2Bias, kLayerNormEps);
}

at::Tensor GptLayer::prefill(const at::Tensor& x, const at::Tensor& blocked, at::Tensor& keyCache,
                             at::Tensor& valueCache) const {
  const int64_t s = x.size(1);
  const auto qkv = at::linear(x, m_w.qkvWeight, m_w.qkvBias).chunk(3, -1);
  const at::Tensor k = splitHeads(qkv[1]), v = splitHeads(qkv[2]);
  keyCache.narrow(2, 0, s).copy_(k);
  valueCache.narrow(2, 0, s).copy_(v);
  return finish(x, attend(splitHeads(qkv[0]), k, v, blocked));
}

at::Tensor GptLayer::step(const at::Tensor& x, int64_t position, at::Tensor& keyCache, at::Tensor& valueCache,
                          const at::Tensor& blockedKeys) const {
  const auto qkv = rowLinear(x, m_w.qkvWeight, m_w.qkvBias).chunk(3, -1);
  keyCache.narrow(2, position, 1).copy_(splitHeads(qkv[1]));
  valueCache.narrow(2, position, 1).copy_(splitHeads(qkv[2]));
  // The newest token sees the whole prefix (text and audio): no mask but a batch's padding.
  return finish(x, attend(splitHeads(qkv[0]), keyCache.narrow(2, 0, position + 1),
                          valueCache.narrow(2, 0, position + 1), blockedKeys));
}

}  // namespace timbre::gpt
