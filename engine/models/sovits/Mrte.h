#pragma once
// mrte_model.MRTE: the content sequence attends to the phone sequence in a
// 512-wide space; the timbre vector is added before projecting back.
#include "models/sovits/MultiHeadAttention.h"

namespace timbre::sovits {

class Mrte {
 public:
  static Mrte load(const WeightReader& weights, const std::string& prefix);

  // content [B, 192, T], text [B, 192, N], timbre [B, 512, 1] -> [B, 192, T]
  at::Tensor operator()(const at::Tensor& content, const at::Tensor& text, const at::Tensor& timbre) const;

 private:
  MultiHeadAttention m_crossAttention;
  Conv1d m_contentPre, m_textPre, m_post;
};

}  // namespace timbre::sovits
