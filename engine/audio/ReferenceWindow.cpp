#include "audio/ReferenceWindow.h"

#include "audio/AudioLevels.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace timbre::audio {
namespace {

// Pause frames sit this far under the loud frames at least: the quietest
// syllables of normal speech stay within about 15 dB of the loud ones.
constexpr double kPauseBelowLoudDb = 15.0;
// Cuts keep this far from the speech around a pause where the pause is long
// enough: soft onsets and decaying tails sit just inside it.
constexpr double kGuardSeconds = 0.1;

// A run of pause frames [begin, end).
struct Pause {
  std::size_t begin = 0, end = 0;
};

// Runs of pause frames at least minFrames long; a run that touches the start
// or the end of the take counts at any length (nothing is cut there).
std::vector<Pause> findPauses(const std::vector<double>& levels, double thresholdDb, std::size_t minFrames) {
  std::vector<Pause> pauses;
  const std::size_t n = levels.size();
  for (std::size_t f = 0; f < n;) {
    if (levels[f] >= thresholdDb) {
      ++f;
      continue;
    }
    std::size_t end = f;
    while (end < n && levels[end] < thresholdDb) ++end;
    if (end - f >= minFrames || f == 0 || end == n) pauses.push_back({f, end});
    f = end;
  }
  return pauses;
}

// The frame boundaries a cut may use in `pause`: guardFrames clear of the
// speech on either side, or its middle when it is shorter; the take's own
// start and end need no guard.
struct CutRange {
  long long lo = 0, hi = 0;
};
CutRange usable(const Pause& pause, std::size_t frames, std::size_t guardFrames) {
  const auto guard = (long long)std::min(guardFrames, (pause.end - pause.begin) / 2);
  return {(long long)pause.begin + (pause.begin == 0 ? 0 : guard), (long long)pause.end - (pause.end == frames ? 0 : guard)};
}

// Where to cut in `from` and `to` (frame boundaries: the window is
// [begin, end)) so that both edge frames are pause frames, the length is
// within [minFrames, maxFrames], and the cuts are as near the pauses' middles
// as can be. `cost` is how far they are from the middles, in frames.
struct Cut {
  std::size_t begin = 0, end = 0, cost = 0;
};
std::optional<Cut> cutBetween(const Pause& from, const Pause& to, std::size_t frames, std::size_t minFrames,
                              std::size_t maxFrames) {
  const std::size_t guard = std::size_t(std::lround(kGuardSeconds / kWindowFrameSeconds));
  const CutRange first = usable(from, frames, guard), last = usable(to, frames, guard);
  // The first frame of the window and the last one lie in their pauses.
  const long long beginLo = first.lo, beginHi = std::min(first.hi, (long long)from.end - 1);
  const long long endLo = std::max(last.lo, (long long)to.begin + 1), endHi = last.hi;
  const long long beginMid = (beginLo + beginHi + 1) / 2, endMid = (endLo + endHi) / 2;
  long long begin = beginMid, end = endMid;
  const long long length = end - begin;
  if (length > (long long)maxFrames) {
    // Move both cuts inwards, each by half of the excess where its pause allows.
    long long excess = length - (long long)maxFrames;
    const long long moveBegin = std::min(beginHi - begin, excess / 2 + excess % 2);
    begin += moveBegin, excess -= moveBegin;
    const long long moveEnd = std::min(end - endLo, excess);
    end -= moveEnd, excess -= moveEnd;
    const long long more = std::min(beginHi - begin, excess);
    begin += more, excess -= more;
    if (excess > 0) return std::nullopt;
  } else if (length < (long long)minFrames) {
    long long shortfall = (long long)minFrames - length;
    const long long moveBegin = std::min(begin - beginLo, shortfall / 2 + shortfall % 2);
    begin -= moveBegin, shortfall -= moveBegin;
    const long long moveEnd = std::min(endHi - end, shortfall);
    end += moveEnd, shortfall -= moveEnd;
    const long long more = std::min(begin - beginLo, shortfall);
    begin -= more, shortfall -= more;
    if (shortfall > 0) return std::nullopt;
  }
  return Cut{std::size_t(begin), std::size_t(end), std::size_t(std::llabs(begin - beginMid) + std::llabs(end - endMid))};
}

// Without a pause-bounded window: the most speech frames, a bonus for edges
// that are pause frames anyway, longer windows on ties (lengths in 0.5 s steps).
Cut mostSpeech(const std::vector<std::size_t>& speech, const std::vector<double>& levels, double thresholdDb,
               std::size_t minFrames, std::size_t maxFrames) {
  const std::size_t frames = levels.size();
  auto isPause = [&](std::size_t f) { return f >= frames || levels[f] < thresholdDb; };
  double bestScore = -1.0;
  Cut best{0, maxFrames, 0};
  const auto step = std::max<std::size_t>(1, std::size_t(0.5 / kWindowFrameSeconds));
  for (std::size_t len = maxFrames; len >= minFrames && len > 0; len = len > step ? len - step : 0) {
    for (std::size_t start = 0; start + len <= frames; ++start) {
      double score = double(speech[start + len] - speech[start]) * kWindowFrameSeconds;
      if (isPause(start)) score += 0.5;
      if (isPause(start + len - 1)) score += 0.5;
      if (score > bestScore + 1e-9) bestScore = score, best = {start, start + len, 0};
    }
    if (len < step) break;
  }
  return best;
}

}  // namespace

double pauseThresholdDb(const std::vector<double>& frameLevels) {
  // The loud frames are the voice; the quiet ones the room between phrases.
  // Halfway between them in dB, and never close to the voice: steady sound
  // (a hum, constant noise, speech without a breath) then has no pause at all.
  const double loud = percentile(frameLevels, 0.95), quiet = percentile(frameLevels, 0.10);
  return std::min((loud + quiet) / 2.0, loud - kPauseBelowLoudDb);
}

ChosenWindow chooseReferenceWindow(const std::vector<float>& mono, int rateHz, double minSeconds, double maxSeconds) {
  const std::size_t total = mono.size();
  if (rateHz <= 0 || total <= static_cast<std::size_t>(maxSeconds * rateHz)) return {{0, total}};

  const auto frameLen = std::max<std::size_t>(1, std::size_t(std::lround(kWindowFrameSeconds * rateHz)));
  const std::vector<double> levels = frameLevelsDb(mono.data(), total, frameLen);
  const std::size_t frames = levels.size();
  // Whole frames that keep the window within the limits in samples.
  const auto maxFrames = std::min(frames, std::size_t(maxSeconds * rateHz) / frameLen);
  const auto minFrames = std::min(maxFrames, std::size_t(std::ceil(minSeconds * rateHz / double(frameLen))));
  const double threshold = pauseThresholdDb(levels);
  // Prefix count of speech frames for O(1) window scores.
  std::vector<std::size_t> speech(frames + 1, 0);
  for (std::size_t f = 0; f < frames; ++f) speech[f + 1] = speech[f] + (levels[f] >= threshold ? 1 : 0);

  std::optional<Cut> best;
  std::size_t bestSpeech = 0;
  const auto minPause = std::size_t(std::lround(kMinPauseSeconds / kWindowFrameSeconds));
  const std::vector<Pause> pauses = findPauses(levels, threshold, minPause);
  for (std::size_t i = 0; i < pauses.size(); ++i) {
    for (std::size_t j = i + 1; j < pauses.size(); ++j) {
      if (pauses[j].begin + 1 > pauses[i].end - 1 + maxFrames) break;  // too far apart for any window
      const std::optional<Cut> cut = cutBetween(pauses[i], pauses[j], frames, minFrames, maxFrames);
      if (!cut) continue;
      // Pause frames hold no speech, so where the cuts sit in them does not change this.
      const std::size_t said = speech[pauses[j].begin] - speech[pauses[i].end];
      if (!best || said > bestSpeech || (said == bestSpeech && cut->cost < best->cost)) best = cut, bestSpeech = said;
    }
  }
  const bool atPauses = best.has_value();
  const Cut cut = atPauses ? *best : mostSpeech(speech, levels, threshold, minFrames, maxFrames);
  ChosenWindow window;
  window.begin = cut.begin * frameLen;
  window.end = std::min(total, cut.end * frameLen);
  window.mayCutSpeech = !atPauses;
  return window;
}

}  // namespace timbre::audio
