#include "serve/ModelPool.h"

#include "pipeline/SharedVoiceModels.h"

namespace timbre::serve {

ModelPool::ModelPool(const pipeline::ModelPaths& paths, const pipeline::DeviceOptions& device,
                     const std::string& cacheFolder)
    : m_device(device), m_models(pipeline::sharedVoiceModels(paths, device)), m_cache(cacheFolder) {}

std::shared_ptr<const pipeline::VoiceModels> ModelPool::models() const {
  std::lock_guard lock(m_swap);
  return m_models;
}

void ModelPool::reload(const pipeline::ModelPaths& paths) {
  std::lock_guard reloading(m_reloading);
  auto fresh = pipeline::sharedVoiceModels(paths, m_device);
  std::lock_guard swap(m_swap);
  m_models.swap(fresh);
  // `fresh` now holds the old set: freed on return unless a synthesis still uses it.
}

pipeline::ModelPaths ModelPool::paths() const { return models()->paths(); }

bool ModelPool::usesV1Phones() const { return models()->usesV1Phones(); }

}  // namespace timbre::serve
