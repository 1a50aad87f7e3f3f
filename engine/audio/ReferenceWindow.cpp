#include "audio/ReferenceWindow.h"

#include <algorithm>
#include <cmath>

namespace timbre::audio {
namespace {

constexpr double kFrameSeconds = 0.02;  // 20 ms analysis frames
constexpr double kSpeechDb = -35.0;     // frames within 35 dB of the loudest count as speech
constexpr double kPauseDb = -45.0;      // frames this quiet make a clean cut

}  // namespace

SampleRange chooseReferenceWindow(const std::vector<float>& mono, int rateHz, double minSeconds,
                                  double maxSeconds) {
  const std::size_t total = mono.size();
  const auto maxSamples = static_cast<std::size_t>(maxSeconds * rateHz);
  if (total <= maxSamples || rateHz <= 0) return {0, total};

  const auto frameLen = std::max<std::size_t>(1, static_cast<std::size_t>(kFrameSeconds * rateHz));
  const std::size_t frames = total / frameLen;
  std::vector<double> db(frames);
  double loudest = -200.0;
  for (std::size_t f = 0; f < frames; ++f) {
    double sum = 0.0;
    for (std::size_t i = f * frameLen; i < (f + 1) * frameLen; ++i) sum += double(mono[i]) * mono[i];
    db[f] = 10.0 * std::log10(sum / frameLen + 1e-12);
    loudest = std::max(loudest, db[f]);
  }
  // Prefix count of speech frames for O(1) window scores.
  std::vector<std::size_t> speech(frames + 1, 0);
  for (std::size_t f = 0; f < frames; ++f) speech[f + 1] = speech[f] + (db[f] > loudest + kSpeechDb ? 1 : 0);
  auto isPause = [&](std::size_t f) { return f >= frames || db[f] < loudest + kPauseDb; };

  const auto minFrames = static_cast<std::size_t>(minSeconds / kFrameSeconds);
  const auto maxFrames = std::min(frames, static_cast<std::size_t>(maxSeconds / kFrameSeconds));
  double bestScore = -1.0;
  std::size_t bestStart = 0, bestLen = maxFrames;
  // Lengths in 0.5 s steps from the longest down; starts on every frame.
  const std::size_t step = static_cast<std::size_t>(0.5 / kFrameSeconds);
  for (std::size_t len = maxFrames; len >= minFrames && len > 0; len = len > step ? len - step : 0) {
    for (std::size_t start = 0; start + len <= frames; ++start) {
      // Speech seconds in the window, plus a bonus for clean edges.
      double score = double(speech[start + len] - speech[start]) * kFrameSeconds;
      if (isPause(start)) score += 0.5;
      if (isPause(start + len - 1)) score += 0.5;
      if (score > bestScore + 1e-9) bestScore = score, bestStart = start, bestLen = len;
    }
    if (len < step) break;
  }
  return {bestStart * frameLen, std::min(total, (bestStart + bestLen) * frameLen)};
}

}  // namespace timbre::audio
