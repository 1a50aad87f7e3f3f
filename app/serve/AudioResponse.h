#pragma once
// The audio bodies of /tts, as api_v2 packs them: wav = 16-bit PCM WAV, raw =
// int16 little-endian samples, ogg = Ogg Vorbis, mp3 (ours; api_v2 has aac,
// which needs ffmpeg and is refused). Streaming WAV is the official
// convention: a 44-byte header whose data size is 0, then raw int16 chunks.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace timbre::serve {

enum class MediaType { Wav, Raw, Ogg, Mp3 };

// "wav", "raw", "ogg", "mp3" (exact, as api_v2 compares); nullopt otherwise.
std::optional<MediaType> parseMediaType(const std::string& name);
// "audio/wav", "audio/raw", "audio/ogg", "audio/mpeg".
const char* contentType(MediaType type);

// One complete body of `type` holding the mono int16 samples.
std::string encodeWhole(const std::vector<int16_t>& pcm, int sampleRateHz, MediaType type);
// The first chunk of a streamed WAV: RIFF header for mono 16-bit PCM with data size 0.
std::string wavStreamHeader(int sampleRateHz);
// One later chunk of a stream: raw int16 for wav and raw, a self-contained
// file for ogg and mp3 (api_v2 packs every fragment on its own).
std::string encodeChunk(const std::vector<int16_t>& pcm, int sampleRateHz, MediaType type);

}  // namespace timbre::serve
