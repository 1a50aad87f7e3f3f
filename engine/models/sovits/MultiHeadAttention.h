#pragma once
// attentions.MultiHeadAttention: 1×1-conv projections, scaled dot product, and
// (for self-attention in the text encoder) windowed relative-position keys and
// values shared by all heads. Masks are not taken: a single utterance has no
// padding, so every mask of the official decode path is all ones.
#include "models/sovits/Layers.h"

namespace timbre::sovits {

class MultiHeadAttention {
 public:
  // window 0 = no relative positions (MRTE's cross-attention).
  static MultiHeadAttention load(const WeightReader& weights, const std::string& prefix, int64_t heads,
                                 int64_t window);

  // x: [B, C, Tq] queries, context: [B, C, Tk] keys/values -> [B, C, Tq]
  at::Tensor operator()(const at::Tensor& x, const at::Tensor& context) const;

 private:
  // The 2·T−1 relative embeddings covering offsets −(T−1)…T−1, zero beyond the window.
  at::Tensor relativeEmbeddings(const at::Tensor& table, int64_t length) const;

  Conv1d m_q, m_k, m_v, m_o;
  at::Tensor m_relK, m_relV;  // [1, 2·window+1, C/heads] or undefined
  int64_t m_heads = 1;
  int64_t m_window = 0;
};

}  // namespace timbre::sovits
