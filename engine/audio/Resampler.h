#pragma once
// Band-limited sample-rate conversion of mono float32 audio with libsoxr.
#include <cstddef>
#include <vector>

namespace timbre::audio {

// Lowest and highest sample rates any audio function accepts.
inline constexpr int kMinSampleRateHz = 1000;
inline constexpr int kMaxSampleRateHz = 768000;

// libsoxr "high quality" (SOXR_HQ, 20-bit, linear phase): the resampler that
// librosa.load(sr=...) uses by default (res_type "soxr_hq"), i.e. the official
// 16 kHz HuBERT / speaker-verification input path. Like librosa, the output
// has exactly ceil(count * toHz / fromHz) samples (zero-padded or trimmed).
// fromHz == toHz returns a copy. Throws timbre::Error(InvalidArgument) for
// rates outside [kMinSampleRateHz, kMaxSampleRateHz], Internal if soxr fails.
std::vector<float> resample(const float* samples, std::size_t count, int fromHz, int toHz);
inline std::vector<float> resample(const std::vector<float>& samples, int fromHz, int toHz) {
  return resample(samples.data(), samples.size(), fromHz, toHz);
}

// ceil(count * toHz / fromHz) without overflow or rounding error.
std::size_t resampledLength(std::size_t count, int fromHz, int toHz);

// Throws timbre::Error(InvalidArgument) naming `what` unless kMin <= rate <= kMax.
void checkSampleRate(int rateHz, const char* what);

}  // namespace timbre::audio
