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
// crash never leaves a half file under the final name.
#include "checkpoint/Checkpoint.h"
#include "checkpoint/ModelIdentity.h"
#include "training/common/ParameterSet.h"

#include <nlohmann/json.hpp>

#include <string>

namespace timbre::training {

// stateDict: net_g.state_dict() names in its order, any float dtype (written as fp16);
// enc_q.* entries are dropped here. hps: {"train":{…},"data":{…},"model":{…},
// plus the plain top-level entries}; every JSON object becomes a utils.HParams.
void saveSovitsWeights(const std::string& path, const OrderedTensors& stateDict, const nlohmann::json& hps,
                       const std::string& info, checkpoint::SovitsVersion version);

// stateDict: "model.…" names (written as fp16); config: plain dict.
void saveGptWeights(const std::string& path, const OrderedTensors& stateDict, const nlohmann::json& config,
                    const std::string& info);

}  // namespace timbre::training
