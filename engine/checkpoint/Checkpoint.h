#pragma once
// A weight file loaded into named tensors plus its configuration tree, without
// executing anything from the file. Reads torch.save zip archives (.pth, .ckpt,
// pytorch_model.bin, with or without GPT-SoVITS's 2-byte version header) and
// .safetensors.
#include <ATen/core/Tensor.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace timbre::checkpoint {

using TensorMap = std::map<std::string, at::Tensor>;

struct Checkpoint {
  std::string path;           // what the caller named (a file, or an HF model folder)
  std::string weightPath;     // the weight file actually read (== path unless path is a folder)
  std::string stateDictKey;   // where the weights were: "weight", "generator", "state_dict" or "" (top level)
  std::string container;      // "torch-zip" or "safetensors"
  std::string headerTag;      // "" when the file starts with "PK"; "00".."06" for GPT-SoVITS's version header
  std::string archiveName;    // torch zip: the internal top folder ("archive", a timestamp; "timbre" when Timbre wrote it)
  uint64_t fileSizeBytes = 0;
  std::string md5First8KiB;   // lowercase hex MD5 of the first 8192 bytes (version detection)
  TensorMap tensors;          // the state dict: names as in the file, CPU, dtype as stored (fp16 stays fp16)
  std::vector<std::string> order;  // the state dict's names in the file's order (what a re-save keeps)
  nlohmann::json config;      // the "config" entry (HParams become objects); an HF folder's config.json; null when absent
  nlohmann::json metadata;    // other non-tensor top-level entries, e.g. {"info": "GPT-e8"}

  bool has(const std::string& name) const { return tensors.count(name) != 0; }
  // The tensor of that name; throws timbre::Error(ModelMismatch) naming the file and the tensor.
  const at::Tensor& tensor(const std::string& name) const;
};

// Throws timbre::Error (Io, CorruptFile, UnsupportedFormat, UnsafeContent) with
// a message naming the file, the entry or offset and the reason. `path` may also
// be a model folder: config.json plus model.safetensors, pytorch_model.bin or
// bigvgan_generator.pt.
Checkpoint loadCheckpoint(const std::string& path);

// The same from bytes already in memory (tests slice files this way); the
// path fields are set to displayName.
Checkpoint loadCheckpointFromMemory(std::vector<uint8_t> bytes, const std::string& displayName);

// Lowercase hex MD5 of the first 8192 bytes (all of them when shorter), as the
// official version detection hashes them.
std::string md5OfFirst8KiB(const uint8_t* data, size_t size);

}  // namespace timbre::checkpoint
