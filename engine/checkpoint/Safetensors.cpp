#include "checkpoint/Safetensors.h"

#include "checkpoint/JsonDepth.h"
#include "timbre/Error.h"

#include <limits>
#include <algorithm>

namespace timbre::checkpoint {
namespace {

constexpr uint64_t kMaxHeaderBytes = uint64_t(100) << 20;

uint64_t headerLength(const uint8_t* data) {
  uint64_t n = 0;
  for (int k = 0; k < 8; ++k) n |= uint64_t(data[k]) << (8 * k);
  return n;
}

bool parseDType(const std::string& text, StorageDType& dtype) {
  static const std::pair<const char*, StorageDType> kTypes[] = {
      {"F16", StorageDType::Half},  {"BF16", StorageDType::BFloat16}, {"F32", StorageDType::Float},
      {"F64", StorageDType::Double}, {"I64", StorageDType::Long},     {"I32", StorageDType::Int},
      {"I16", StorageDType::Short}, {"I8", StorageDType::Char},       {"U8", StorageDType::Byte},
      {"BOOL", StorageDType::Bool}};
  for (const auto& [name, type] : kTypes) {
    if (text == name) {
      dtype = type;
      return true;
    }
  }
  return false;
}

}  // namespace

bool looksLikeSafetensors(const uint8_t* data, size_t size) {
  if (size < 10) return false;
  const uint64_t n = headerLength(data);
  return n >= 2 && n <= size - 8 && data[8] == '{';
}

SafetensorsHeader parseSafetensors(const uint8_t* data, size_t size, const std::string& displayName) {
  if (size < 8) throw Error(ErrorCode::CorruptFile, displayName + ": too short for a safetensors file (" + std::to_string(size) + " bytes)");
  const uint64_t n = headerLength(data);
  if (n > size - 8 || n > kMaxHeaderBytes)
    throw Error(ErrorCode::CorruptFile, displayName + ": offset 0: safetensors header length " + std::to_string(n) + " exceeds the file size " + std::to_string(size));
  requireShallowJson(reinterpret_cast<const char*>(data + 8), reinterpret_cast<const char*>(data + 8 + n),
                     displayName + ": offset 8: safetensors header");
  nlohmann::json header;
  try {
    header = nlohmann::json::parse(data + 8, data + 8 + n);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::CorruptFile, displayName + ": offset 8: safetensors header is not valid JSON: " + e.what());
  }
  if (!header.is_object()) throw Error(ErrorCode::CorruptFile, displayName + ": offset 8: safetensors header is not a JSON object");
  const uint64_t dataStart = 8 + n;
  const uint64_t dataSize = size - dataStart;
  SafetensorsHeader result;
  std::vector<std::pair<uint64_t, uint64_t>> ranges;
  for (auto it = header.begin(); it != header.end(); ++it) {
    const std::string& name = it.key();
    const auto& info = it.value();
    if (name == "__metadata__") {
      if (info.is_object()) result.metadata = info;
      continue;
    }
    const std::string where = displayName + ": tensor '" + name + "': ";
    if (!info.is_object() || !info.contains("dtype") || !info.contains("shape") || !info.contains("data_offsets"))
      throw Error(ErrorCode::CorruptFile, where + "needs dtype, shape and data_offsets");
    SafetensorsEntry entry;
    entry.name = name;
    if (!info["dtype"].is_string() || !parseDType(info["dtype"].get<std::string>(), entry.dtype))
      throw Error(ErrorCode::UnsupportedFormat, where + "unsupported dtype " + info["dtype"].dump());
    const auto& shape = info["shape"];
    const auto& offsets = info["data_offsets"];
    if (!shape.is_array() || shape.size() > 32) throw Error(ErrorCode::CorruptFile, where + "shape is not a short array");
    uint64_t numel = 1;
    for (const auto& dim : shape) {
      if (!dim.is_number_unsigned()) throw Error(ErrorCode::CorruptFile, where + "shape holds a non-integer or negative size");
      const uint64_t d = dim.get<uint64_t>();
      if (d > (uint64_t(1) << 62) || (d != 0 && numel > (uint64_t(1) << 62) / d)) throw Error(ErrorCode::CorruptFile, where + "element count overflows");
      numel *= d;
      entry.shape.push_back(int64_t(d));
    }
    if (!offsets.is_array() || offsets.size() != 2 || !offsets[0].is_number_unsigned() || !offsets[1].is_number_unsigned())
      throw Error(ErrorCode::CorruptFile, where + "data_offsets is not [begin, end]");
    const uint64_t begin = offsets[0].get<uint64_t>(), end = offsets[1].get<uint64_t>();
    if (begin > end || end > dataSize)
      throw Error(ErrorCode::CorruptFile, where + "data_offsets [" + std::to_string(begin) + ", " + std::to_string(end) +
                                              "] lie outside the " + std::to_string(dataSize) + " data bytes");
    if (end - begin != numel * elementSize(entry.dtype))
      throw Error(ErrorCode::CorruptFile, where + "data_offsets span " + std::to_string(end - begin) + " bytes, shape needs " +
                                              std::to_string(numel * elementSize(entry.dtype)));
    entry.begin = dataStart + begin;
    entry.end = dataStart + end;
    ranges.emplace_back(begin, end);
    result.entries.push_back(std::move(entry));
  }
  // Tensors may not overlap (the format forbids it; a lying header could alias them).
  std::sort(ranges.begin(), ranges.end());
  for (size_t k = 1; k < ranges.size(); ++k) {
    if (ranges[k].first < ranges[k - 1].second && ranges[k].first != ranges[k].second && ranges[k - 1].first != ranges[k - 1].second)
      throw Error(ErrorCode::CorruptFile, displayName + ": safetensors data ranges overlap at byte " + std::to_string(dataStart + ranges[k].first));
  }
  return result;
}

}  // namespace timbre::checkpoint
