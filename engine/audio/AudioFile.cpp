#include "audio/AudioFile.h"

#include "audio/Resampler.h"
#include "audio/SincResampler.h"
#include "timbre/Error.h"

#include <sndfile.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <utility>

namespace timbre::audio {
namespace {

// Upper bound on decoded samples (2^31 floats = 8 GiB) so a lying header cannot exhaust memory.
constexpr std::size_t kMaxSamples = std::size_t{1} << 31;
constexpr sf_count_t kReadChunkFrames = 65536;
constexpr std::array<int, 9> kMp3Rates = {8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000};

struct SndfileCloser {
  void operator()(SNDFILE* f) const { sf_close(f); }
};
using SndfilePtr = std::unique_ptr<SNDFILE, SndfileCloser>;

[[noreturn]] void fail(ErrorCode code, const std::string& name, const std::string& what) {
  throw Error(code, "audio '" + name + "': " + what);
}

// In-memory file for sf_open_virtual: reads from a fixed view, or writes into a growing string.
struct MemoryFile {
  std::string_view input;
  std::string* output = nullptr;
  sf_count_t position = 0;

  sf_count_t size() const { return output ? static_cast<sf_count_t>(output->size()) : static_cast<sf_count_t>(input.size()); }
  const char* bytes() const { return output ? output->data() : input.data(); }
};

sf_count_t memLength(void* user) { return static_cast<MemoryFile*>(user)->size(); }

sf_count_t memSeek(sf_count_t offset, int whence, void* user) {
  auto* m = static_cast<MemoryFile*>(user);
  sf_count_t base = 0;
  switch (whence) {
    case SEEK_SET: base = 0; break;
    case SEEK_CUR: base = m->position; break;
    case SEEK_END: base = m->size(); break;
    default: return -1;
  }
  const sf_count_t target = base + offset;
  if (target < 0) return -1;
  m->position = target;  // past the end is allowed; a later write fills the gap with zeros
  return m->position;
}

sf_count_t memRead(void* ptr, sf_count_t count, void* user) {
  auto* m = static_cast<MemoryFile*>(user);
  const sf_count_t available = std::max<sf_count_t>(0, m->size() - m->position);
  const sf_count_t n = std::min(count, available);
  if (n > 0) std::memcpy(ptr, m->bytes() + m->position, static_cast<std::size_t>(n));
  m->position += n;
  return n;
}

sf_count_t memWrite(const void* ptr, sf_count_t count, void* user) {
  auto* m = static_cast<MemoryFile*>(user);
  if (!m->output) return 0;
  const std::size_t end = static_cast<std::size_t>(m->position + count);
  if (end > m->output->size()) m->output->resize(end, '\0');
  std::memcpy(m->output->data() + m->position, ptr, static_cast<std::size_t>(count));
  m->position += count;
  return count;
}

sf_count_t memTell(void* user) { return static_cast<MemoryFile*>(user)->position; }

SF_VIRTUAL_IO memoryIo() {
  SF_VIRTUAL_IO io{};
  io.get_filelen = memLength;
  io.seek = memSeek;
  io.read = memRead;
  io.write = memWrite;
  io.tell = memTell;
  return io;
}

// LAME writes ID3 text as Latin-1: UTF-8 is converted, characters outside
// Latin-1 become '?' (better than the mojibake of raw UTF-8 bytes).
std::string utf8ToLatin1(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (length == 2 && i + 1 < text.size() && c <= 0xC3)
      out.push_back(static_cast<char>(((c & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F)));
    else
      out.push_back(length == 1 && c < 0x80 ? static_cast<char>(c) : '?');
    i += std::min(length, text.size() - i);
  }
  return out;
}

// Must run before the first sample is written (FLAC and Ogg write their
// comment headers then).
void setStrings(SNDFILE* file, AudioFormat format, const AudioMetadata& metadata, const std::string& name) {
  const std::pair<int, const std::string*> fields[] = {{SF_STR_TITLE, &metadata.title},
                                                        {SF_STR_ARTIST, &metadata.artist},
                                                        {SF_STR_COMMENT, &metadata.comment},
                                                        {SF_STR_SOFTWARE, &metadata.software}};
  for (const auto& [id, value] : fields) {
    if (value->empty()) continue;
    const std::string text = format == AudioFormat::Mp3 ? utf8ToLatin1(*value) : *value;
    if (sf_set_string(file, id, text.c_str()) != 0)
      fail(ErrorCode::Io, name, std::string("cannot write the text tags: ") + sf_strerror(file));
  }
}

// Decodes everything from an open handle, validating what the header claims.
AudioBuffer readAll(SNDFILE* file, const SF_INFO& info, const std::string& name) {
  if (info.channels < 1 || info.channels > kMaxChannels)
    fail(ErrorCode::Audio, name, "unsupported channel count " + std::to_string(info.channels) + " (1.." +
                                     std::to_string(kMaxChannels) + ")");
  if (info.samplerate < kMinSampleRateHz || info.samplerate > kMaxSampleRateHz)
    fail(ErrorCode::Audio, name, "absurd sample rate " + std::to_string(info.samplerate) + " Hz (expected " +
                                     std::to_string(kMinSampleRateHz) + ".." + std::to_string(kMaxSampleRateHz) + ")");

  AudioBuffer audio;
  audio.sampleRateHz = info.samplerate;
  audio.channels = info.channels;
  const std::size_t channels = static_cast<std::size_t>(info.channels);
  // Trust the header's frame count only as a capacity hint (MP3 lengths are estimates).
  if (info.frames > 0 && static_cast<std::size_t>(info.frames) <= kMaxSamples / channels)
    audio.samples.reserve(static_cast<std::size_t>(info.frames) * channels);
  std::vector<float> chunk(static_cast<std::size_t>(kReadChunkFrames) * channels);
  for (;;) {
    const sf_count_t got = sf_readf_float(file, chunk.data(), kReadChunkFrames);
    if (got <= 0) break;
    const std::size_t n = static_cast<std::size_t>(got) * channels;
    if (audio.samples.size() + n > kMaxSamples)
      fail(ErrorCode::Audio, name, "more than " + std::to_string(kMaxSamples) + " samples; refusing to decode");
    audio.samples.insert(audio.samples.end(), chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(n));
  }
  if (sf_error(file) != SF_ERR_NO_ERROR)
    fail(ErrorCode::Audio, name, std::string("decoding failed: ") + sf_strerror(file));
  if (audio.samples.empty()) fail(ErrorCode::Audio, name, "contains no audio samples");
  for (float x : audio.samples)
    if (!std::isfinite(x)) fail(ErrorCode::Audio, name, "contains NaN or infinite samples");
  return audio;
}

uint32_t littleEndian(std::string_view bytes, std::size_t at, int width) {
  uint32_t v = 0;
  for (int k = 0; k < width; ++k) v |= uint32_t(static_cast<unsigned char>(bytes[at + std::size_t(k)])) << (8 * k);
  return v;
}

// libsndfile reads a WAV "fmt " chunk that claims, say, 7 bits per sample as
// if it were 8-bit audio; the header is lying or broken, so refuse it instead
// of guessing. `head` is the start of the file (the fmt chunk comes early).
void checkWavSampleWidth(std::string_view head, const std::string& name) {
  if (head.size() < 12 || (head.substr(0, 4) != "RIFF" && head.substr(0, 4) != "RF64") || head.substr(8, 4) != "WAVE")
    return;
  std::size_t at = 12;
  while (at + 8 <= head.size()) {
    const std::string_view id = head.substr(at, 4);
    const uint32_t size = littleEndian(head, at + 4, 4);
    if (id == "fmt ") {
      if (size < 16 || at + 8 + 16 > head.size()) return;  // libsndfile reports a short fmt chunk itself
      const uint32_t tag = littleEndian(head, at + 8, 2);
      const uint32_t bits = littleEndian(head, at + 8 + 14, 2);
      constexpr uint32_t kPcm = 1, kFloat = 3, kExtensible = 0xFFFE;
      const bool ok = tag == kFloat ? (bits == 32 || bits == 64)
                      : (tag == kPcm || tag == kExtensible) ? (bits == 8 || bits == 16 || bits == 24 || bits == 32)
                                                            : true;  // other codecs (ADPCM, A-law, ...) define their own widths
      if (!ok)
        fail(ErrorCode::Audio, name, "the WAV header claims " + std::to_string(bits) + " bits per sample for " +
                                         (tag == kFloat ? "float" : "PCM") +
                                         " data (valid: 8, 16, 24 or 32; float 32 or 64); the file is damaged");
      return;
    }
    at += 8 + std::size_t(size) + (size & 1);  // chunks are padded to even sizes
  }
}

int sndfileFormat(AudioFormat format) {
  switch (format) {
    case AudioFormat::Wav16: return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    case AudioFormat::WavFloat: return SF_FORMAT_WAV | SF_FORMAT_FLOAT;
    case AudioFormat::Flac: return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    case AudioFormat::OggVorbis: return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    case AudioFormat::Mp3: return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
  }
  return 0;
}

const char* formatName(AudioFormat format) {
  switch (format) {
    case AudioFormat::Wav16: return "16-bit WAV";
    case AudioFormat::WavFloat: return "float WAV";
    case AudioFormat::Flac: return "FLAC";
    case AudioFormat::OggVorbis: return "OGG Vorbis";
    case AudioFormat::Mp3: return "MP3";
  }
  return "?";
}

// x * 32768, rounded, clamped: the inverse of libsndfile's (and torchaudio's) int16 / 32768 on read.
std::vector<short> toPcm16(const std::vector<float>& samples) {
  std::vector<short> pcm(samples.size());
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const float v = std::nearbyint(samples[i] * 32768.0f);
    pcm[i] = static_cast<short>(std::clamp(v, -32768.0f, 32767.0f));
  }
  return pcm;
}

// Opens the file and reads its header; libsndfile reads no samples until asked.
SndfilePtr openHeader(const std::string& path, SF_INFO& info) {
  SndfilePtr file(sf_open(path.c_str(), SFM_READ, &info));
  if (!file) fail(ErrorCode::Audio, path, std::string("cannot decode: ") + sf_strerror(nullptr));
  return file;
}

}  // namespace

AudioFormat formatFromExtension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".wav") return AudioFormat::Wav16;
  if (ext == ".flac") return AudioFormat::Flac;
  if (ext == ".ogg" || ext == ".oga") return AudioFormat::OggVorbis;
  if (ext == ".mp3") return AudioFormat::Mp3;
  throw Error(ErrorCode::UnsupportedFormat,
              "audio '" + path + "': cannot write extension '" + ext + "' (use .wav, .flac, .ogg or .mp3)");
}

const char* formatExtension(AudioFormat format) {
  switch (format) {
    case AudioFormat::Wav16:
    case AudioFormat::WavFloat: return "wav";
    case AudioFormat::Flac: return "flac";
    case AudioFormat::OggVorbis: return "ogg";
    case AudioFormat::Mp3: return "mp3";
  }
  return "";
}

const char* formatMimeType(AudioFormat format) {
  switch (format) {
    case AudioFormat::Wav16:
    case AudioFormat::WavFloat: return "audio/wav";
    case AudioFormat::Flac: return "audio/flac";
    case AudioFormat::OggVorbis: return "audio/ogg";
    case AudioFormat::Mp3: return "audio/mpeg";
  }
  return "application/octet-stream";
}

AudioBuffer readAudioFile(const std::string& path) {
  std::error_code ec;
  const std::filesystem::file_status st = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(st)) fail(ErrorCode::Io, path, "file not found");
  if (!std::filesystem::is_regular_file(st)) fail(ErrorCode::Io, path, "not a regular file");
  if (std::filesystem::file_size(path, ec) == 0 && !ec) fail(ErrorCode::Audio, path, "the file is empty");

  {
    std::ifstream in(path, std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(std::size_t(std::max<std::streamsize>(0, in.gcount())));
    checkWavSampleWidth(head, path);
  }
  SF_INFO info{};
  SndfilePtr file = openHeader(path, info);
  return readAll(file.get(), info, path);
}

AudioBuffer decodeAudio(std::string_view bytes, const std::string& name) {
  if (bytes.empty()) fail(ErrorCode::Audio, name, "the data is empty");
  checkWavSampleWidth(bytes.substr(0, 4096), name);
  MemoryFile memory;
  memory.input = bytes;
  SF_VIRTUAL_IO io = memoryIo();
  SF_INFO info{};
  SndfilePtr file(sf_open_virtual(&io, SFM_READ, &info, &memory));
  if (!file) fail(ErrorCode::Audio, name, std::string("cannot decode: ") + sf_strerror(nullptr));
  return readAll(file.get(), info, name);
}

AudioBuffer toMonoAtRate(const AudioBuffer& audio, int targetRateHz, ResampleMethod method) {
  checkSampleRate(targetRateHz, "requested audio rate");
  AudioBuffer mono = mixToMono(audio);
  if (mono.sampleRateHz == targetRateHz) return mono;
  mono.samples = method == ResampleMethod::SoxrHq
                     ? resample(mono.samples, mono.sampleRateHz, targetRateHz)
                     : resampleSinc(mono.samples.data(), mono.samples.size(), mono.sampleRateHz, targetRateHz);
  mono.sampleRateHz = targetRateHz;
  return mono;
}

AudioBuffer readAudioMono(const std::string& path, int targetRateHz, ResampleMethod method) {
  return toMonoAtRate(readAudioFile(path), targetRateHz, method);
}

std::string encodeAudio(const AudioBuffer& input, AudioFormat format, const std::string& name,
                        const AudioMetadata& metadata) {
  if (input.channels < 1 || input.channels > kMaxChannels)
    fail(ErrorCode::InvalidArgument, name, "cannot write " + std::to_string(input.channels) + " channels");
  if (input.samples.empty()) fail(ErrorCode::InvalidArgument, name, "no samples to write");
  if (input.samples.size() % static_cast<std::size_t>(input.channels) != 0)
    fail(ErrorCode::InvalidArgument, name, "sample count is not a multiple of the channel count");
  if (input.sampleRateHz < kMinSampleRateHz || input.sampleRateHz > kMaxSampleRateHz)
    fail(ErrorCode::InvalidArgument, name, "sample rate " + std::to_string(input.sampleRateHz) + " Hz out of range");

  const AudioBuffer* audio = &input;
  AudioBuffer converted;
  if (format == AudioFormat::Mp3) {
    if (input.channels > 2)
      fail(ErrorCode::InvalidArgument, name, "MP3 holds at most 2 channels, got " + std::to_string(input.channels));
    const auto it = std::lower_bound(kMp3Rates.begin(), kMp3Rates.end(), input.sampleRateHz);
    const int rate = it == kMp3Rates.end() ? kMp3Rates.back() : *it;
    if (rate != input.sampleRateHz) {
      // De-interleave, resample each channel, re-interleave.
      converted.sampleRateHz = rate;
      converted.channels = input.channels;
      const std::size_t ch = static_cast<std::size_t>(input.channels), frames = input.frames();
      for (std::size_t c = 0; c < ch; ++c) {
        std::vector<float> one(frames);
        for (std::size_t f = 0; f < frames; ++f) one[f] = input.samples[f * ch + c];
        const std::vector<float> out = resample(one, input.sampleRateHz, rate);
        if (c == 0) converted.samples.resize(out.size() * ch);
        for (std::size_t f = 0; f < out.size(); ++f) converted.samples[f * ch + c] = out[f];
      }
      audio = &converted;
    }
  }

  std::string bytes;
  MemoryFile memory;
  memory.output = &bytes;
  SF_VIRTUAL_IO io = memoryIo();
  SF_INFO info{};
  info.samplerate = audio->sampleRateHz;
  info.channels = audio->channels;
  info.format = sndfileFormat(format);
  if (!sf_format_check(&info))
    fail(ErrorCode::UnsupportedFormat, name, std::string("libsndfile cannot write ") + formatName(format) + " at " +
                                                 std::to_string(info.samplerate) + " Hz with " +
                                                 std::to_string(info.channels) + " channels");
  {
    SndfilePtr file(sf_open_virtual(&io, SFM_WRITE, &info, &memory));
    if (!file)
      fail(ErrorCode::Io, name, std::string("cannot start ") + formatName(format) + " encoder: " + sf_strerror(nullptr));
    setStrings(file.get(), format, metadata, name);
    const sf_count_t frames = static_cast<sf_count_t>(audio->frames());
    sf_count_t written = 0;
    if (format == AudioFormat::Wav16 || format == AudioFormat::Flac) {
      const std::vector<short> pcm = toPcm16(audio->samples);
      written = sf_writef_short(file.get(), pcm.data(), frames);
    } else {
      if (format != AudioFormat::WavFloat) sf_command(file.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE);
      if (format == AudioFormat::OggVorbis) {
        double level = 0.4;  // libsndfile maps Vorbis quality = 1 - level
        sf_command(file.get(), SFC_SET_COMPRESSION_LEVEL, &level, sizeof(level));
      } else if (format == AudioFormat::Mp3) {
        int mode = SF_BITRATE_MODE_CONSTANT;
        sf_command(file.get(), SFC_SET_BITRATE_MODE, &mode, sizeof(mode));
        double level = 0.5;
        sf_command(file.get(), SFC_SET_COMPRESSION_LEVEL, &level, sizeof(level));
      }
      written = sf_writef_float(file.get(), audio->samples.data(), frames);
    }
    if (written != frames)
      fail(ErrorCode::Io, name, std::string("the ") + formatName(format) + " encoder failed: " + sf_strerror(file.get()));
  }  // sf_close flushes the encoder and finalises headers
  return bytes;
}

void checkOutputPath(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path target(path);
  if (fs::is_directory(target, ec)) fail(ErrorCode::Io, path, "is a folder, not a file name");
  (void)formatFromExtension(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (!fs::is_directory(folder, ec))
    fail(ErrorCode::Io, path, "the folder '" + folder.string() + "' does not exist");
  // Creating (and removing) a file there is the only reliable permission test.
  std::string probe = (folder / ".timbre-write-test-XXXXXX").string();
  const int fd = mkstemp(probe.data());
  if (fd < 0) fail(ErrorCode::Io, path, "cannot write into '" + folder.string() + "': " + std::strerror(errno));
  ::close(fd);
  fs::remove(probe, ec);
}

void writeAudioFile(const std::string& path, const AudioBuffer& audio, AudioFormat format,
                    const AudioMetadata& metadata) {
  const std::string bytes = encodeAudio(audio, format, path, metadata);
  // A temporary file in the same folder, renamed over the target only once it
  // is complete: a full disk or a crash never leaves a truncated file, and an
  // existing file survives a failed write.
  namespace fs = std::filesystem;
  const fs::path target(path);
  std::string temporary = (target.has_parent_path() ? target.parent_path() / "" : fs::path()).string() + "." +
                          target.filename().string() + ".partial-XXXXXX";
  const int fd = mkstemp(temporary.data());
  if (fd < 0) fail(ErrorCode::Io, path, std::string("cannot open for writing: ") + std::strerror(errno));
  std::error_code ec;
  const auto discard = [&](const std::string& why) {
    fs::remove(temporary, ec);
    fail(ErrorCode::Io, path, why);
  };
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string reason = n < 0 ? std::strerror(errno) : "no space left";
      ::close(fd);
      discard("writing failed after " + std::to_string(written) + " of " + std::to_string(bytes.size()) +
              " bytes (" + reason + "); nothing was replaced");
    }
    written += std::size_t(n);
  }
  if (::fsync(fd) != 0 && errno != EINVAL) {
    const std::string reason = std::strerror(errno);
    ::close(fd);
    discard("writing failed (" + reason + "); nothing was replaced");
  }
  if (::close(fd) != 0) discard(std::string("writing failed (") + std::strerror(errno) + "); nothing was replaced");
  // mkstemp creates 0600: keep the replaced file's permissions, or give what a plain create would.
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0) {
    ::chmod(temporary.c_str(), existing.st_mode & 07777);
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(temporary.c_str(), 0666 & ~mask);
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0)
    discard(std::string("cannot replace the file: ") + std::strerror(errno));
}

void writeAudioFile(const std::string& path, const AudioBuffer& audio) {
  writeAudioFile(path, audio, formatFromExtension(path));
}

void writeAudioFile(const std::string& path, const AudioBuffer& audio, const AudioMetadata& metadata) {
  writeAudioFile(path, audio, formatFromExtension(path), metadata);
}

AudioMetadata readAudioMetadata(const std::string& path) {
  SF_INFO info{};
  SndfilePtr file = openHeader(path, info);
  auto get = [&](int id) {
    const char* text = sf_get_string(file.get(), id);
    return text ? std::string(text) : std::string();
  };
  return {get(SF_STR_TITLE), get(SF_STR_ARTIST), get(SF_STR_COMMENT), get(SF_STR_SOFTWARE)};
}

double audioFileSeconds(const std::string& path) {
  SF_INFO info{};
  openHeader(path, info);
  if (info.samplerate <= 0) fail(ErrorCode::Audio, path, "no sample rate in the header");
  return double(info.frames) / info.samplerate;
}

}  // namespace timbre::audio
