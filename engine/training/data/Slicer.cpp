#include "training/data/Slicer.h"

#include "training/data/PythonFloatSum.h"

#include <timbre/Error.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <utility>

namespace timbre::training::data {
namespace {

// Python's round(): halves go to the even neighbour.
int64_t pythonRound(double value) { return static_cast<int64_t>(std::nearbyint(value)); }

// numpy argmin over rms[from, to] (both inclusive, clamped to the list): first minimum.
int64_t argminInclusive(const std::vector<float>& rms, int64_t from, int64_t to) {
  to = std::min<int64_t>(to, static_cast<int64_t>(rms.size()) - 1);
  int64_t best = from;
  for (int64_t i = from + 1; i <= to; ++i)
    if (rms[i] < rms[best]) best = i;
  return best;
}

}  // namespace

SlicerFrames slicerFrames(const SlicerSettings& s) {
  if (!(s.minLengthMs >= s.minIntervalMs && s.minIntervalMs >= s.hopSizeMs))
    throw Error(ErrorCode::InvalidArgument,
                "slicer: the minimum length must be at least the minimum interval, and that at least the hop size");
  if (!(s.maxSilenceKeptMs >= s.hopSizeMs))
    throw Error(ErrorCode::InvalidArgument, "slicer: the kept silence must be at least the hop size");
  SlicerFrames f;
  const double sr = s.sampleRateHz;
  const double minIntervalSamples = sr * s.minIntervalMs / 1000.0;
  f.threshold = std::pow(10.0, s.thresholdDb / 20.0);
  f.hop = pythonRound(sr * s.hopSizeMs / 1000.0);
  f.window = std::min(pythonRound(minIntervalSamples), 4 * f.hop);
  f.minLength = pythonRound(sr * s.minLengthMs / 1000.0 / static_cast<double>(f.hop));
  f.minInterval = pythonRound(minIntervalSamples / static_cast<double>(f.hop));
  f.maxSilenceKept = pythonRound(sr * s.maxSilenceKeptMs / 1000.0 / static_cast<double>(f.hop));
  return f;
}

std::vector<float> slicerRms(const std::vector<float>& samples, int64_t window, int64_t hop) {
  const int64_t n = static_cast<int64_t>(samples.size());
  const int64_t pad = window / 2;
  const int64_t paddedLength = n + 2 * pad;
  if (paddedLength < window) return {};
  const int64_t frames = (paddedLength - window) / hop + 1;
  std::vector<float> squares(static_cast<size_t>(window));
  std::vector<float> rms(static_cast<size_t>(frames));
  for (int64_t f = 0; f < frames; ++f) {
    const int64_t begin = f * hop - pad;  // in unpadded samples
    for (int64_t k = 0; k < window; ++k) {
      const int64_t at = begin + k;
      const float x = (at >= 0 && at < n) ? samples[static_cast<size_t>(at)] : 0.0f;
      squares[static_cast<size_t>(k)] = x * x;
    }
    // np.mean: float32 sum (starting from the add identity), divided by the count in float32.
    const float sum = 0.0f + numpyPairwiseSum(squares.data(), window);
    rms[static_cast<size_t>(f)] = std::sqrt(sum / static_cast<float>(window));
  }
  return rms;
}

std::vector<SliceRange> sliceAtSilences(const std::vector<float>& samples, const SlicerSettings& settings) {
  const SlicerFrames p = slicerFrames(settings);
  const int64_t length = static_cast<int64_t>(samples.size());
  if (length <= p.minLength) return {SliceRange{0, length}};
  const std::vector<float> rms = slicerRms(samples, p.window, p.hop);
  const int64_t total = static_cast<int64_t>(rms.size());

  std::vector<std::pair<int64_t, int64_t>> tags;  // frame ranges to drop
  std::optional<int64_t> silenceStart;
  int64_t clipStart = 0;
  for (int64_t i = 0; i < total; ++i) {
    if (static_cast<double>(rms[static_cast<size_t>(i)]) < p.threshold) {
      if (!silenceStart) silenceStart = i;
      continue;
    }
    if (!silenceStart) continue;
    const int64_t s = *silenceStart;
    const bool leadingSilence = s == 0 && i > p.maxSilenceKept;
    const bool cutInMiddle = i - s >= p.minInterval && i - clipStart >= p.minLength;
    if (!leadingSilence && !cutInMiddle) {
      silenceStart.reset();
      continue;
    }
    if (i - s <= p.maxSilenceKept) {
      const int64_t pos = argminInclusive(rms, s, i);
      tags.emplace_back(s == 0 ? 0 : pos, pos);
      clipStart = pos;
    } else if (i - s <= 2 * p.maxSilenceKept) {
      const int64_t pos = argminInclusive(rms, i - p.maxSilenceKept, s + p.maxSilenceKept);
      const int64_t posL = argminInclusive(rms, s, s + p.maxSilenceKept);
      const int64_t posR = argminInclusive(rms, i - p.maxSilenceKept, i);
      if (s == 0) {
        tags.emplace_back(0, posR);
        clipStart = posR;
      } else {
        tags.emplace_back(std::min(posL, pos), std::max(posR, pos));
        clipStart = std::max(posR, pos);
      }
    } else {
      const int64_t posL = argminInclusive(rms, s, s + p.maxSilenceKept);
      const int64_t posR = argminInclusive(rms, i - p.maxSilenceKept, i);
      tags.emplace_back(s == 0 ? 0 : posL, posR);
      clipStart = posR;
    }
    silenceStart.reset();
  }
  if (silenceStart && total - *silenceStart >= p.minInterval) {
    const int64_t silenceEnd = std::min(total, *silenceStart + p.maxSilenceKept);
    tags.emplace_back(argminInclusive(rms, *silenceStart, silenceEnd), total + 1);
  }

  if (tags.empty()) return {SliceRange{0, total * p.hop}};
  std::vector<SliceRange> ranges;
  if (tags.front().first > 0) ranges.push_back({0, tags.front().first * p.hop});
  for (size_t t = 0; t + 1 < tags.size(); ++t) ranges.push_back({tags[t].second * p.hop, tags[t + 1].first * p.hop});
  if (tags.back().second < total) ranges.push_back({tags.back().second * p.hop, total * p.hop});
  return ranges;
}

std::vector<int16_t> mixSliceToPcm16(const float* samples, int64_t count, const SlicerSettings& settings) {
  std::vector<float> chunk(samples, samples + count);
  float peak = 0.0f;
  for (float x : chunk) peak = std::max(peak, std::fabs(x));
  std::vector<int16_t> pcm(static_cast<size_t>(count), 0);
  if (peak == 0.0f) return pcm;
  // The official code divides by the peak when it is above 1 but keeps using
  // the old peak afterwards; kept, so loud inputs come out as they do there.
  if (peak > 1.0f)
    for (float& x : chunk) x /= peak;
  const float peakGain = static_cast<float>(settings.maxLevel * settings.alpha);
  const float dryGain = static_cast<float>(1.0 - settings.alpha);
  for (size_t i = 0; i < chunk.size(); ++i) {
    const float scaled = chunk[i] / peak;
    const float wet = scaled * peakGain;
    const float dry = dryGain * chunk[i];
    const float mixed = wet + dry;
    const float full = mixed * 32767.0f;
    // astype(int16) truncates toward zero; |mixed| <= 1 here, so no wrap.
    pcm[i] = static_cast<int16_t>(std::clamp(std::trunc(full), -32768.0f, 32767.0f));
  }
  return pcm;
}

std::string sliceFileName(const std::string& inputBasename, const SliceRange& range) {
  char suffix[64];
  std::snprintf(suffix, sizeof suffix, "_%010lld_%010lld.wav", static_cast<long long>(range.start),
                static_cast<long long>(range.end));
  return inputBasename + suffix;
}

}  // namespace timbre::training::data
