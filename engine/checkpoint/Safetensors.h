#pragma once
// The .safetensors layout: 8-byte little-endian header length, a JSON header
// {name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__": {...}},
// then raw little-endian data. Torch-free: only parses and validates.
#include "checkpoint/PickleValue.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace timbre::checkpoint {

struct SafetensorsEntry {
  std::string name;
  StorageDType dtype = StorageDType::Float;
  std::vector<int64_t> shape;
  uint64_t begin = 0;  // absolute byte offsets in the file
  uint64_t end = 0;
};

struct SafetensorsHeader {
  std::vector<SafetensorsEntry> entries;  // sorted by name
  nlohmann::json metadata = nlohmann::json::object();
};

bool looksLikeSafetensors(const uint8_t* data, size_t size);

// Throws CorruptFile / UnsupportedFormat naming displayName and the entry.
SafetensorsHeader parseSafetensors(const uint8_t* data, size_t size, const std::string& displayName);

}  // namespace timbre::checkpoint
