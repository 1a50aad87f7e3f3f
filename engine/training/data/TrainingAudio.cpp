#include "training/data/TrainingAudio.h"

#include <algorithm>
#include <cmath>

namespace timbre::training::data {
namespace {

constexpr double kMaxLevel = 0.95;  // "maxx"
constexpr double kAlpha = 0.5;
constexpr double kWavScale = 32768.0;
constexpr double kHubertScale = 1145.14;  // the official HuBERT input scale

// (x / peak * gain) + dry * x, each step rounded to float32 as NumPy does with
// a float32 array and Python float scalars.
inline float mix(float x, float peak, float gain, float dry) {
  const float scaled = x / peak;
  const float wet = scaled * gain;
  const float direct = dry * x;
  return wet + direct;
}

}  // namespace

std::optional<TrainingAudio> trainingAudio(const std::vector<float>& samples) {
  float peak = 0.0f;
  for (float x : samples) peak = std::max(peak, std::fabs(x));
  if (peak == 0.0f || peak > kMaxTrainingPeak) return std::nullopt;
  TrainingAudio out;
  out.peak = peak;
  const float wavGain = static_cast<float>(kMaxLevel * kAlpha * kWavScale);
  const float wavDry = static_cast<float>((1.0 - kAlpha) * kWavScale);
  const float hubertGain = static_cast<float>(kMaxLevel * kAlpha * kHubertScale);
  const float hubertDry = static_cast<float>((1.0 - kAlpha) * kHubertScale);
  out.wav32k.resize(samples.size());
  out.hubertInput32k.resize(samples.size());
  for (size_t i = 0; i < samples.size(); ++i) {
    const float w = mix(samples[i], peak, wavGain, wavDry);
    // astype(int16) truncates; the official code wraps beyond the range, a port clips.
    out.wav32k[i] = static_cast<int16_t>(std::clamp(std::trunc(w), -32768.0f, 32767.0f));
    out.hubertInput32k[i] = mix(samples[i], peak, hubertGain, hubertDry);
  }
  return out;
}

std::vector<float> pcm16ToFloat(const std::vector<int16_t>& pcm) {
  std::vector<float> out(pcm.size());
  for (size_t i = 0; i < pcm.size(); ++i) out[i] = static_cast<float>(pcm[i]) / 32768.0f;
  return out;
}

}  // namespace timbre::training::data
