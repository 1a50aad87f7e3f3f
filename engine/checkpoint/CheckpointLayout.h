#pragma once
// Where the weights are inside a decoded checkpoint and how its other entries
// become JSON. Torch-free: tensors stay descriptors here.
#include "checkpoint/PickleValue.h"

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace timbre::checkpoint {

struct CheckpointLayout {
  std::string stateDictKey;  // "weight", "generator", "state_dict" or "" (the top-level dict itself)
  std::vector<std::pair<std::string, const TensorDesc*>> tensors;  // flattened with "." joins, file order
  nlohmann::json config;     // top["config"] as JSON, null when absent
  nlohmann::json metadata;   // other non-tensor top-level entries, an object
};

// The state dict is top["weight"] if that is a dict holding tensors (GPT-SoVITS
// .pth/.ckpt), else top["generator"] (BigVGAN), else top["state_dict"], else the
// top-level dict (HF pytorch_model.bin, ERes2Net). Throws UnsupportedFormat /
// CorruptFile naming displayName.
CheckpointLayout locateStateDict(const Value* root, const std::string& displayName);

// Data → JSON: dicts and data-holder objects (utils.HParams) → objects, tuples/
// lists/sets → arrays, None → null, bytes → base64 string, tensors →
// {"tensor": {"dtype", "shape"}}. Depth and size are capped; invalid UTF-8 is replaced.
nlohmann::json toJson(const Value* value);

}  // namespace timbre::checkpoint
