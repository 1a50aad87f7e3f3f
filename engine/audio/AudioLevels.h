#pragma once
// Simple level measurements on mono or interleaved samples, used to reject
// unusable reference audio (a reference must not be silent), and the frame
// levels the quality report and the reference-window picker share.
#include <cstddef>
#include <vector>

namespace timbre::audio {

// Largest |x| (0 for no samples).
float peakAmplitude(const float* samples, std::size_t count);
// Root mean square, accumulated in double (0 for no samples).
double rmsLevel(const float* samples, std::size_t count);

// Thresholds: a peak below 1e-4 (-80 dBFS, about 3 steps of 16-bit PCM: only
// dither) or an RMS below 1e-4 (-80 dBFS; speech even 40 dB under a normal
// level stays above 3e-4, a lone click in seconds of zeros stays below)
// counts as silence.
inline constexpr float kSilencePeak = 1e-4f;
inline constexpr double kSilenceRms = 1e-4;

// True for no samples, for all |x| < kSilencePeak, or for RMS < kSilenceRms.
bool isSilent(const float* samples, std::size_t count);
inline bool isSilent(const std::vector<float>& samples) { return isSilent(samples.data(), samples.size()); }

// The lowest level frameLevelsDb() reports (digital silence).
inline constexpr double kLevelFloorDb = -120.0;

// RMS level in dBFS (at least kLevelFloorDb) of consecutive frames of
// frameLength samples. A trailing partial frame is dropped; a clip shorter
// than one frame is measured as a single frame.
std::vector<double> frameLevelsDb(const float* samples, std::size_t count, std::size_t frameLength);

// Value at fraction p (0..1) of the values (nearest rank below); kLevelFloorDb for none.
double percentile(std::vector<double> values, double p);

}  // namespace timbre::audio
