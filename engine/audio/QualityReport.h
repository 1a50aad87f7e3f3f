#pragma once
// A quality check of a voice reference recording, before it is used for
// cloning: GPT-SoVITS copies whatever it hears (noise, clipping, long pauses),
// so problems are cheaper to fix at the microphone than after synthesis.
// Every item has a level and a plain-language hint a non-expert can act on.
#include "audio/AudioBuffer.h"

#include <cstddef>
#include <string>
#include <vector>

namespace timbre::audio {

enum class QualityLevel { Pass, Warn, Fail };

enum class QualityCheck {
  Duration,  // 3-10 s is what GPT-SoVITS accepts as a reference
  Format,    // sample rate and channels
  Clipping,  // peak level and samples at full scale
  Loudness,  // integrated loudness (EBU R 128, LUFS)
  Noise,     // background noise: speech-to-noise ratio of 20 ms frames
  Speech,    // share of the recording that is speech rather than pause
  DcOffset,  // mean sample value (a constant shift off zero)
};

struct QualityItem {
  QualityCheck check = QualityCheck::Duration;
  QualityLevel level = QualityLevel::Pass;
  std::string title;  // short English name, e.g. "Loudness"
  std::string value;  // the measurement in words, e.g. "-24.1 LUFS"
  std::string hint;   // what it means / what to do, e.g. "too quiet: move closer to the microphone"
};

// Clipping counts samples with |x| >= this (16-bit full scale is 32767/32768).
inline constexpr float kClipLevel = 0.999f;
// GPT-SoVITS refuses references outside this range.
inline constexpr double kMinReferenceSeconds = 3.0;
inline constexpr double kMaxReferenceSeconds = 10.0;
// Frame length of the noise and speech measurements.
inline constexpr double kQualityFrameSeconds = 0.020;

struct QualityReport {
  // Measurements (NaN-free; -inf is never stored: silence reads as the floor values below).
  double durationSeconds = 0;
  int sampleRateHz = 0;
  int channels = 0;
  double peak = 0;               // largest |x| over all channels
  double peakDbfs = -120;        // 20 log10(peak), at least -120
  std::size_t clippedSamples = 0;  // samples (all channels) with |x| >= kClipLevel
  double loudnessLufs = -120;    // integrated (gated) loudness; -120 when the gate lets nothing through
  double noiseFloorDb = -120;    // 10th percentile of 20 ms frame RMS, dBFS
  double speechLevelDb = -120;   // 90th percentile of 20 ms frame RMS, dBFS
  double snrDb = 0;              // speechLevelDb - noiseFloorDb
  double speechRatio = 0;        // share of frames counted as speech, 0..1
  double dcOffset = 0;           // mean sample value over all channels
  std::vector<QualityItem> items;  // one per QualityCheck, in enum order

  // The worst level of all items.
  QualityLevel overall() const;
  // The item of that check (every report has all of them).
  const QualityItem& item(QualityCheck check) const;
};

// Measures the whole buffer (any rate, any channel count; an empty buffer
// gives a report whose duration and loudness fail). Never throws for audio
// content; throws timbre::Error(Audio) only when the loudness meter cannot be
// set up for the rate/channel count (e.g. more than 64 channels).
QualityReport analyzeReference(const AudioBuffer& audio);

const char* toString(QualityLevel level);  // "pass", "warn", "fail"

}  // namespace timbre::audio
