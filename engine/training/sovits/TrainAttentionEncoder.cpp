#include "training/sovits/TrainAttentionEncoder.h"

#include "models/sovits/SovitsConfig.h"
#include "training/sovits/TrainLayers.h"

#include <algorithm>
#include <cmath>

namespace timbre::training {
namespace {

// The 2L−1 relative embeddings for offsets −(L−1)…L−1 from the [1, 2w+1, d]
// table, zero beyond the window (the official pad-then-slice).
at::Tensor relativeEmbeddings(const at::Tensor& table, int64_t window, int64_t length) {
  const int64_t padLength = std::max<int64_t>(length - (window + 1), 0);
  const int64_t sliceStart = std::max<int64_t>((window + 1) - length, 0);
  const int64_t sliceEnd = sliceStart + 2 * length - 1;
  const at::Tensor padded = padLength > 0 ? at::constant_pad_nd(table, {0, 0, padLength, padLength}) : table;
  return padded.slice(1, sliceStart, sliceEnd);
}

// [B, H, L, 2L−1] -> [B, H, L, L]: entry (i, j) takes column j − i + L − 1, by
// the same pad/reshape skew as upstream so the sums are identical.
at::Tensor relativeToAbsolute(const at::Tensor& x) {
  const int64_t b = x.size(0), h = x.size(1), l = x.size(2);
  at::Tensor flat = at::constant_pad_nd(x, {0, 1}).reshape({b, h, l * 2 * l});
  flat = at::constant_pad_nd(flat, {0, l - 1});
  return flat.view({b, h, l + 1, 2 * l - 1}).slice(2, 0, l).slice(3, l - 1);
}

// [B, H, L, L] -> [B, H, L, 2L−1], the inverse skew (for the relative values).
at::Tensor absoluteToRelative(const at::Tensor& x) {
  const int64_t b = x.size(0), h = x.size(1), l = x.size(2);
  at::Tensor flat = at::constant_pad_nd(x, {0, l - 1}).reshape({b, h, l * l + l * (l - 1)});
  flat = at::constant_pad_nd(flat, {l, 0});
  return flat.view({b, h, l, 2 * l}).slice(3, 1);
}

}  // namespace

at::Tensor trainMultiHeadAttention(const ParameterSet& p, const std::string& prefix, const at::Tensor& x,
                                   const at::Tensor& context, const at::Tensor& attnMask, int64_t heads,
                                   int64_t window, double dropout, const TrainPass& pass) {
  at::Tensor q = layers::conv1d(p, prefix + ".conv_q", x);
  at::Tensor k = layers::conv1d(p, prefix + ".conv_k", context);
  at::Tensor v = layers::conv1d(p, prefix + ".conv_v", context);
  const int64_t b = k.size(0), d = k.size(1), ts = k.size(2), tt = q.size(2);
  const int64_t kc = d / heads;
  // [B, C, T] -> [B, H, T, C/H]
  q = q.view({b, heads, kc, tt}).transpose(2, 3);
  k = k.view({b, heads, kc, ts}).transpose(2, 3);
  v = v.view({b, heads, kc, ts}).transpose(2, 3);

  const at::Tensor qScaled = q / std::sqrt(static_cast<double>(kc));
  at::Tensor scores = at::matmul(qScaled, k.transpose(-2, -1));
  if (window > 0) {
    // The table is shared by the heads, so a 2-d right operand lets matmul fold
    // batch and heads into one GEMM instead of expanding the table per head.
    const at::Tensor relK = relativeEmbeddings(p[prefix + ".emb_rel_k"], window, ts)[0];  // [2T−1, d]
    scores = scores + relativeToAbsolute(at::matmul(qScaled, relK.t()));
  }
  // −1e4, not −inf: fully padded query rows then attend uniformly, as upstream.
  if (attnMask.defined()) scores = scores.masked_fill(attnMask == 0, -1e4);
  const at::Tensor probabilities = pass.dropout(at::softmax(scores, -1), dropout);
  at::Tensor out = at::matmul(probabilities, v);
  if (window > 0) {
    const at::Tensor relV = relativeEmbeddings(p[prefix + ".emb_rel_v"], window, ts)[0];  // [2T−1, d]
    out = out + at::matmul(absoluteToRelative(probabilities), relV);
  }
  out = out.transpose(2, 3).contiguous().view({b, d, tt});
  return layers::conv1d(p, prefix + ".conv_o", out);
}

at::Tensor trainAttentionEncoder(const ParameterSet& p, const std::string& prefix, at::Tensor x,
                                 const at::Tensor& xMask, const AttentionEncoderShape& shape, const TrainPass& pass) {
  const at::Tensor attnMask = xMask.unsqueeze(2) * xMask.unsqueeze(-1);  // [B, 1, T, T]
  // FFN "same" padding, left (k−1)/2, right k/2.
  const int64_t padLeft = (shape.kernelSize - 1) / 2, padRight = shape.kernelSize / 2;
  auto pad = [&](const at::Tensor& t) {
    return shape.kernelSize > 1 ? at::constant_pad_nd(t, {padLeft, padRight}) : t;
  };
  x = x * xMask;
  for (int64_t i = 0; i < shape.layers; ++i) {
    const std::string n = "." + std::to_string(i);
    at::Tensor y = trainMultiHeadAttention(p, prefix + ".attn_layers" + n, x, x, attnMask, shape.heads,
                                           sovits::kRelativeWindow, shape.dropout, pass);
    y = pass.dropout(y, shape.dropout);
    x = layers::channelLayerNorm(p, prefix + ".norm_layers_1" + n, x + y);

    const std::string ffn = prefix + ".ffn_layers" + n;
    y = at::relu(layers::conv1d(p, ffn + ".conv_1", pad(x * xMask)));
    y = pass.dropout(y, shape.dropout);
    y = layers::conv1d(p, ffn + ".conv_2", pad(y * xMask)) * xMask;
    y = pass.dropout(y, shape.dropout);
    x = layers::channelLayerNorm(p, prefix + ".norm_layers_2" + n, x + y);
  }
  return x * xMask;
}

}  // namespace timbre::training
