#pragma once
// 16-bit PCM mono WAV bytes exactly as scipy.io.wavfile.write lays them out
// for an int16 array (the official slicer and 5-wav32k files): the 44-byte
// RIFF/fmt/data header, then the samples little-endian.
#include <cstdint>
#include <string>
#include <vector>

namespace timbre::training::data {

std::string pcm16WavBytes(const std::vector<int16_t>& samples, int sampleRateHz);

// Reads back such a file's samples (any canonical PCM16 mono WAV); throws
// timbre::Error(CorruptFile) naming the file for anything else.
std::vector<int16_t> readPcm16Wav(const std::string& bytes, const std::string& name, int* sampleRateHz = nullptr);

}  // namespace timbre::training::data
