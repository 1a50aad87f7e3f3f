#pragma once
// Fine-tuned weights in the official formats, so that the official WebUI loads
// what Timbre trains (and Timbre loads what it trains):
//  - SoVITS: process_ckpt.savee — {"weight": fp16 state dict without enc_q.*,
//    "config": the hps tree as a utils.HParams object, "info": "<E>epoch_<S>iteration"};
//    v1/v2 as a plain torch zip ("PK"), v2Pro/v2ProPlus with the first two
//    bytes replaced by "05"/"06" (my_save2).
//  - GPT: s1_train.my_model_ckpt — {"weight": fp16 OrderedDict of "model.…",
//    "config": the YAML dict, "info": "GPT-e<E>"}, plain torch zip.
// Both are written to a temporary name in the same folder and renamed, so a
// crash never leaves a half file under the final name. Timbre names the zip's
// internal top folder "timbre" (official files use a timestamp or "archive";
// every loader finds data.pkl through the central directory), which is how
// `inspect` tells a file Timbre wrote without adding anything to the pickle.
#include "checkpoint/Checkpoint.h"
#include "checkpoint/ModelIdentity.h"
#include "checkpoint/TorchSave.h"
#include "training/common/ParameterSet.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace timbre::training {

// The zip folder name that marks a file written by Timbre.
using checkpoint::kTimbreArchiveName;

// stateDict: net_g.state_dict() names in its order, any float dtype (written as fp16);
// keys containing "enc_q" are dropped here, as savee does. hps: {"train":{…},"data":{…},"model":{…},
// plus the plain top-level entries}; every JSON object becomes a utils.HParams,
// and "pretrain"/"resume_step" are added as None when absent (utils.get_hparams
// always sets them). A plain nlohmann::json has lost its key order: the keys of
// the official s2.json layout are written in that order, others after them by
// name. Pass an ordered_json to keep the caller's order exactly.
// version: v2Pro/v2ProPlus get the "05"/"06" header, the others start "PK".
// info: "<epoch>epoch_<step>iteration". Throws timbre::Error(Io) naming the path.
void saveSovitsWeights(const std::string& path, const OrderedTensors& stateDict, const nlohmann::json& hps,
                       const std::string& info, checkpoint::SovitsVersion version);
void saveSovitsWeights(const std::string& path, const OrderedTensors& stateDict, const nlohmann::ordered_json& hps,
                       const std::string& info, checkpoint::SovitsVersion version);

// stateDict: "model.…" names (written as fp16, as an OrderedDict); config:
// plain dict written in key-name order (the YAML round trip sorts it); info: "GPT-e<epoch>".
void saveGptWeights(const std::string& path, const OrderedTensors& stateDict, const nlohmann::json& config,
                    const std::string& info);

// The data.pkl bytes those functions write (for checks against official files).
std::vector<uint8_t> sovitsWeightsPickle(const OrderedTensors& stateDict, const nlohmann::json& hps, const std::string& info);
std::vector<uint8_t> sovitsWeightsPickle(const OrderedTensors& stateDict, const nlohmann::ordered_json& hps, const std::string& info);
std::vector<uint8_t> gptWeightsPickle(const OrderedTensors& stateDict, const nlohmann::json& config, const std::string& info);

}  // namespace timbre::training
