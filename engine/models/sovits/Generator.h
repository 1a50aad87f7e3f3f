#pragma once
// models.Generator (dec): HiFi-GAN with a global timbre condition after
// conv_pre, transposed-conv upsampling and averaged ResBlock1 stacks.
#include "models/sovits/Layers.h"
#include "models/sovits/SovitsConfig.h"

#include <vector>

namespace timbre::sovits {

// Where the generator's tensors live: "dec." inside SynthesizerTrn, conditioned
// on ge, conv_post without bias; the v4 vocoder file is the same network at the
// top level, unconditioned, with a conv_post bias.
struct GeneratorLayout {
  std::string prefix = "dec.";
  bool conditioned = true;
  bool postBias = false;
};

class Generator {
 public:
  static Generator load(const WeightReader& weights, const SovitsConfig& config, const GeneratorLayout& layout = {});

  // z [B, inter, T], g [B, gin, 1] (undefined when unconditioned) -> [B, 1, T · upsampleFactor] in [−1, 1].
  // Long inputs run the first stage in one pass and the later stages in windows
  // of kChunkFrames with a margin wider than those stages' receptive field, so
  // every output sample sees exactly the inputs it sees in one pass, while peak
  // memory stays bounded (the last stages' buffers otherwise grow to hundreds of
  // MB for 10 s of audio).
  at::Tensor operator()(const at::Tensor& z, const at::Tensor& g) const { return forward(z, g, kChunkFrames); }
  // The same with an explicit window length (0: one pass over everything).
  at::Tensor forward(const at::Tensor& z, const at::Tensor& g, int64_t chunkFrames) const;

  // 64 frames (2.6 s of audio) keeps the decoder's peak near 250 MB; the later
  // stages' margin (a few frames) costs about a tenth more of their work.
  static constexpr int64_t kChunkFrames = 64;
  // The whole network's reach (one side) in latent frames, rounded up, plus slack.
  int64_t marginFrames() const { return m_marginFrames; }
  // The same for the stages after the first: the windows' margin.
  int64_t tailMarginFrames() const { return m_tailMarginFrames; }
  int64_t upsampleFactor() const { return m_upsampleFactor; }

 private:
  at::Tensor run(const at::Tensor& z, const at::Tensor& g) const;
  // conv_pre + cond, then stage 0: [B, inter, T] -> [B, C/2, T · firstStageFactor]
  at::Tensor firstStage(const at::Tensor& z, const at::Tensor& g) const;
  // Stages 1.. and conv_post: -> [B, 1, samples]
  at::Tensor laterStages(at::Tensor x) const;
  // Upsampling stage i: leaky ReLU, transposed conv, the averaged ResBlocks.
  at::Tensor stage(size_t i, const at::Tensor& x) const;

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
  int64_t m_marginFrames = 0;      // receptive field (one side) in latent frames, rounded up, plus slack
  int64_t m_tailMarginFrames = 0;  // the same for the stages after the first
  int64_t m_firstStageFactor = 1;  // samples per latent frame after the first stage
};

}  // namespace timbre::sovits
