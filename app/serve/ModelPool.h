#pragma once
// The loaded models, one full set per synthesis worker: a VoiceModels is not
// safe to use from two syntheses at once, so --max-concurrent N loads N sets
// (N times the memory) and the RequestQueue hands each synthesis its own.
// /set_gpt_weights and /set_sovits_weights load new sets beside the old ones,
// then swap them in while no synthesis runs.
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <vector>

#include "pipeline/ReferenceCache.h"
#include "pipeline/VoiceModels.h"

namespace timbre::serve {

class ModelPool {
 public:
  // Loads `workers` sets. Throws timbre::Error as VoiceModels::load.
  ModelPool(const pipeline::ModelPaths& paths, const pipeline::DeviceOptions& device, int workers,
            const std::string& cacheFolder);

  // Held for the duration of a synthesis: a reload waits for it.
  std::shared_lock<std::shared_mutex> useLock() const { return std::shared_lock(m_swap); }
  // Valid while useLock() is held.
  const pipeline::VoiceModels& models(int worker) const { return *m_sets[std::size_t(worker)]; }
  pipeline::ReferenceCache& cache() { return m_cache; }

  // Loads the set `paths` describes for every worker and swaps it in. On an
  // error the old models stay. Throws timbre::Error.
  void reload(const pipeline::ModelPaths& paths);
  pipeline::ModelPaths paths() const;
  bool usesV1Phones() const;

 private:
  pipeline::DeviceOptions m_device;
  std::vector<std::unique_ptr<pipeline::VoiceModels>> m_sets;
  pipeline::ReferenceCache m_cache;  // keyed by content and model, shared by the workers
  mutable std::shared_mutex m_swap;
  std::mutex m_reloading;  // one reload at a time
};

}  // namespace timbre::serve
