#pragma once
// attentions.Encoder: post-LN transformer layers of relative-position
// self-attention and a two-conv ReLU FFN with "same" padding.
#include "models/sovits/MultiHeadAttention.h"

#include <vector>

namespace timbre::sovits {

class TransformerEncoder {
 public:
  static TransformerEncoder load(const WeightReader& weights, const std::string& prefix, int64_t layers,
                                 int64_t heads, int64_t kernelSize);

  // [B, hidden, T] -> [B, hidden, T]
  at::Tensor operator()(at::Tensor x) const;

 private:
  struct Layer {
    MultiHeadAttention attention;
    ChannelLayerNorm norm1;
    Conv1d ffn1, ffn2;  // unpadded; the FFN pads (k−1)/2 left, k/2 right
    ChannelLayerNorm norm2;
  };
  at::Tensor ffnPad(const at::Tensor& x) const;

  std::vector<Layer> m_layers;
  int64_t m_kernelSize = 1;
};

}  // namespace timbre::sovits
