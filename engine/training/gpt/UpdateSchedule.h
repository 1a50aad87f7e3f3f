#pragma once
// When the GPT trainer applies its accumulated gradients. Each batch's summed
// loss is back-propagated and its gradients add up until an update; the sum is
// never divided by the number of batches (as in the official trainer).
#include <cstdint>
#include <string>
#include <vector>

namespace timbre::training::gpt {

enum class UpdateScheduleKind {
  // s1_train's training_step: update after batch_idx when batch_idx > 0 and
  // batch_idx % 4 == 0; batch_idx restarts each epoch and the gradients are not
  // cleared at epoch ends. An epoch of <= 4 batches never updates, and the last
  // batches of the run are never applied.
  Compat,
  // Timbre's default: update after every `accumulate` batches and after an
  // epoch's last batch. Every batch then reaches the weights and every epoch
  // makes at least one update, whereas few-shot sets (about 100 items, at most
  // 4-5 batches per epoch) make the official schedule update once per epoch or
  // never, so the "fine-tuned" GPT could be the pretrained one.
  EveryK,
};

struct UpdateSchedule {
  UpdateScheduleKind kind = UpdateScheduleKind::EveryK;
  int64_t accumulate = 4;  // EveryK only

  // True when the optimiser steps after batch `batchIndex` (0-based within its epoch).
  bool updatesAfter(int64_t batchIndex, int64_t batchesPerEpoch) const;
  // Updates a whole epoch makes.
  int64_t updatesPerEpoch(int64_t batchesPerEpoch) const;

  static UpdateSchedule compat() { return {UpdateScheduleKind::Compat, 4}; }
  // "compat" or "every-k"; throws timbre::Error(InvalidArgument) otherwise.
  static UpdateScheduleKind parseKind(const std::string& name);
  static std::string kindName(UpdateScheduleKind kind);
};

struct PlannedUpdate {
  int epoch = 0;                     // 0-based
  int64_t batchIndex = 0;            // within the epoch
  int64_t globalBatch = 0;           // counted over the run
  std::vector<int64_t> accumulated;  // global batches whose gradients this update applies
};

struct UpdatePlan {
  std::vector<PlannedUpdate> updates;
  std::vector<int64_t> neverStepped;  // global batches still pending when the run ends
};

UpdatePlan planUpdates(const UpdateSchedule& schedule, int64_t batchesPerEpoch, int epochs);

}  // namespace timbre::training::gpt
