#include "models/sovits/Generator.h"

#include <algorithm>
#include <cmath>

namespace timbre::sovits {
namespace {

constexpr double kLeakySlope = 0.1;       // modules.LRELU_SLOPE
constexpr double kFinalLeakySlope = 0.01;  // F.leaky_relu default before conv_post

}  // namespace

at::Tensor Generator::ResBlock::operator()(at::Tensor x) const {
  for (size_t i = 0; i < convs1.size(); ++i) {
    at::Tensor t = convs1[i](at::leaky_relu(x, kLeakySlope));
    t = convs2[i](at::leaky_relu(t, kLeakySlope));
    x = t + x;
  }
  return x;
}

Generator Generator::load(const WeightReader& weights, const SovitsConfig& c, const GeneratorLayout& layout) {
  Generator g;
  const std::string& p = layout.prefix;
  g.m_convPre = Conv1d::load(weights, p + "conv_pre", 1, 3);
  if (layout.conditioned) g.m_cond = Conv1d::load(weights, p + "cond");
  for (size_t i = 0; i < c.upsampleRates.size(); ++i) {
    const int64_t u = c.upsampleRates[i], k = c.upsampleKernelSizes[i];
    g.m_ups.push_back(ConvTranspose1d::load(weights, p + "ups." + std::to_string(i), u, (k - u) / 2));
  }
  g.m_kernelsPerStage = c.resblockKernelSizes.size();
  for (size_t i = 0; i < c.upsampleRates.size(); ++i) {
    for (size_t j = 0; j < g.m_kernelsPerStage; ++j) {
      const std::string prefix = p + "resblocks." + std::to_string(i * g.m_kernelsPerStage + j);
      const int64_t k = c.resblockKernelSizes[j];
      ResBlock block;
      for (size_t n = 0; n < 3; ++n) {
        const int64_t d = c.resblockDilationSizes[j][n];
        block.convs1.push_back(
            Conv1d::load(weights, prefix + ".convs1." + std::to_string(n), 1, (k * d - d) / 2, d, true));
        block.convs2.push_back(Conv1d::load(weights, prefix + ".convs2." + std::to_string(n), 1, (k - 1) / 2, 1, true));
      }
      g.m_resblocks.push_back(std::move(block));
    }
  }
  g.m_convPost = Conv1d::load(weights, p + "conv_post", 1, 3, 1, false, layout.postBias);

  // How far (in latent frames) an output sample reaches into its input: conv_pre,
  // then per stage the transposed conv and the widest ResBlock, then conv_post.
  // tailReach counts only the stages after the first (what windows over the
  // first stage's output must cover).
  double reach = 3.0;  // conv_pre, kernel 7
  double tailReach = 0.0;
  double frameSamples = 1.0;  // samples per latent frame at the current stage's input
  for (size_t i = 0; i < c.upsampleRates.size(); ++i) {
    const int64_t u = c.upsampleRates[i], k = c.upsampleKernelSizes[i];
    double stage = double((k + u - 1) / u) / frameSamples;  // a transposed conv output sees ceil(k/u) inputs
    frameSamples *= double(u);
    double widest = 0.0;
    for (size_t j = 0; j < c.resblockKernelSizes.size(); ++j) {
      const double half = double(c.resblockKernelSizes[j] - 1) / 2.0;
      double block = 0.0;
      for (int64_t d : c.resblockDilationSizes[j]) block += half * double(d) + half;
      widest = std::max(widest, block);
    }
    stage += widest / frameSamples;
    reach += stage;
    if (i > 0) tailReach += stage;
  }
  reach += 3.0 / frameSamples;  // conv_post, kernel 7
  tailReach += 3.0 / frameSamples;
  g.m_upsampleFactor = static_cast<int64_t>(frameSamples);
  g.m_marginFrames = static_cast<int64_t>(std::ceil(reach)) + 1;
  g.m_tailMarginFrames = static_cast<int64_t>(std::ceil(tailReach)) + 1;
  g.m_firstStageFactor = c.upsampleRates.empty() ? 1 : c.upsampleRates.front();
  return g;
}

at::Tensor Generator::forward(const at::Tensor& z, const at::Tensor& g, int64_t chunkFrames) const {
  const int64_t frames = z.size(2);
  if (chunkFrames <= 0 || frames <= chunkFrames + 2 * m_tailMarginFrames) return run(z, g);
  // The first stage's activations are short (few samples per frame), so it runs
  // over everything at once; only the later stages, whose activations are long,
  // run in windows, with the small margin their own reach needs.
  const at::Tensor head = firstStage(z, g);  // [B, C, frames · firstStageFactor]
  const int64_t u = m_firstStageFactor;
  std::vector<at::Tensor> parts;
  for (int64_t start = 0; start < frames; start += chunkFrames) {
    const int64_t end = std::min(frames, start + chunkFrames);
    const int64_t from = std::max<int64_t>(0, start - m_tailMarginFrames);
    const int64_t to = std::min(frames, end + m_tailMarginFrames);
    const at::Tensor window = laterStages(head.narrow(2, from * u, (to - from) * u));
    parts.push_back(window.narrow(2, (start - from) * m_upsampleFactor, (end - start) * m_upsampleFactor));
  }
  return at::cat(parts, 2);
}

at::Tensor Generator::stage(size_t i, const at::Tensor& x) const {
  const at::Tensor up = m_ups[i](at::leaky_relu(x, kLeakySlope));
  at::Tensor sum = m_resblocks[i * m_kernelsPerStage](up);
  for (size_t j = 1; j < m_kernelsPerStage; ++j) sum = sum + m_resblocks[i * m_kernelsPerStage + j](up);
  return sum / static_cast<double>(m_kernelsPerStage);
}

at::Tensor Generator::firstStage(const at::Tensor& z, const at::Tensor& g) const {
  const at::Tensor x = m_cond.weight.defined() ? m_convPre(z) + m_cond(g) : m_convPre(z);
  return m_ups.empty() ? x : stage(0, x);
}

at::Tensor Generator::laterStages(at::Tensor x) const {
  for (size_t i = 1; i < m_ups.size(); ++i) x = stage(i, x);
  return at::tanh(m_convPost(at::leaky_relu(x, kFinalLeakySlope)));
}

at::Tensor Generator::run(const at::Tensor& z, const at::Tensor& g) const { return laterStages(firstStage(z, g)); }

}  // namespace timbre::sovits
