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

// mono: samples at rateHz. Returns the whole recording when it is already at
// most maxSeconds long. Otherwise the window (between minSeconds and maxSeconds)
// with the most speech-level frames, preferring windows that start and end in a
// pause so no word is cut, and longer windows on ties. Deterministic.
SampleRange chooseReferenceWindow(const std::vector<float>& mono, int rateHz, double minSeconds = 3.0,
                                  double maxSeconds = 10.0);

}  // namespace timbre::audio
