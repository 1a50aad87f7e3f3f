#include "audio/AudioLevels.h"

#include <algorithm>
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

std::vector<double> frameLevelsDb(const float* samples, std::size_t count, std::size_t frameLength) {
  frameLength = std::max<std::size_t>(1, frameLength);
  std::vector<double> levels;
  for (std::size_t start = 0; start < count; start += frameLength) {
    if (start + frameLength > count && start > 0) break;  // drop a trailing partial frame
    const std::size_t n = std::min(frameLength, count - start);
    double sum = 0;
    for (std::size_t i = start; i < start + n; ++i) sum += double(samples[i]) * samples[i];
    levels.push_back(std::max(kLevelFloorDb, 10.0 * std::log10(std::max(sum / double(n), 1e-12))));
  }
  return levels;
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return kLevelFloorDb;
  const auto index = static_cast<std::size_t>(p * double(values.size() - 1));
  std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(index), values.end());
  return values[index];
}

}  // namespace timbre::audio
