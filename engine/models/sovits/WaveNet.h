#pragma once
// modules.WN: gated dilated convs with a global condition and residual/skip
// outputs — the coupling network inside each flow step.
#include "models/sovits/Layers.h"

#include <vector>

namespace timbre::sovits {

class WaveNet {
 public:
  static WaveNet load(const WeightReader& weights, const std::string& prefix, int64_t hidden, int64_t layers,
                      int64_t kernelSize);

  // x [B, hidden, T], g [B, gin, 1] -> [B, hidden, T]
  at::Tensor operator()(at::Tensor x, const at::Tensor& g) const { return operator()(std::move(x), g, {}); }
  // The same with a frame mask [B, 1, T] (1 inside the sequence, 0 after it),
  // applied after every residual step and to the output, as modules.WN does;
  // an undefined mask means all ones.
  at::Tensor operator()(at::Tensor x, const at::Tensor& g, const at::Tensor& mask) const;

 private:
  std::vector<Conv1d> m_in, m_resSkip;
  Conv1d m_cond;
  int64_t m_hidden = 0;
};

}  // namespace timbre::sovits
