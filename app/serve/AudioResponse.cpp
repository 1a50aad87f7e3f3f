#include "serve/AudioResponse.h"

#include "audio/AudioFile.h"

namespace timbre::serve {
namespace {

void putLe(std::string& out, uint32_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

std::string rawBytes(const std::vector<int16_t>& pcm) {
  std::string out;
  out.reserve(pcm.size() * 2);
  for (int16_t s : pcm) putLe(out, static_cast<uint16_t>(s), 2);
  return out;
}

audio::AudioBuffer toBuffer(const std::vector<int16_t>& pcm, int sampleRateHz) {
  // int16 / 32768 is exact, and the 16-bit writers round it back to the same int16.
  audio::AudioBuffer buffer;
  buffer.sampleRateHz = sampleRateHz;
  buffer.channels = 1;
  buffer.samples.resize(pcm.size());
  for (std::size_t i = 0; i < pcm.size(); ++i) buffer.samples[i] = float(pcm[i]) / 32768.0f;
  return buffer;
}

// Canonical 44-byte header of a mono 16-bit PCM WAV holding dataBytes.
std::string wavHeader(int sampleRateHz, uint32_t dataBytes) {
  std::string h = "RIFF";
  putLe(h, 36 + dataBytes, 4);
  h += "WAVEfmt ";
  putLe(h, 16, 4);
  putLe(h, 1, 2);  // PCM
  putLe(h, 1, 2);  // mono
  putLe(h, static_cast<uint32_t>(sampleRateHz), 4);
  putLe(h, static_cast<uint32_t>(sampleRateHz) * 2, 4);  // byte rate
  putLe(h, 2, 2);                                        // block align
  putLe(h, 16, 2);                                       // bits per sample
  h += "data";
  putLe(h, dataBytes, 4);
  return h;
}

}  // namespace

std::optional<MediaType> parseMediaType(const std::string& name) {
  if (name == "wav") return MediaType::Wav;
  if (name == "raw") return MediaType::Raw;
  if (name == "ogg") return MediaType::Ogg;
  if (name == "mp3") return MediaType::Mp3;
  return std::nullopt;
}

const char* contentType(MediaType type) {
  switch (type) {
    case MediaType::Wav:
      return "audio/wav";
    case MediaType::Raw:
      return "audio/raw";
    case MediaType::Ogg:
      return "audio/ogg";
    case MediaType::Mp3:
      return "audio/mpeg";
  }
  return "application/octet-stream";
}

std::string encodeWhole(const std::vector<int16_t>& pcm, int sampleRateHz, MediaType type) {
  switch (type) {
    case MediaType::Raw:
      return rawBytes(pcm);
    case MediaType::Wav:
      return wavHeader(sampleRateHz, static_cast<uint32_t>(pcm.size() * 2)) + rawBytes(pcm);
    case MediaType::Ogg:
      return audio::encodeAudio(toBuffer(pcm, sampleRateHz), audio::AudioFormat::OggVorbis, "ogg response");
    case MediaType::Mp3:
      return audio::encodeAudio(toBuffer(pcm, sampleRateHz), audio::AudioFormat::Mp3, "mp3 response");
  }
  return {};
}

std::string wavStreamHeader(int sampleRateHz) {
  // What python's wave module writes for 0 frames: RIFF size 36, data size 0.
  return wavHeader(sampleRateHz, 0);
}

std::string encodeChunk(const std::vector<int16_t>& pcm, int sampleRateHz, MediaType type) {
  if (type == MediaType::Wav || type == MediaType::Raw) return rawBytes(pcm);
  return encodeWhole(pcm, sampleRateHz, type);
}

}  // namespace timbre::serve
