#include "audio/QualityReport.h"

#include "audio/AudioLevels.h"
#include "timbre/Error.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace timbre::audio {

namespace {

constexpr double kFloorDb = kLevelFloorDb;

double toDb(double amplitude) { return amplitude > 0 ? std::max(kFloorDb, 20.0 * std::log10(amplitude)) : kFloorDb; }

std::string format(const char* pattern, double a, double b = 0) {
  char text[96];
  std::snprintf(text, sizeof text, pattern, a, b);
  return text;
}

// Integrated loudness by EBU R 128 / ITU-R BS.1770; a mono file counts as
// dual mono (heard on both speakers), the usual convention for voice.
double integratedLoudness(const AudioBuffer& audio) {
  if (audio.empty() || audio.sampleRateHz <= 0) return kFloorDb;
  std::unique_ptr<ebur128_state, void (*)(ebur128_state*)> state(
      ebur128_init(static_cast<unsigned>(audio.channels), static_cast<unsigned long>(audio.sampleRateHz), EBUR128_MODE_I),
      [](ebur128_state* s) { ebur128_destroy(&s); });
  if (!state)
    throw Error(ErrorCode::Audio, "cannot measure loudness of audio with " + std::to_string(audio.channels) +
                                      " channels at " + std::to_string(audio.sampleRateHz) + " Hz");
  if (audio.channels == 1) ebur128_set_channel(state.get(), 0, EBUR128_DUAL_MONO);
  if (ebur128_add_frames_float(state.get(), audio.samples.data(), audio.frames()) != EBUR128_SUCCESS)
    throw Error(ErrorCode::Audio, "loudness measurement failed");
  double lufs = kFloorDb;
  if (ebur128_loudness_global(state.get(), &lufs) != EBUR128_SUCCESS || !std::isfinite(lufs)) return kFloorDb;
  return std::max(kFloorDb, lufs);
}

QualityItem makeItem(QualityCheck check, const char* title, QualityLevel level, std::string value, std::string hint) {
  return QualityItem{check, level, title, std::move(value), std::move(hint)};
}

}  // namespace

const char* toString(QualityLevel level) {
  switch (level) {
    case QualityLevel::Pass: return "pass";
    case QualityLevel::Warn: return "warn";
    case QualityLevel::Fail: return "fail";
  }
  return "?";
}

QualityLevel QualityReport::overall() const {
  QualityLevel worst = QualityLevel::Pass;
  for (const auto& i : items) worst = std::max(worst, i.level);
  return worst;
}

const QualityItem& QualityReport::item(QualityCheck check) const {
  for (const auto& i : items)
    if (i.check == check) return i;
  throw Error(ErrorCode::Internal, "quality report has no item for check " + std::to_string(int(check)));
}

QualityReport analyzeReference(const AudioBuffer& audio) {
  using L = QualityLevel;
  QualityReport r;
  r.durationSeconds = audio.durationSeconds();
  r.sampleRateHz = audio.sampleRateHz;
  r.channels = audio.channels;

  // Measurements.
  const std::size_t total = audio.samples.size();
  double sum = 0;
  float peak = 0;
  for (float x : audio.samples) {
    sum += x;
    peak = std::max(peak, std::fabs(x));
    if (std::fabs(x) >= kClipLevel) ++r.clippedSamples;
  }
  r.peak = peak;
  r.peakDbfs = toDb(peak);
  r.dcOffset = total ? sum / double(total) : 0.0;
  const bool silent = isSilent(audio.samples);
  r.loudnessLufs = silent ? kFloorDb : integratedLoudness(audio);
  const AudioBuffer mono = audio.channels > 1 ? mixToMono(audio) : audio;
  const auto frameLength = std::max<std::size_t>(1, std::size_t(std::lround(kQualityFrameSeconds * mono.sampleRateHz)));
  const std::vector<double> levels = frameLevelsDb(mono.samples.data(), mono.samples.size(), frameLength);
  r.noiseFloorDb = percentile(levels, 0.10);
  r.speechLevelDb = percentile(levels, 0.90);
  r.snrDb = r.speechLevelDb - r.noiseFloorDb;
  // A frame is speech when it is well above the noise floor and not far below
  // the loud parts; pure noise (loud parts == floor) then has no speech at all.
  const double speechThreshold = std::max(r.noiseFloorDb + 10.0, r.speechLevelDb - 30.0);
  if (!silent && !levels.empty())
    r.speechRatio = double(std::count_if(levels.begin(), levels.end(), [&](double l) { return l >= speechThreshold; })) /
                    double(levels.size());

  // Duration: the engine refuses references outside 3-10 s.
  {
    const std::string value = format("%.1f s", r.durationSeconds);
    if (total == 0)
      r.items.push_back(makeItem(QualityCheck::Duration, "Duration", L::Fail, value, "no audio: the file holds no samples"));
    else if (r.durationSeconds < kMinReferenceSeconds)
      r.items.push_back(makeItem(QualityCheck::Duration, "Duration", L::Fail, value,
                                 "too short: GPT-SoVITS needs 3 to 10 s; record a whole sentence"));
    else if (r.durationSeconds > kMaxReferenceSeconds)
      r.items.push_back(makeItem(QualityCheck::Duration, "Duration", L::Fail, value,
                                 "too long: GPT-SoVITS takes at most 10 s; select 3 to 10 s or use \"Pick best\""));
    else
      r.items.push_back(makeItem(QualityCheck::Duration, "Duration", L::Pass, value, "a good length for a reference"));
  }

  // Format: the models listen at 16 kHz (HuBERT) and 32 kHz (spectrogram).
  {
    const std::string value = format("%.0f Hz, ", r.sampleRateHz) + std::to_string(r.channels) +
                              (r.channels == 1 ? " channel" : " channels");
    if (r.sampleRateHz < 16000)
      r.items.push_back(makeItem(QualityCheck::Format, "Sample rate", L::Warn, value,
                                 "low sample rate: the cloned voice will sound muffled; record at 32 kHz or more"));
    else if (r.channels > 2)
      r.items.push_back(makeItem(QualityCheck::Format, "Sample rate", L::Warn, value,
                                 "more than two channels: they are mixed into one; a mono recording is safer"));
    else
      r.items.push_back(makeItem(QualityCheck::Format, "Sample rate", L::Pass, value,
                                 r.channels == 2 ? "fine (stereo is mixed to mono)" : "fine"));
  }

  // Clipping: flat-topped waves are distortion the model learns as part of the voice.
  {
    const std::string value = format("peak %.1f dBFS, ", r.peakDbfs) + std::to_string(r.clippedSamples) + " clipped";
    const double share = total ? double(r.clippedSamples) / double(total) : 0.0;
    if (r.clippedSamples == 0)
      r.items.push_back(makeItem(QualityCheck::Clipping, "Clipping", L::Pass, value, "no clipping"));
    else if (share < 0.0005)
      r.items.push_back(makeItem(QualityCheck::Clipping, "Clipping", L::Warn, value,
                                 "a few samples hit full scale: lower the input gain a little"));
    else
      r.items.push_back(makeItem(QualityCheck::Clipping, "Clipping", L::Fail, value,
                                 "clipped: the recording is distorted; lower the input gain and record again"));
  }

  // Loudness: speech is usually mastered around -23 to -16 LUFS. The models
  // normalise their input, so only a really low level matters (it means a far
  // microphone or low gain, and the noise rises with it).
  {
    const std::string value = silent ? std::string("silent") : format("%.1f LUFS", r.loudnessLufs);
    if (silent || r.loudnessLufs < -45.0)
      r.items.push_back(makeItem(QualityCheck::Loudness, "Loudness", L::Fail, value,
                                 silent ? "silent: nothing was recorded; check the microphone"
                                        : "far too quiet: move closer to the microphone or raise the input gain"));
    else if (r.loudnessLufs < -36.0)
      r.items.push_back(makeItem(QualityCheck::Loudness, "Loudness", L::Warn, value,
                                 "too quiet: move closer to the microphone"));
    else if (r.loudnessLufs > -10.0)
      r.items.push_back(makeItem(QualityCheck::Loudness, "Loudness", L::Warn, value,
                                 "very loud: lower the input gain to avoid distortion"));
    else
      r.items.push_back(makeItem(QualityCheck::Loudness, "Loudness", L::Pass, value, "a good level"));
  }

  // Noise: the clone reproduces the background along with the voice.
  {
    const std::string value = format("SNR %.0f dB, floor %.0f dBFS", r.snrDb, r.noiseFloorDb);
    if (silent)
      r.items.push_back(makeItem(QualityCheck::Noise, "Background noise", L::Fail, "silent",
                                 "nothing to measure: the recording is silent"));
    else if (r.snrDb < 12.0)
      r.items.push_back(makeItem(QualityCheck::Noise, "Background noise", L::Fail, value,
                                 "noisy: the voice hardly stands out from the background; record in a quiet room"));
    else if (r.snrDb < 20.0)
      r.items.push_back(makeItem(QualityCheck::Noise, "Background noise", L::Warn, value,
                                 "some background noise: a quieter room or a closer microphone helps"));
    else
      r.items.push_back(makeItem(QualityCheck::Noise, "Background noise", L::Pass, value, "clean"));
  }

  // Speech share: long pauses waste the few seconds the model gets.
  {
    const std::string value = format("%.0f%% speech", 100.0 * r.speechRatio);
    if (r.speechRatio < 0.2)
      r.items.push_back(makeItem(QualityCheck::Speech, "Speech", L::Fail, value,
                                 "hardly any speech: the clip is mostly silence or noise"));
    else if (r.speechRatio < 0.4)
      r.items.push_back(makeItem(QualityCheck::Speech, "Speech", L::Warn, value,
                                 "long pauses: trim the silence at the start and end"));
    else
      r.items.push_back(makeItem(QualityCheck::Speech, "Speech", L::Pass, value, "mostly speech"));
  }

  // DC offset: a shifted wave wastes headroom and clicks at cuts.
  {
    const std::string value = format("%+.4f", r.dcOffset);
    const double dc = std::fabs(r.dcOffset);
    if (dc >= 0.02)
      r.items.push_back(makeItem(QualityCheck::DcOffset, "DC offset", L::Fail, value,
                                 "the wave is shifted off zero: use \"DC offset removal\" in an audio editor or another sound card"));
    else if (dc >= 0.005)
      r.items.push_back(makeItem(QualityCheck::DcOffset, "DC offset", L::Warn, value,
                                 "slightly shifted off zero: DC offset removal in an audio editor fixes it"));
    else
      r.items.push_back(makeItem(QualityCheck::DcOffset, "DC offset", L::Pass, value, "none"));
  }
  return r;
}

}  // namespace timbre::audio
