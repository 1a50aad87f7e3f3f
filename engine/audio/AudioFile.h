#pragma once
// Reading and writing audio files (and in-memory encoded audio for the HTTP
// API) through libsndfile: WAV (any PCM/float flavour), FLAC, OGG Vorbis and
// MP3 in; WAV 16-bit, WAV float, FLAC 16-bit, OGG Vorbis and MP3 out.
//
// Errors (timbre::Error):
//  - Io: the file does not exist, is not a regular file, or cannot be written;
//  - Audio: libsndfile cannot decode it (empty, truncated header, unknown or
//    corrupt format; its reason is quoted), no samples, an absurd sample rate
//    (outside kMinSampleRateHz..kMaxSampleRateHz) or channel count (> 64);
//  - UnsupportedFormat: an output extension we do not write;
//  - InvalidArgument: an empty/malformed buffer given to a writer.
// Every message names the file (or the name given for in-memory data).
#include "audio/AudioBuffer.h"
#include "audio/AudioMetadata.h"

#include <string>
#include <string_view>

namespace timbre::audio {

enum class AudioFormat { Wav16, WavFloat, Flac, OggVorbis, Mp3 };

enum class ResampleMethod {
  SoxrHq,          // libsoxr HQ = librosa.load's default (official 16 kHz HuBERT/SV path)
  TorchaudioSinc,  // torchaudio.functional.resample defaults (official 32 kHz spectrogram path)
};

inline constexpr int kMaxChannels = 64;

// ".wav" -> Wav16, ".flac" -> Flac, ".ogg"/".oga" -> OggVorbis, ".mp3" -> Mp3
// (case-insensitive). Throws UnsupportedFormat for anything else.
AudioFormat formatFromExtension(const std::string& path);
// "wav", "flac", "ogg", "mp3" (both WAV flavours give "wav").
const char* formatExtension(AudioFormat format);
// "audio/wav", "audio/flac", "audio/ogg", "audio/mpeg".
const char* formatMimeType(AudioFormat format);

// All channels, interleaved, at the file's own rate; integer PCM is scaled to
// [-1, 1) (divided by 2^(bits-1)), float data is returned as stored.
AudioBuffer readAudioFile(const std::string& path);
// The same from the bytes of a file; `name` is used in error messages.
AudioBuffer decodeAudio(std::string_view bytes, const std::string& name = "<audio data>");

// mixToMono() (mean over all channels), then resampled to targetRateHz with
// `method` (no resampling when the rates already match).
AudioBuffer toMonoAtRate(const AudioBuffer& audio, int targetRateHz,
                         ResampleMethod method = ResampleMethod::SoxrHq);
// readAudioFile() + toMonoAtRate().
AudioBuffer readAudioMono(const std::string& path, int targetRateHz,
                          ResampleMethod method = ResampleMethod::SoxrHq);

// Encodes the buffer into the bytes of a file of `format`.
//  - Wav16 / Flac: 16-bit PCM, x * 32768 rounded to nearest and clamped to
//    [-32768, 32767] (so reading back gives x within 0.5/32768, 1/32768 at +1.0).
//  - WavFloat: 32-bit IEEE float, bit-exact, not clipped.
//  - OggVorbis: VBR quality 0.6 (libsndfile compression level 0.4). The Ogg
//    stream serial number is random, so two encodings differ byte-wise.
//  - Mp3: LAME through libsndfile, CBR (160 kbit/s at >= 32 kHz, 80 kbit/s at
//    16-24 kHz), at most 2 channels; MPEG supports only 8/11.025/12/16/22.05/
//    24/32/44.1/48 kHz, other rates are resampled (soxr HQ) to the next higher
//    supported rate (48 kHz at most). libsndfile writes the LAME info frame and
//    mpg123 decodes gaplessly, so the length comes back exactly. Measured with
//    Debian 12's LAME 3.100 / mpg123 1.31: decoded MP3 is about 0.45 dB
//    quieter (flat gain 0.95), a property of that codec chain.
// Lossy and 16-bit formats clip at +-1.
// `metadata` goes into the file's text tags (see AudioMetadata.h for what each
// format keeps).
std::string encodeAudio(const AudioBuffer& audio, AudioFormat format, const std::string& name = "<audio data>",
                        const AudioMetadata& metadata = {});
// Throws before any work is done when `path` cannot take an audio file:
// UnsupportedFormat for an extension we do not write, Io when it is a folder,
// its folder does not exist or cannot be written to.
void checkOutputPath(const std::string& path);
// encodeAudio() written to `path`: into a temporary file in the same folder,
// then renamed over `path`, so a failed write (full disk) leaves no partial
// file and an existing file untouched.
void writeAudioFile(const std::string& path, const AudioBuffer& audio, AudioFormat format,
                    const AudioMetadata& metadata = {});
// Format from the extension of `path`.
void writeAudioFile(const std::string& path, const AudioBuffer& audio);
void writeAudioFile(const std::string& path, const AudioBuffer& audio, const AudioMetadata& metadata);

// The text tags of an audio file as libsndfile reads them back (empty fields
// where the file has none). Throws like readAudioFile when it cannot be opened.
AudioMetadata readAudioMetadata(const std::string& path);
// The length in seconds as the file's header gives it, without decoding the
// samples (a list of recordings shows it). Throws like readAudioMetadata.
double audioFileSeconds(const std::string& path);

}  // namespace timbre::audio
