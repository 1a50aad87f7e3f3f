#pragma once
// The server's models: one set shared by every synthesis slot (syntheses only
// read it, so --max-concurrent N costs no more model memory than 1), taken from
// pipeline::sharedVoiceModels, so the studio's Serve API switch shares the
// studio's set too. /set_gpt_weights and /set_sovits_weights load the new set
// beside the old one and swap it in; syntheses already running finish with the
// set they started with, which is freed after the last of them.
#include <memory>
#include <mutex>

#include "pipeline/ReferenceCache.h"
#include "pipeline/VoiceModels.h"

namespace timbre::serve {

class ModelPool {
 public:
  // Throws timbre::Error as VoiceModels::load.
  ModelPool(const pipeline::ModelPaths& paths, const pipeline::DeviceOptions& device, const std::string& cacheFolder);

  // The current set; hold the pointer for the whole synthesis.
  std::shared_ptr<const pipeline::VoiceModels> models() const;
  pipeline::ReferenceCache& cache() { return m_cache; }

  // Loads the set `paths` describes and swaps it in. On an error the old set
  // stays. Throws timbre::Error.
  void reload(const pipeline::ModelPaths& paths);
  pipeline::ModelPaths paths() const;
  bool usesV1Phones() const;

 private:
  pipeline::DeviceOptions m_device;
  std::shared_ptr<const pipeline::VoiceModels> m_models;
  pipeline::ReferenceCache m_cache;  // keyed by content and model, shared by the slots
  mutable std::mutex m_swap;         // guards m_models
  std::mutex m_reloading;            // one reload at a time
};

}  // namespace timbre::serve
