#include "checkpoint/Checkpoint.h"

#include "checkpoint/CheckpointLayout.h"
#include "checkpoint/JsonDepth.h"
#include "checkpoint/Safetensors.h"
#include "checkpoint/TorchArchive.h"
#include "timbre/Error.h"

#include <ATen/ATen.h>
#include <openssl/evp.h>

#include <cstring>
#include <filesystem>
#include <fstream>

namespace timbre::checkpoint {
namespace {

namespace fs = std::filesystem;

at::ScalarType scalarType(StorageDType dtype) {
  switch (dtype) {
    case StorageDType::Half: return at::kHalf;
    case StorageDType::Float: return at::kFloat;
    case StorageDType::Double: return at::kDouble;
    case StorageDType::BFloat16: return at::kBFloat16;
    case StorageDType::Long: return at::kLong;
    case StorageDType::Int: return at::kInt;
    case StorageDType::Short: return at::kShort;
    case StorageDType::Char: return at::kChar;
    case StorageDType::Byte: return at::kByte;
    case StorageDType::Bool: return at::kBool;
  }
  return at::kFloat;
}

// torch treats any byte other than 0/1 in a bool tensor as undefined behaviour.
void checkBoolBytes(const at::Tensor& buffer, const std::string& what) {
  if (buffer.scalar_type() != at::kBool || buffer.numel() == 0) return;
  const auto* p = static_cast<const uint8_t*>(buffer.data_ptr());
  for (int64_t k = 0; k < buffer.numel(); ++k) {
    if (p[k] > 1) throw Error(ErrorCode::CorruptFile, what + ": bool element " + std::to_string(k) + " is neither 0 nor 1");
  }
}

std::vector<uint8_t> readWholeFile(const std::string& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) throw Error(ErrorCode::Io, path + ": cannot read: " + ec.message());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::Io, path + ": cannot open for reading");
  std::vector<uint8_t> bytes(static_cast<size_t>(size));
  if (size > 0 && !in.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(size)))
    throw Error(ErrorCode::Io, path + ": read failed after " + std::to_string(in.gcount()) + " of " + std::to_string(size) + " bytes");
  return bytes;
}

void loadTorchZip(std::vector<uint8_t> bytes, const std::string& name, Checkpoint& checkpoint) {
  TorchArchive archive(std::move(bytes), name);
  checkpoint.container = "torch-zip";
  checkpoint.headerTag = archive.headerTag();
  checkpoint.archiveName = archive.prefix();
  const PickleResult pickle = archive.readPickle();
  checkAllStorages(archive, pickle.root);
  CheckpointLayout layout = locateStateDict(pickle.root, name);
  checkpoint.stateDictKey = layout.stateDictKey;
  checkpoint.config = std::move(layout.config);
  checkpoint.metadata = std::move(layout.metadata);

  // One buffer per storage; tensors sharing a storage become views of it.
  std::map<std::string, at::Tensor> buffers;
  for (const auto& [tensorName, desc] : layout.tensors) {
    at::Tensor& buffer = buffers[desc->storage.key];
    if (!buffer.defined()) {
      buffer = at::empty({int64_t(desc->storage.numel)}, at::TensorOptions().dtype(scalarType(desc->storage.dtype)));
      const uint64_t size = desc->storage.numel * elementSize(desc->storage.dtype);
      if (size > 0) archive.readStorage(desc->storage, static_cast<uint8_t*>(buffer.data_ptr()), size);
      checkBoolBytes(buffer, name + ": storage '" + desc->storage.key + "'");
    }
    checkpoint.tensors[tensorName] = buffer.as_strided(desc->sizes, desc->strides, desc->storageOffset);
    checkpoint.order.push_back(tensorName);
  }
}

void loadSafetensors(const std::vector<uint8_t>& bytes, const std::string& name, Checkpoint& checkpoint) {
  const SafetensorsHeader header = parseSafetensors(bytes.data(), bytes.size(), name);
  checkpoint.container = "safetensors";
  checkpoint.metadata = header.metadata;
  for (const auto& entry : header.entries) {
    at::Tensor t = at::empty(entry.shape, at::TensorOptions().dtype(scalarType(entry.dtype)));
    if (entry.end > entry.begin) std::memcpy(t.data_ptr(), bytes.data() + entry.begin, size_t(entry.end - entry.begin));
    checkBoolBytes(t, name + ": tensor '" + entry.name + "'");
    checkpoint.tensors[entry.name] = std::move(t);
    checkpoint.order.push_back(entry.name);
  }
}

std::string hexByte(uint8_t b) {
  static const char* digits = "0123456789abcdef";
  return {digits[b >> 4], digits[b & 15]};
}

}  // namespace

const at::Tensor& Checkpoint::tensor(const std::string& name) const {
  const auto it = tensors.find(name);
  if (it == tensors.end()) throw Error(ErrorCode::ModelMismatch, path + ": tensor '" + name + "' is missing");
  return it->second;
}

std::string md5OfFirst8KiB(const uint8_t* data, size_t size) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  if (!ctx) throw Error(ErrorCode::Internal, "cannot create an MD5 context");
  const bool ok = EVP_DigestInit_ex(ctx, EVP_md5(), nullptr) == 1 && EVP_DigestUpdate(ctx, data, std::min<size_t>(size, 8192)) == 1 &&
                  EVP_DigestFinal_ex(ctx, digest, &length) == 1;
  EVP_MD_CTX_free(ctx);
  if (!ok) throw Error(ErrorCode::Internal, "MD5 computation failed");
  std::string hex;
  for (unsigned int k = 0; k < length; ++k) hex += hexByte(digest[k]);
  return hex;
}

Checkpoint loadCheckpointFromMemory(std::vector<uint8_t> bytes, const std::string& displayName) {
  Checkpoint checkpoint;
  checkpoint.path = displayName;
  checkpoint.weightPath = displayName;
  checkpoint.fileSizeBytes = bytes.size();
  checkpoint.md5First8KiB = md5OfFirst8KiB(bytes.data(), bytes.size());  // of the file as stored, header tag included

  const bool safetensorsName = displayName.size() >= 12 && displayName.compare(displayName.size() - 12, 12, ".safetensors") == 0;
  if (looksLikeTorchZip(bytes.data(), bytes.size())) {
    loadTorchZip(std::move(bytes), displayName, checkpoint);
  } else if (looksLikeSafetensors(bytes.data(), bytes.size()) || safetensorsName) {
    loadSafetensors(bytes, displayName, checkpoint);
  } else if (!bytes.empty() && bytes[0] == 0x80) {
    throw Error(ErrorCode::UnsupportedFormat, displayName + ": offset 0: a legacy (pre-1.6, non-zip) torch.save file; re-save it with a current torch");
  } else {
    std::string magic;
    for (size_t k = 0; k < std::min<size_t>(bytes.size(), 4); ++k) magic += (k ? " " : "") + hexByte(bytes[k]);
    throw Error(ErrorCode::CorruptFile, displayName + ": offset 0: unknown magic bytes [" + magic +
                                            "] (expected a torch zip 'PK', a GPT-SoVITS version tag '00'..'06' or a safetensors header)");
  }
  return checkpoint;
}

Checkpoint loadCheckpoint(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::string weights;
    for (const char* candidate : {"model.safetensors", "pytorch_model.bin", "bigvgan_generator.pt"}) {
      const fs::path file = fs::path(path) / candidate;
      if (fs::is_regular_file(file, ec)) {
        weights = file.string();
        break;
      }
    }
    if (weights.empty())
      throw Error(ErrorCode::UnsupportedFormat, path + ": folder holds no model.safetensors, pytorch_model.bin or bigvgan_generator.pt");
    Checkpoint checkpoint = loadCheckpointFromMemory(readWholeFile(weights), weights);
    checkpoint.path = path;
    const fs::path configPath = fs::path(path) / "config.json";
    if (fs::is_regular_file(configPath, ec)) {
      const std::vector<uint8_t> configBytes = readWholeFile(configPath.string());
      const char* text = reinterpret_cast<const char*>(configBytes.data());
      requireShallowJson(text, text + configBytes.size(), configPath.string());
      try {
        nlohmann::json config = nlohmann::json::parse(text, text + configBytes.size());
        if (checkpoint.config.is_null()) checkpoint.config = std::move(config);
      } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::CorruptFile, configPath.string() + ": not valid JSON: " + e.what());
      }
    }
    return checkpoint;
  }
  return loadCheckpointFromMemory(readWholeFile(path), path);
}

}  // namespace timbre::checkpoint
