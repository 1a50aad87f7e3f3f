#pragma once
// Picks the best stretch of a long recording to use as a voice reference:
// GPT-SoVITS takes 3-10 s, and users often have a longer take.
#include <cstddef>
#include <vector>

namespace timbre::audio {

struct SampleRange {
  std::size_t begin = 0;  // first sample
  std::size_t end = 0;    // one past the last
};

struct ChosenWindow : SampleRange {
  // True when no window of the allowed length starts and ends in a pause, so
  // this one (the most speech) may cut a word.
  bool mayCutSpeech = false;
};

// The analysis frame of the picker; frameLevels below are levels of such frames.
inline constexpr double kWindowFrameSeconds = 0.02;
// A pause is at least this long below pauseThresholdDb() (the gaps between
// words inside a phrase are shorter).
inline constexpr double kMinPauseSeconds = 0.2;

// The level (dBFS) under which a frame is pause, not speech, judged against
// the recording's own loud frames and its quietest ones (so a quiet take or a
// noisy room works like a clean, loud one).
double pauseThresholdDb(const std::vector<double>& frameLevels);

// mono: samples at rateHz. Returns the whole recording when it is already at
// most maxSeconds long. Otherwise a window of minSeconds to maxSeconds that
// begins and ends inside a pause (0.1 s clear of the speech where the pause is
// long enough) whenever such a window exists: the one with
// the most speech, then with its edges nearest the middle of their pauses,
// then the earliest. Without one, the window with the most speech, flagged
// mayCutSpeech. Deterministic.
ChosenWindow chooseReferenceWindow(const std::vector<float>& mono, int rateHz, double minSeconds = 3.0,
                                   double maxSeconds = 10.0);

}  // namespace timbre::audio
