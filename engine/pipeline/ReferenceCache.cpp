#include "pipeline/ReferenceCache.h"

#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

namespace timbre::pipeline {
namespace fs = std::filesystem;

namespace {

// An entry's "complete" marker carries its last use in its modification time,
// set from the clock (the file system's own stamps are too coarse to order
// uses a few milliseconds apart).
void markUsed(const fs::path& entry) {
  std::error_code ec;
  fs::last_write_time(entry / "complete", fs::file_time_type::clock::now(), ec);
}

std::uintmax_t folderBytes(const fs::path& folder) {
  std::uintmax_t total = 0;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code e;
    const auto size = it->file_size(e);
    if (!e) total += size;
  }
  return total;
}

}  // namespace

ReferenceCache::ReferenceCache(std::string diskFolder, std::size_t memoryEntries, std::uintmax_t diskBytes)
    : m_diskFolder(std::move(diskFolder)), m_capacity(std::max<std::size_t>(1, memoryEntries)), m_diskBytes(diskBytes) {}

std::string ReferenceCache::defaultDiskFolder() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::string(xdg) + "/timbre/references";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/timbre/references";
  return {};
}

std::optional<ReferenceFeatures> ReferenceCache::find(const std::string& key) {
  std::lock_guard lock(m_mutex);
  for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
    if (it->first != key) continue;
    m_entries.splice(m_entries.begin(), m_entries, it);
    return m_entries.front().second;
  }
  if (m_diskFolder.empty()) return std::nullopt;
  const fs::path dir = fs::path(m_diskFolder) / key;
  if (!fs::is_regular_file(dir / "complete")) return std::nullopt;
  try {
    ReferenceFeatures f;
    if (fs::exists(dir / "prompt_codes.npy")) f.promptCodes = tensor::readNpy((dir / "prompt_codes.npy").string());
    f.refSpec = tensor::readNpy((dir / "ref_spec.npy").string());
    if (fs::exists(dir / "sv_embedding.npy")) f.svEmbedding = tensor::readNpy((dir / "sv_embedding.npy").string());
    const at::Tensor span = tensor::readNpy((dir / "span.npy").string());
    f.startSeconds = span[0].item<double>();
    f.seconds = span[1].item<double>();
    markUsed(dir);
    m_entries.emplace_front(key, f);
    if (m_entries.size() > m_capacity) m_entries.pop_back();
    return f;
  } catch (const Error&) {
    return std::nullopt;  // damaged entry: recompute and overwrite
  }
}

void ReferenceCache::store(const std::string& key, const ReferenceFeatures& features) {
  std::lock_guard lock(m_mutex);
  m_entries.emplace_front(key, features);
  if (m_entries.size() > m_capacity) m_entries.pop_back();
  if (m_diskFolder.empty()) return;
  // Written into a temporary folder and renamed, so a crash never leaves a
  // half-written entry under the real key.
  std::error_code ec;
  const fs::path dir = fs::path(m_diskFolder) / key;
  const fs::path tmp = fs::path(m_diskFolder) / (key + ".partial");
  fs::remove_all(tmp, ec);
  if (!fs::create_directories(tmp, ec) && ec) return;  // a cache that cannot be written is only slower
  try {
    if (features.promptCodes.defined()) tensor::writeNpy((tmp / "prompt_codes.npy").string(), features.promptCodes);
    tensor::writeNpy((tmp / "ref_spec.npy").string(), features.refSpec);
    if (features.svEmbedding.defined()) tensor::writeNpy((tmp / "sv_embedding.npy").string(), features.svEmbedding);
    tensor::writeNpy((tmp / "span.npy").string(),
                     at::tensor(std::vector<double>{features.startSeconds, features.seconds}, at::kDouble));
    std::ofstream((tmp / "complete").string()) << "1\n";
    markUsed(tmp);
    fs::remove_all(dir, ec);
    fs::rename(tmp, dir, ec);
  } catch (const Error&) {
    fs::remove_all(tmp, ec);
  }
  trimDisk();
}

void ReferenceCache::trimDisk() {
  struct DiskEntry {
    fs::path path;
    fs::file_time_type lastUse;
    std::uintmax_t bytes;
  };
  std::vector<DiskEntry> entries;
  std::uintmax_t total = 0;
  std::error_code ec;
  for (fs::directory_iterator it(m_diskFolder, ec), end; !ec && it != end; it.increment(ec)) {
    // Only finished entries count; another process may be writing a .partial one.
    if (it->path().extension() == ".partial") continue;
    std::error_code e;
    const auto lastUse = fs::last_write_time(it->path() / "complete", e);
    if (e) continue;
    entries.push_back({it->path(), lastUse, folderBytes(it->path())});
    total += entries.back().bytes;
  }
  std::sort(entries.begin(), entries.end(), [](const DiskEntry& a, const DiskEntry& b) { return a.lastUse < b.lastUse; });
  for (const DiskEntry& e : entries) {
    if (total <= m_diskBytes) break;
    fs::remove_all(e.path, ec);
    total -= e.bytes;
  }
}

}  // namespace timbre::pipeline
