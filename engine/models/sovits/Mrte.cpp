#include "models/sovits/Mrte.h"

#include "models/sovits/SovitsConfig.h"

namespace timbre::sovits {

Mrte Mrte::load(const WeightReader& weights, const std::string& prefix) {
  Mrte m;
  m.m_crossAttention = MultiHeadAttention::load(weights, prefix + ".cross_attention", kMrteHeads, 0);
  m.m_contentPre = Conv1d::load(weights, prefix + ".c_pre");
  m.m_textPre = Conv1d::load(weights, prefix + ".text_pre");
  m.m_post = Conv1d::load(weights, prefix + ".c_post");
  return m;
}

at::Tensor Mrte::operator()(const at::Tensor& content, const at::Tensor& text, const at::Tensor& timbre) const {
  const at::Tensor c = m_contentPre(content);
  const at::Tensor t = m_textPre(text);
  return m_post(m_crossAttention(c, t) + c + timbre);
}

}  // namespace timbre::sovits
