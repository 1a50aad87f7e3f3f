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

  // z [B, inter, T], g [B, gin, 1] -> [B, 1, T · upsampleFactor] in [−1, 1].
  // Long inputs run in windows of kChunkFrames with a margin wider than the
  // network's receptive field, so every output sample sees exactly the inputs
  // it sees in one pass, while peak memory stays bounded (the im2col buffers of
  // the last stages otherwise grow to hundreds of MB for 10 s of audio).
  at::Tensor operator()(const at::Tensor& z, const at::Tensor& g) const { return forward(z, g, kChunkFrames); }
  // The same with an explicit window length (0: one pass over everything).
  at::Tensor forward(const at::Tensor& z, const at::Tensor& g, int64_t chunkFrames) const;

  // 64 frames (2.6 s of audio) keeps the decoder's peak near 250 MB; the margin
  // costs about half a pass more generator work on long pieces.
  static constexpr int64_t kChunkFrames = 64;
  int64_t marginFrames() const { return m_marginFrames; }
  int64_t upsampleFactor() const { return m_upsampleFactor; }

 private:
  at::Tensor run(const at::Tensor& z, const at::Tensor& g) const;

  // modules.ResBlock1: three (dilated conv, conv) pairs with residuals.
  struct ResBlock {
    std::vector<Conv1d> convs1, convs2;
    at::Tensor operator()(at::Tensor x) const;
  };

  Conv1d m_convPre, m_cond, m_convPost;
  std::vector<ConvTranspose1d> m_ups;
  std::vector<ResBlock> m_resblocks;  // kernels per stage, stage-major
  size_t m_kernelsPerStage = 0;
  int64_t m_upsampleFactor = 1;
  int64_t m_marginFrames = 0;  // receptive field (one side) in latent frames, rounded up, plus slack
};

}  // namespace timbre::sovits
