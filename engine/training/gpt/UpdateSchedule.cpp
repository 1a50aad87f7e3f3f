#include "training/gpt/UpdateSchedule.h"

#include "timbre/Error.h"

#include <algorithm>

namespace timbre::training::gpt {

bool UpdateSchedule::updatesAfter(int64_t batchIndex, int64_t batchesPerEpoch) const {
  if (kind == UpdateScheduleKind::Compat) return batchIndex > 0 && batchIndex % 4 == 0;
  const int64_t k = std::max<int64_t>(1, accumulate);
  return (batchIndex + 1) % k == 0 || batchIndex == batchesPerEpoch - 1;
}

int64_t UpdateSchedule::updatesPerEpoch(int64_t batchesPerEpoch) const {
  int64_t n = 0;
  for (int64_t b = 0; b < batchesPerEpoch; ++b) n += updatesAfter(b, batchesPerEpoch) ? 1 : 0;
  return n;
}

UpdateScheduleKind UpdateSchedule::parseKind(const std::string& name) {
  if (name == "compat") return UpdateScheduleKind::Compat;
  if (name == "every-k") return UpdateScheduleKind::EveryK;
  throw Error(ErrorCode::InvalidArgument, "unknown GPT update schedule '" + name + "' (compat or every-k)");
}

std::string UpdateSchedule::kindName(UpdateScheduleKind kind) {
  return kind == UpdateScheduleKind::Compat ? "compat" : "every-k";
}

UpdatePlan planUpdates(const UpdateSchedule& schedule, int64_t batchesPerEpoch, int epochs) {
  UpdatePlan plan;
  std::vector<int64_t> pending;
  int64_t global = 0;
  for (int e = 0; e < epochs; ++e)
    for (int64_t b = 0; b < batchesPerEpoch; ++b, ++global) {
      pending.push_back(global);
      if (!schedule.updatesAfter(b, batchesPerEpoch)) continue;
      plan.updates.push_back({e, b, global, pending});
      pending.clear();
    }
  plan.neverStepped = pending;
  return plan;
}

}  // namespace timbre::training::gpt
