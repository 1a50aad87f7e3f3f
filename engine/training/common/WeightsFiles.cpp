#include "training/common/WeightsFiles.h"

#include "checkpoint/TorchSave.h"
#include "timbre/Error.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

namespace timbre::training {
namespace {

namespace ck = timbre::checkpoint;

// Key order of the official SoVITS hps: configs/s2.json, then what webui.py
// adds, then utils.get_hparams' pretrain/resume_step. A plain nlohmann::json
// object forgets its order, so known keys are put back in this order; keys not
// listed follow in name order.
const std::map<std::string, std::vector<std::string>>& officialHpsOrder() {
  static const std::map<std::string, std::vector<std::string>> order = {
      {"", {"train", "data", "model", "s2_ckpt_dir", "content_module", "save_weight_dir", "name", "version", "pretrain", "resume_step"}},
      {"train",
       {"log_interval", "eval_interval", "seed", "epochs", "learning_rate", "betas", "eps", "batch_size", "fp16_run", "lr_decay",
        "segment_size", "init_lr_ratio", "warmup_epochs", "c_mel", "c_kl", "text_low_lr_rate", "grad_ckpt", "pretrained_s2G",
        "pretrained_s2D", "if_save_latest", "if_save_every_weights", "save_every_epoch", "gpu_numbers", "lora_rank"}},
      {"data",
       {"max_wav_value", "sampling_rate", "filter_length", "hop_length", "win_length", "n_mel_channels", "mel_fmin", "mel_fmax",
        "add_blank", "n_speakers", "cleaned_text", "exp_dir"}},
      {"model",
       {"inter_channels", "hidden_channels", "filter_channels", "n_heads", "n_layers", "kernel_size", "p_dropout", "resblock",
        "resblock_kernel_sizes", "resblock_dilation_sizes", "upsample_rates", "upsample_initial_channel", "upsample_kernel_sizes",
        "n_layers_q", "use_spectral_norm", "gin_channels", "semantic_frame_rate", "freeze_quantizer", "version"}},
  };
  return order;
}

template <typename Json>
std::vector<std::string> keysInOrder(const Json& object, const std::string& section) {
  std::vector<std::string> keys;
  if constexpr (std::is_same_v<Json, nlohmann::ordered_json>) {
    for (const auto& [key, value] : object.items()) keys.push_back(key);
  } else {
    const auto& table = officialHpsOrder();
    const auto known = table.find(section);
    if (known != table.end()) {
      for (const std::string& key : known->second) {
        if (object.contains(key)) keys.push_back(key);
      }
    }
    for (const auto& [key, value] : object.items()) {
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    }
  }
  return keys;
}

// A JSON value as Python holds it after json.load: dict/list/str/int/float/bool/None.
// writeObject writes a nested object (an HParams or a plain dict, by caller).
template <typename Json>
void writePlainValue(ck::PickleWriter& pickle, const Json& value, const std::function<void(const Json&, const std::string&)>& writeObject,
                     const std::string& section) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: pickle.none(); break;
    case nlohmann::json::value_t::boolean: pickle.boolean(value.template get<bool>()); break;
    case nlohmann::json::value_t::number_integer: pickle.integer(value.template get<int64_t>()); break;
    case nlohmann::json::value_t::number_unsigned: pickle.unsignedInteger(value.template get<uint64_t>()); break;
    case nlohmann::json::value_t::number_float: pickle.real(value.template get<double>()); break;
    case nlohmann::json::value_t::string: pickle.freshString(value.template get<std::string>()); break;
    case nlohmann::json::value_t::array:
      pickle.list(value.size(), [&](size_t k) { writePlainValue(pickle, value[k], writeObject, section); });
      break;
    case nlohmann::json::value_t::object: writeObject(value, section); break;
    default: throw Error(ErrorCode::InvalidArgument, "config entry '" + section + "': binary values cannot be saved");
  }
}

// utils.HParams: every JSON object becomes one, its attribute names interned
// (setattr interns them, so an equal name met again is the same object).
template <typename Json>
void writeHParams(ck::PickleWriter& pickle, const Json& object, const std::string& section) {
  const std::vector<std::string> keys = keysInOrder(object, section);
  const std::function<void(const Json&, const std::string&)> writeObject = [&pickle](const Json& nested, const std::string& name) {
    writeHParams(pickle, nested, name);
  };
  pickle.object("utils", "HParams", keys.size(), [&](size_t k) {
    pickle.internedString(keys[k]);
    writePlainValue(pickle, object[keys[k]], writeObject, section.empty() ? keys[k] : section + "." + keys[k]);
  });
}

// A YAML-loaded dict (GPT config): keys in the object's order, every key a fresh string.
void writePlainDict(ck::PickleWriter& pickle, const nlohmann::json& object, const std::string& section) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.push_back(key);
  const std::function<void(const nlohmann::json&, const std::string&)> writeObject = [&pickle](const nlohmann::json& nested,
                                                                                                 const std::string& name) {
    writePlainDict(pickle, nested, name);
  };
  pickle.dict(keys.size(), [&](size_t k) {
    pickle.freshString(keys[k]);
    writePlainValue(pickle, object[keys[k]], writeObject, section.empty() ? keys[k] : section + "." + keys[k]);
  });
}

std::string headerTagFor(ck::SovitsVersion version) {
  // process_ckpt.savee: my_save2 (tagged) for Pro versions, plain my_save otherwise.
  switch (version) {
    case ck::SovitsVersion::V2Pro: return "05";
    case ck::SovitsVersion::V2ProPlus: return "06";
    default: return "";
  }
}

// The record both official savers pickle: OrderedDict {"weight": …, "config": …, "info": str}.
using PickleStep = std::function<void(ck::PickleWriter&)>;
std::vector<uint8_t> weightsRecord(const PickleStep& weights, const PickleStep& config, const std::string& info) {
  ck::PickleWriter pickle;
  pickle.orderedDict(3, [&](size_t k) {
    if (k == 0) {
      pickle.internedString("weight");
      weights(pickle);
    } else if (k == 1) {
      pickle.internedString("config");
      config(pickle);
    } else {
      pickle.internedString("info");
      pickle.freshString(info);
    }
  });
  return pickle.finish();
}

template <typename Json>
std::vector<uint8_t> sovitsPickle(const OrderedTensors& stateDict, const Json& hps, const std::string& info, ck::TensorStore& store,
                                  const std::string& path) {
  if (!hps.is_object()) throw Error(ErrorCode::InvalidArgument, path + ": the SoVITS config (hps) must be an object");
  Json config = hps;
  // utils.get_hparams always adds these two; a config built elsewhere may lack them.
  for (const char* key : {"pretrain", "resume_step"}) {
    if (!config.contains(key)) config[key] = nullptr;
  }
  std::vector<const std::pair<std::string, at::Tensor>*> kept;
  for (const auto& entry : stateDict) {
    if (entry.first.find("enc_q") == std::string::npos) kept.push_back(&entry);  // savee drops every key containing "enc_q"
  }
  return weightsRecord(
      [&](ck::PickleWriter& pickle) {
        pickle.dict(kept.size(), [&](size_t j) {
          pickle.freshString(kept[j]->first);
          store.write(pickle, kept[j]->second, at::kHalf);
        });
      },
      [&](ck::PickleWriter& pickle) { writeHParams(pickle, config, ""); }, info);
}

}  // namespace

std::vector<uint8_t> sovitsWeightsPickle(const OrderedTensors& stateDict, const nlohmann::json& hps, const std::string& info) {
  ck::TensorStore store;
  return sovitsPickle(stateDict, hps, info, store, "SoVITS weights");
}

std::vector<uint8_t> sovitsWeightsPickle(const OrderedTensors& stateDict, const nlohmann::ordered_json& hps, const std::string& info) {
  ck::TensorStore store;
  return sovitsPickle(stateDict, hps, info, store, "SoVITS weights");
}

void saveSovitsWeights(const std::string& path, const OrderedTensors& stateDict, const nlohmann::json& hps, const std::string& info,
                       checkpoint::SovitsVersion version) {
  ck::TensorStore store;
  const std::vector<uint8_t> pickle = sovitsPickle(stateDict, hps, info, store, path);
  ck::writeTorchFile(path, pickle, store, headerTagFor(version), kTimbreArchiveName);
}

void saveSovitsWeights(const std::string& path, const OrderedTensors& stateDict, const nlohmann::ordered_json& hps, const std::string& info,
                       checkpoint::SovitsVersion version) {
  ck::TensorStore store;
  const std::vector<uint8_t> pickle = sovitsPickle(stateDict, hps, info, store, path);
  ck::writeTorchFile(path, pickle, store, headerTagFor(version), kTimbreArchiveName);
}

namespace {

std::vector<uint8_t> gptPickle(const OrderedTensors& stateDict, const nlohmann::json& config, const std::string& info, ck::TensorStore& store,
                               const std::string& path) {
  if (!config.is_object()) throw Error(ErrorCode::InvalidArgument, path + ": the GPT config must be an object");
  return weightsRecord(
      [&](ck::PickleWriter& pickle) {
        pickle.orderedDict(stateDict.size(), [&](size_t j) {
          pickle.freshString(stateDict[j].first);
          store.write(pickle, stateDict[j].second, at::kHalf);
        });
      },
      [&](ck::PickleWriter& pickle) { writePlainDict(pickle, config, ""); }, info);
}

}  // namespace

std::vector<uint8_t> gptWeightsPickle(const OrderedTensors& stateDict, const nlohmann::json& config, const std::string& info) {
  ck::TensorStore store;
  return gptPickle(stateDict, config, info, store, "GPT weights");
}

void saveGptWeights(const std::string& path, const OrderedTensors& stateDict, const nlohmann::json& config, const std::string& info) {
  ck::TensorStore store;
  const std::vector<uint8_t> pickle = gptPickle(stateDict, config, info, store, path);
  ck::writeTorchFile(path, pickle, store, "", kTimbreArchiveName);
}

}  // namespace timbre::training
