#include "serve/ModelPool.h"

#include <algorithm>

namespace timbre::serve {

ModelPool::ModelPool(const pipeline::ModelPaths& paths, const pipeline::DeviceOptions& device, int workers,
                     const std::string& cacheFolder)
    : m_device(device), m_cache(cacheFolder) {
  for (int i = 0; i < std::max(1, workers); ++i)
    m_sets.push_back(std::make_unique<pipeline::VoiceModels>(pipeline::VoiceModels::load(paths, device)));
}

void ModelPool::reload(const pipeline::ModelPaths& paths) {
  std::lock_guard reloading(m_reloading);
  std::vector<std::unique_ptr<pipeline::VoiceModels>> fresh;
  for (std::size_t i = 0; i < m_sets.size(); ++i)
    fresh.push_back(std::make_unique<pipeline::VoiceModels>(pipeline::VoiceModels::load(paths, m_device)));
  std::unique_lock swap(m_swap);
  m_sets.swap(fresh);
  // The old sets are freed here, after the swap, still under the lock.
}

pipeline::ModelPaths ModelPool::paths() const {
  std::shared_lock lock(m_swap);
  return m_sets.front()->paths();
}

bool ModelPool::usesV1Phones() const {
  std::shared_lock lock(m_swap);
  return m_sets.front()->usesV1Phones();
}

}  // namespace timbre::serve
