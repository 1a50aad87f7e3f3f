#include "pipeline/StreamingDecoder.h"

#include "models/sovits/FrameNoise.h"
#include "timbre/Error.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace timbre::pipeline {
namespace {

// Latent frames per semantic token at this speed (25 Hz tokens, 50 Hz frames).
int64_t framesFor(int tokens, double speed) { return static_cast<int64_t>(std::ceil(2.0 * tokens / speed)); }

// out = tail·(1 − w) + head·w with w rising as sin² over the overlap: the two
// weights sum to one, so identical signals pass unchanged.
void crossFade(at::Tensor& head, const at::Tensor& tail) {
  const int64_t n = std::min(head.size(0), tail.size(0));
  if (n == 0) return;
  const at::Tensor ramp = at::arange(n, at::kFloat).add_(0.5).mul_(M_PI / (2.0 * double(n))).sin_().pow_(2);
  head.narrow(0, 0, n).copy_(tail.narrow(0, 0, n) * (1 - ramp) + head.narrow(0, 0, n) * ramp);
}

}  // namespace

StreamingDecoder::StreamingDecoder(const sovits::SovitsModel& model, sovits::SovitsModel::Timbre timbre,
                                   at::Tensor phones, StreamingDecodeOptions options)
    : m_model(model), m_timbre(std::move(timbre)), m_phones(std::move(phones)), m_options(options) {
  if (m_options.overlapTokens < 0 || m_options.holdbackTokens < m_options.overlapTokens)
    throw Error(ErrorCode::InvalidArgument, "streaming decode: the held-back tokens must cover the overlap");
}

at::Tensor StreamingDecoder::push(const at::Tensor& tokens, bool last) {
  const int64_t perFrame = m_model.samplesPerFrame();
  const auto empty = at::empty({0}, at::kFloat);
  if (!tokens.defined() || tokens.numel() == 0) {
    if (last && m_tail.defined()) return std::exchange(m_tail, at::Tensor());
    return empty;
  }
  at::NoGradGuard noGrad;
  const sovits::TextEncoder::Prior prior =
      m_model.prior(tokens.reshape({1, 1, -1}), m_phones, m_timbre, m_options.speed);
  const int64_t frames = prior.mean.size(2);
  const int64_t overlap = framesFor(m_options.overlapTokens, m_options.speed);
  // Emit up to `end`; render `overlap` frames more as the tail the next push fades from.
  const int64_t end = last ? frames : frames - framesFor(m_options.holdbackTokens, m_options.speed);
  if (end <= m_doneFrames) return empty;
  const int64_t renderEnd = last ? frames : std::min(frames, end + overlap);

  // Frames with their context, noise from the per-frame source, then render and crop.
  const int64_t context = m_model.contextFrames();
  const int64_t from = std::max<int64_t>(0, m_doneFrames - context);
  const int64_t to = std::min(frames, renderEnd + context);
  const at::Tensor noise =
      sovits::frameNoise(m_options.seed, prior.mean.size(1), from, to).to(prior.mean.options());
  const at::Tensor mean = prior.mean.narrow(2, from, to - from);
  const at::Tensor zP = mean + noise * at::exp(prior.logScale.narrow(2, from, to - from)) * m_options.noiseScale;
  const at::Tensor audio = m_model.render(zP, m_timbre);
  at::Tensor fresh = audio.narrow(0, (m_doneFrames - from) * perFrame, (renderEnd - m_doneFrames) * perFrame).clone();

  if (m_tail.defined()) crossFade(fresh, m_tail);
  const int64_t emitSamples = (end - m_doneFrames) * perFrame;
  at::Tensor out = fresh.narrow(0, 0, emitSamples);
  m_tail = last ? at::Tensor() : fresh.narrow(0, emitSamples, fresh.size(0) - emitSamples).clone();
  m_doneFrames = end;
  return out;
}

}  // namespace timbre::pipeline
