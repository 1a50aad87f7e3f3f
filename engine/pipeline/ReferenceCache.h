#pragma once
// Remembers reference features by content, so synthesising again with the same
// voice skips HuBERT, the spectrogram and the speaker model: in memory for the
// session and, when a folder is given, on disk across sessions (one folder of
// .npy files per key). A damaged disk entry is ignored and recomputed. The disk
// folder is kept under a size limit: after each store the least recently used
// entries go (a 10 s reference takes about 1.3 MB, so the default keeps ~200).
#include "pipeline/ReferenceFeatures.h"

#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

namespace timbre::pipeline {

class ReferenceCache {
 public:
  static constexpr std::uintmax_t kDefaultDiskBytes = 256ull << 20;

  // diskFolder empty: memory only. memoryEntries: how many voices stay in memory.
  // diskBytes: the most the disk entries may take together.
  explicit ReferenceCache(std::string diskFolder = {}, std::size_t memoryEntries = 16,
                          std::uintmax_t diskBytes = kDefaultDiskBytes);

  std::optional<ReferenceFeatures> find(const std::string& key);
  void store(const std::string& key, const ReferenceFeatures& features);

  const std::string& diskFolder() const { return m_diskFolder; }
  // $XDG_CACHE_HOME/timbre/references, or ~/.cache/timbre/references.
  static std::string defaultDiskFolder();

 private:
  // Removes the least recently used disk entries until the rest fit diskBytes.
  void trimDisk();

  std::string m_diskFolder;
  std::size_t m_capacity;
  std::uintmax_t m_diskBytes;
  std::list<std::pair<std::string, ReferenceFeatures>> m_entries;  // most recent first
  std::mutex m_mutex;
};

}  // namespace timbre::pipeline
