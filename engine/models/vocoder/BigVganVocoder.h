#pragma once
// The v3 vocoder: NVIDIA BigVGAN v2 (bigvgan_v2_24khz_100band_256x) as
// GPT_SoVITS/BigVGAN loads it: conv_pre, transposed-conv upsampling, AMPBlock1
// stacks with anti-aliased SnakeBeta, a final activation and conv_post, then
// tanh or a clamp to ±1 (config). Hyperparameters from config.json, weights
// from bigvgan_generator.pt ({'generator': state_dict}, weight-normed; folded
// at load as remove_weight_norm() does).
#include "models/sovits/Layers.h"
#include "models/vocoder/AliasFreeActivation.h"
#include "models/vocoder/Vocoder.h"

#include <vector>

namespace timbre::vocoder {

class BigVganVocoder : public Vocoder {
 public:
  // folder: the model folder (config.json + bigvgan_generator.pt).
  static BigVganVocoder load(const std::string& folder, at::Device device = at::kCPU,
                             at::ScalarType dtype = at::kFloat);

  at::Tensor operator()(const at::Tensor& mel) const override;
  int sampleRateHz() const override { return m_sampleRateHz; }
  int64_t samplesPerFrame() const override { return m_samplesPerFrame; }

 private:
  // AMPBlock1: per dilation, act → dilated conv → act → conv, residual.
  struct AmpBlock {
    std::vector<sovits::Conv1d> convs1, convs2;
    std::vector<AliasFreeActivation> activations;  // 2 per dilation, interleaved
    at::Tensor operator()(at::Tensor x) const;
  };

  sovits::Conv1d m_convPre, m_convPost;
  std::vector<sovits::ConvTranspose1d> m_ups;
  std::vector<AmpBlock> m_blocks;  // stage-major
  size_t m_kernelsPerStage = 0;
  AliasFreeActivation m_activationPost;
  bool m_tanhAtFinal = true;
  int m_sampleRateHz = 24000;
  int64_t m_samplesPerFrame = 256;
  at::Device m_device = at::kCPU;
  at::ScalarType m_dtype = at::kFloat;
};

}  // namespace timbre::vocoder
