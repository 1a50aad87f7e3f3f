#include "models/sovits/TransformerEncoder.h"

#include "models/sovits/SovitsConfig.h"

namespace timbre::sovits {

TransformerEncoder TransformerEncoder::load(const WeightReader& weights, const std::string& prefix, int64_t layers,
                                            int64_t heads, int64_t kernelSize) {
  TransformerEncoder e;
  e.m_kernelSize = kernelSize;
  for (int64_t i = 0; i < layers; ++i) {
    const std::string n = "." + std::to_string(i);
    e.m_layers.push_back(Layer{
        MultiHeadAttention::load(weights, prefix + ".attn_layers" + n, heads, kRelativeWindow),
        ChannelLayerNorm::load(weights, prefix + ".norm_layers_1" + n),
        Conv1d::load(weights, prefix + ".ffn_layers" + n + ".conv_1"),
        Conv1d::load(weights, prefix + ".ffn_layers" + n + ".conv_2"),
        ChannelLayerNorm::load(weights, prefix + ".norm_layers_2" + n),
    });
  }
  return e;
}

at::Tensor TransformerEncoder::ffnPad(const at::Tensor& x) const {
  if (m_kernelSize == 1) return x;
  return at::constant_pad_nd(x, {(m_kernelSize - 1) / 2, m_kernelSize / 2});
}

at::Tensor TransformerEncoder::operator()(at::Tensor x) const {
  for (const Layer& layer : m_layers) {
    x = layer.norm1(x + layer.attention(x, x));
    at::Tensor y = layer.ffn2(ffnPad(at::relu(layer.ffn1(ffnPad(x)))));
    x = layer.norm2(x + y);
  }
  return x;
}

}  // namespace timbre::sovits
