#pragma once
// Remembers reference features by content, so synthesising again with the same
// voice skips HuBERT, the spectrogram and the speaker model: in memory for the
// session and, when a folder is given, on disk across sessions (one folder of
// .npy files per key). A damaged disk entry is ignored and recomputed.
#include "pipeline/ReferenceFeatures.h"

#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

namespace timbre::pipeline {

class ReferenceCache {
 public:
  // diskFolder empty: memory only. memoryEntries: how many voices stay in memory.
  explicit ReferenceCache(std::string diskFolder = {}, std::size_t memoryEntries = 16);

  std::optional<ReferenceFeatures> find(const std::string& key);
  void store(const std::string& key, const ReferenceFeatures& features);

  const std::string& diskFolder() const { return m_diskFolder; }
  // $XDG_CACHE_HOME/timbre/references, or ~/.cache/timbre/references.
  static std::string defaultDiskFolder();

 private:
  std::string m_diskFolder;
  std::size_t m_capacity;
  std::list<std::pair<std::string, ReferenceFeatures>> m_entries;  // most recent first
  std::mutex m_mutex;
};

}  // namespace timbre::pipeline
