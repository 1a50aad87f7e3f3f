#pragma once
// Everything needed to resume a stage after a crash or a cancel: fp32
// parameters, the optimiser's state, the epoch reached and the generators'
// positions. Written as a torch zip of plain dicts and tensors (read back by
// checkpoint::loadCheckpoint, so resuming executes nothing from the file),
// to a temporary name first, then renamed.
#include "checkpoint/Checkpoint.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace timbre::training {

struct TrainingState {
  std::string stage;            // "sovits" or "gpt"
  int epoch = 0;                // last completed epoch (1-based)
  int64_t step = 0;             // optimiser updates done
  checkpoint::TensorMap parameters;                    // model name -> fp32 tensor (several models: prefix "G/", "D/")
  std::map<std::string, checkpoint::TensorMap> optimizers;  // optimiser name -> its state tensors by key
  nlohmann::json extra;         // schedules, scaler, RNG seeds, dataset fingerprint, options (plain JSON)
};

void saveTrainingState(const std::string& path, const TrainingState& state);
// Throws timbre::Error naming the file when it is not a Timbre training state.
TrainingState loadTrainingState(const std::string& path);

}  // namespace timbre::training
