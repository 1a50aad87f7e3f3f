#include "training/data/Pcm16Wav.h"

#include <timbre/Error.h>

#include <algorithm>
#include <cstring>

namespace timbre::training::data {
namespace {

void put32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void put16(std::string& out, uint16_t v) {
  out.push_back(static_cast<char>(v & 0xff));
  out.push_back(static_cast<char>(v >> 8));
}
uint32_t get32(const std::string& b, size_t at) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(b[at + i]);
  return v;
}
uint16_t get16(const std::string& b, size_t at) {
  return static_cast<uint16_t>(static_cast<uint8_t>(b[at]) | (static_cast<uint8_t>(b[at + 1]) << 8));
}

}  // namespace

std::string pcm16WavBytes(const std::vector<int16_t>& samples, int sampleRateHz) {
  const uint32_t dataBytes = static_cast<uint32_t>(samples.size() * 2);
  std::string out;
  out.reserve(44 + dataBytes);
  out += "RIFF";
  put32(out, 36 + dataBytes);
  out += "WAVEfmt ";
  put32(out, 16);
  put16(out, 1);  // PCM
  put16(out, 1);  // mono
  put32(out, static_cast<uint32_t>(sampleRateHz));
  put32(out, static_cast<uint32_t>(sampleRateHz) * 2);
  put16(out, 2);
  put16(out, 16);
  out += "data";
  put32(out, dataBytes);
  for (int16_t s : samples) put16(out, static_cast<uint16_t>(s));
  return out;
}

std::vector<int16_t> readPcm16Wav(const std::string& b, const std::string& name, int* sampleRateHz) {
  const auto bad = [&](const char* why) { return Error(ErrorCode::CorruptFile, name + ": not a 16-bit mono PCM WAV (" + why + ")"); };
  if (b.size() < 12 || b.compare(0, 4, "RIFF") != 0 || b.compare(8, 4, "WAVE") != 0) throw bad("no RIFF/WAVE header");
  size_t at = 12;
  bool haveFormat = false;
  while (at + 8 <= b.size()) {
    const std::string id = b.substr(at, 4);
    const uint32_t size = get32(b, at + 4);
    const size_t body = at + 8;
    if (body + size > b.size() && id != "data") throw bad("truncated chunk");
    if (id == "fmt ") {
      if (size < 16 || get16(b, body) != 1 || get16(b, body + 2) != 1 || get16(b, body + 14) != 16) throw bad("format");
      if (sampleRateHz) *sampleRateHz = static_cast<int>(get32(b, body + 4));
      haveFormat = true;
    } else if (id == "data") {
      if (!haveFormat) throw bad("data before fmt");
      const size_t bytes = std::min<size_t>(size, b.size() - body) & ~size_t{1};
      std::vector<int16_t> samples(bytes / 2);
      for (size_t i = 0; i < samples.size(); ++i) samples[i] = static_cast<int16_t>(get16(b, body + 2 * i));
      return samples;
    }
    at = body + size + (size & 1);
  }
  throw bad("no data chunk");
}

}  // namespace timbre::training::data
