#pragma once
// models.Generator (dec): HiFi-GAN with a global timbre condition after
// conv_pre, transposed-conv upsampling and averaged ResBlock1 stacks.
#include "models/sovits/Layers.h"
#include "models/sovits/SovitsConfig.h"

#include <vector>

namespace timbre::sovits {

class Generator {
 public:
  static Generator load(const WeightReader& weights, const SovitsConfig& config);

  // z [B, inter, T], g [B, gin, 1] -> [B, 1, T · upsampleFactor] in [−1, 1]
  at::Tensor operator()(const at::Tensor& z, const at::Tensor& g) const;

 private:
  // modules.ResBlock1: three (dilated conv, conv) pairs with residuals.
  struct ResBlock {
    std::vector<Conv1d> convs1, convs2;
    at::Tensor operator()(at::Tensor x) const;
  };

  Conv1d m_convPre, m_cond, m_convPost;
  std::vector<ConvTranspose1d> m_ups;
  std::vector<ResBlock> m_resblocks;  // kernels per stage, stage-major
  size_t m_kernelsPerStage = 0;
};

}  // namespace timbre::sovits
