#include "training/common/TrainingState.h"

#include "checkpoint/TorchSave.h"
#include "timbre/Error.h"

#include <ATen/ATen.h>

#include <vector>

namespace timbre::training {
namespace {

namespace ck = timbre::checkpoint;

// The top-level entry that says what the file is; its value changes when the layout does.
constexpr const char* kFormatKey = "timbre_training_state";
constexpr int kFormatVersion = 1;

void writeTensorDict(ck::PickleWriter& pickle, ck::TensorStore& store, const ck::TensorMap& tensors) {
  std::vector<const std::pair<const std::string, at::Tensor>*> entries;
  for (const auto& entry : tensors) entries.push_back(&entry);
  pickle.dict(entries.size(), [&](size_t k) {
    pickle.freshString(entries[k]->first);
    store.write(pickle, entries[k]->second);  // dtype kept: fp32 parameters, int64 step counters, …
  });
}

}  // namespace

void saveTrainingState(const std::string& path, const TrainingState& state) {
  for (const auto& [name, tensors] : state.optimizers) {
    // Names are joined with '.' when the file is read back, so the optimiser name must not contain one.
    if (name.empty() || name.find('.') != std::string::npos)
      throw Error(ErrorCode::InvalidArgument, path + ": optimiser name '" + name + "' must be non-empty and contain no '.'");
  }
  ck::TensorStore store;
  ck::PickleWriter pickle;
  std::vector<std::string> optimizerNames;
  for (const auto& [name, tensors] : state.optimizers) optimizerNames.push_back(name);
  // Plain dicts, strings, ints and tensors only: checkpoint::loadCheckpoint reads it without running anything.
  pickle.dict(8, [&](size_t k) {
    switch (k) {
      case 0: pickle.freshString(kFormatKey); pickle.integer(kFormatVersion); break;
      case 1: pickle.freshString("stage"); pickle.freshString(state.stage); break;
      case 2: pickle.freshString("epoch"); pickle.integer(state.epoch); break;
      case 3: pickle.freshString("step"); pickle.integer(state.step); break;
      // JSON text keeps every number exactly (uint64 seeds, int vs float) whatever the pickle reader makes of it.
      case 4: pickle.freshString("extra"); pickle.freshString(state.extra.dump()); break;
      case 5: pickle.freshString("parameters"); writeTensorDict(pickle, store, state.parameters); break;
      case 6:
        pickle.freshString("optimizers");
        pickle.dict(optimizerNames.size(), [&](size_t j) {
          pickle.freshString(optimizerNames[j]);
          writeTensorDict(pickle, store, state.optimizers.at(optimizerNames[j]));
        });
        break;
      // The names again, so that an optimiser without state tensors (before its first step) comes back too.
      case 7:
        pickle.freshString("optimizer_names");
        pickle.list(optimizerNames.size(), [&](size_t j) { pickle.freshString(optimizerNames[j]); });
        break;
    }
  });
  ck::writeTorchFile(path, pickle.finish(), store, "", ck::kTimbreArchiveName);
}

TrainingState loadTrainingState(const std::string& path) {
  const ck::Checkpoint file = ck::loadCheckpoint(path);
  const nlohmann::json& meta = file.metadata;
  if (!meta.is_object() || !meta.contains(kFormatKey) || !meta[kFormatKey].is_number_integer())
    throw Error(ErrorCode::UnsupportedFormat, path + ": not a Timbre training state (no '" + std::string(kFormatKey) + "' entry)");
  if (meta[kFormatKey].get<int>() != kFormatVersion)
    throw Error(ErrorCode::UnsupportedFormat, path + ": training state format " + std::to_string(meta[kFormatKey].get<int>()) +
                                                   " is not the one this Timbre reads (" + std::to_string(kFormatVersion) + ")");
  auto field = [&](const char* key) -> const nlohmann::json& {
    if (!meta.contains(key)) throw Error(ErrorCode::CorruptFile, path + ": training state lacks the entry '" + std::string(key) + "'");
    return meta[key];
  };
  TrainingState state;
  try {
    state.stage = field("stage").get<std::string>();
    state.epoch = field("epoch").get<int>();
    state.step = field("step").get<int64_t>();
    state.extra = nlohmann::json::parse(field("extra").get<std::string>());
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::CorruptFile, path + ": training state entry of the wrong type: " + e.what());
  }
  const std::string parametersPrefix = "parameters.";
  const std::string optimizersPrefix = "optimizers.";
  for (const std::string& name : file.order) {
    const at::Tensor& tensor = file.tensors.at(name);
    if (name.rfind(parametersPrefix, 0) == 0) {
      state.parameters[name.substr(parametersPrefix.size())] = tensor;
    } else if (name.rfind(optimizersPrefix, 0) == 0) {
      const std::string rest = name.substr(optimizersPrefix.size());
      const size_t dot = rest.find('.');
      if (dot == std::string::npos || dot == 0)
        throw Error(ErrorCode::CorruptFile, path + ": optimiser tensor '" + name + "' has no optimiser name");
      state.optimizers[rest.substr(0, dot)][rest.substr(dot + 1)] = tensor;
    } else {
      throw Error(ErrorCode::CorruptFile, path + ": unexpected tensor '" + name + "' in a training state");
    }
  }
  if (meta.contains("optimizer_names") && meta["optimizer_names"].is_array()) {
    for (const auto& name : meta["optimizer_names"]) {
      if (name.is_string()) state.optimizers[name.get<std::string>()];
    }
  }
  return state;
}

}  // namespace timbre::training
