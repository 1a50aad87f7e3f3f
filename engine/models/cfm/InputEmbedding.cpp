#include "models/cfm/InputEmbedding.h"

namespace timbre::cfm {

InputEmbedding InputEmbedding::load(const sovits::WeightReader& weights, const std::string& prefix) {
  InputEmbedding e;
  e.m_proj = sovits::Linear::load(weights, prefix + ".proj");
  for (auto [conv, name] : {std::pair{&e.m_conv0, ".conv_pos_embed.conv1d.0"}, {&e.m_conv2, ".conv_pos_embed.conv1d.2"}}) {
    *conv = sovits::Conv1d::load(weights, prefix + name);
    conv->padding = conv->weight.size(2) / 2;
    conv->groups = conv->weight.size(0) / conv->weight.size(1);
  }
  return e;
}

at::Tensor InputEmbedding::operator()(const at::Tensor& x, const at::Tensor& cond, const at::Tensor& text) const {
  const at::Tensor h = m_proj(at::cat({x, cond, text}, -1));
  const at::Tensor pos = at::mish(m_conv2(at::mish(m_conv0(h.transpose(1, 2))))).transpose(1, 2);
  return pos + h;
}

}  // namespace timbre::cfm
