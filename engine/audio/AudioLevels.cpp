#include "audio/AudioLevels.h"

#include <cmath>

namespace timbre::audio {

float peakAmplitude(const float* samples, std::size_t count) {
  float peak = 0.0f;
  for (std::size_t i = 0; i < count; ++i) {
    const float a = std::fabs(samples[i]);
    if (a > peak || std::isnan(a)) peak = a;  // NaN propagates: such audio is unusable, not quiet
  }
  return peak;
}

double rmsLevel(const float* samples, std::size_t count) {
  if (count == 0) return 0.0;
  double sum = 0.0;
  for (std::size_t i = 0; i < count; ++i) sum += static_cast<double>(samples[i]) * samples[i];
  return std::sqrt(sum / static_cast<double>(count));
}

bool isSilent(const float* samples, std::size_t count) {
  if (count == 0) return true;
  const float peak = peakAmplitude(samples, count);
  if (std::isnan(peak)) return false;
  return peak < kSilencePeak || rmsLevel(samples, count) < kSilenceRms;
}

}  // namespace timbre::audio
