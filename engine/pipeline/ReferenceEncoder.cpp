#include "pipeline/ReferenceEncoder.h"

#include "audio/AudioFile.h"
#include "audio/AudioLevels.h"
#include "audio/ReferenceAudio.h"
#include "audio/ReferenceWindow.h"
#include "audio/Resampler.h"
#include "audio/SincResampler.h"
#include "models/speaker/SpeakerEncoder.h"
#include "timbre/Error.h"

#include <openssl/evp.h>

#include <cstdio>

namespace timbre::pipeline {
namespace {

constexpr int kHubertRateHz = 16000;
// int(32000 * 0.3): the official code sizes this silence with the SoVITS rate
// although it is appended at 16 kHz (0.6 s).
constexpr int64_t kHubertPaddingSamples = 9600;

std::string sha256Hex(const void* data, std::size_t size) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(data, size, digest, &length, EVP_sha256(), nullptr);
  std::string hex;
  char byte[3];
  for (unsigned int i = 0; i < length; ++i) {
    std::snprintf(byte, sizeof byte, "%02x", digest[i]);
    hex += byte;
  }
  return hex;
}

std::string seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f s", s);
  return buf;
}

audio::AudioBuffer slice(const audio::AudioBuffer& audio, std::size_t beginFrame, std::size_t endFrame) {
  audio::AudioBuffer out;
  out.sampleRateHz = audio.sampleRateHz;
  out.channels = audio.channels;
  out.samples.assign(audio.samples.begin() + static_cast<std::ptrdiff_t>(beginFrame * audio.channels),
                     audio.samples.begin() + static_cast<std::ptrdiff_t>(endFrame * audio.channels));
  return out;
}

}  // namespace

at::Tensor ReferenceEncoder::hubertInput(const audio::AudioBuffer& audio) {
  const audio::AudioBuffer mono16k =
      audio.sampleRateHz == kHubertRateHz && audio.channels == 1 ? audio : audio::toMonoAtRate(audio, kHubertRateHz);
  std::vector<float> padded = mono16k.samples;
  padded.resize(padded.size() + kHubertPaddingSamples, 0.0f);
  return at::from_blob(padded.data(), {1, int64_t(padded.size())}, at::kFloat).clone();
}

ReferenceEncoder::ReferenceEncoder(const VoiceModels& models, ReferenceCache* cache)
    : m_models(models), m_cache(cache) {}

ReferenceFeatures ReferenceEncoder::encodeFile(const std::string& path, const ReferenceOptions& options) const {
  return encode(audio::readAudioFile(path), options, path);
}

ReferenceFeatures ReferenceEncoder::encode(const audio::AudioBuffer& audio, const ReferenceOptions& options,
                                           const std::string& name) const {
  if (audio.empty() || audio.sampleRateHz <= 0)
    throw Error(ErrorCode::Audio, name + ": the recording holds no audio");
  if (!m_cache) return compute(audio, options, name);
  // Keyed by the decoded samples (so a re-encoded copy of the same take hits
  // too), the options and the weights that shape the features.
  const std::string description =
      sha256Hex(audio.samples.data(), audio.samples.size() * sizeof(float)) + "|" +
      std::to_string(audio.sampleRateHz) + "|" + std::to_string(audio.channels) + "|" +
      (options.promptCodes ? "codes" : "nocodes") + "|" + (options.autoWindow ? "auto" : "whole") + "|" +
      m_models.referenceModelKey();
  const std::string key = sha256Hex(description.data(), description.size());
  if (auto hit = m_cache->find(key)) return *hit;
  ReferenceFeatures features = compute(audio, options, name);
  m_cache->store(key, features);
  return features;
}

ReferenceFeatures ReferenceEncoder::compute(const audio::AudioBuffer& input, const ReferenceOptions& options,
                                            const std::string& name) const {
  audio::AudioBuffer audio = input;
  ReferenceFeatures features;
  // The 16 kHz mono signal decides the length rule, as librosa.load does upstream.
  audio::AudioBuffer mono16k = audio::toMonoAtRate(audio, kHubertRateHz);
  if (audio::isSilent(mono16k.samples))
    throw Error(ErrorCode::Audio, name + ": the recording is silent; record or choose one with clear speech");
  const double duration = double(mono16k.samples.size()) / kHubertRateHz;
  if (options.promptCodes && mono16k.samples.size() > kMaxReferenceSamples16k && options.autoWindow) {
    const audio::SampleRange range = audio::chooseReferenceWindow(mono16k.samples, kHubertRateHz);
    const double rateRatio = double(audio.sampleRateHz) / kHubertRateHz;
    const auto begin = static_cast<std::size_t>(double(range.begin) * rateRatio);
    const auto end = std::min(audio.frames(), static_cast<std::size_t>(double(range.end) * rateRatio));
    features.startSeconds = double(range.begin) / kHubertRateHz;
    audio = slice(audio, begin, end);
    mono16k = audio::toMonoAtRate(audio, kHubertRateHz);
  }
  features.seconds = double(mono16k.samples.size()) / kHubertRateHz;
  if (options.promptCodes && (mono16k.samples.size() < kMinReferenceSamples16k ||
                              mono16k.samples.size() > kMaxReferenceSamples16k)) {
    const bool tooLong = mono16k.samples.size() > kMaxReferenceSamples16k;
    throw Error(ErrorCode::InvalidArgument,
                name + ": the reference is " + seconds(duration) + " long; GPT-SoVITS needs 3 to 10 s of speech" +
                    (tooLong ? " (or let Timbre pick the best 3-10 s: --auto-window)" : " (record a longer take)"));
  }

  if (options.promptCodes) {
    const at::Tensor ssl = m_models.hubert().forward(hubertInput(mono16k)).transpose(1, 2);  // [1, 768, T]
    const at::Tensor codes = m_models.sovits().extractLatent(ssl.to(m_models.sovits().dtype()));
    features.promptCodes = codes.reshape(-1).to(at::kCPU, at::kLong).contiguous();
  }
  const at::Tensor wave32k = audio::referenceWaveform(audio);  // [1, N], peak-limited
  features.refSpec = audio::linearSpectrogram(wave32k).to(at::kCPU).contiguous();
  if (const speaker::SpeakerEncoder* sv = m_models.speaker()) {
    const at::Tensor wave16k = audio::resampleSinc(wave32k, audio::kReferenceRateHz, kHubertRateHz);
    features.svEmbedding = sv->embedWave(wave16k.reshape(-1)).to(at::kCPU).contiguous();
  }
  return features;
}

}  // namespace timbre::pipeline
