#include "pipeline/SharedVoiceModels.h"

#include <algorithm>
#include <filesystem>
#include <future>
#include <map>
#include <mutex>
#include <string>
#include <system_error>
#include <vector>

namespace timbre::pipeline {

namespace {

namespace fs = std::filesystem;

// "path size mtime" of a file; of a folder, the same for each file directly
// inside it (HuBERT and BERT are folders of config and weights).
std::string identity(const std::string& path) {
  if (path.empty()) return "-";
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(path, ec);
  const fs::path p = ec ? fs::path(path) : canonical;
  auto describe = [&](const fs::path& file) {
    std::error_code e;
    const auto size = fs::file_size(file, e);
    const auto time = fs::last_write_time(file, e).time_since_epoch().count();
    return file.string() + ' ' + std::to_string(e ? 0 : size) + ' ' + std::to_string(e ? 0 : time);
  };
  if (!fs::is_directory(p, ec)) return describe(p);
  std::vector<std::string> files;
  for (fs::directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec)) files.push_back(describe(it->path()));
  std::sort(files.begin(), files.end());
  std::string out = p.string() + '/';
  for (const auto& f : files) out += '\n' + f;
  return out;
}

std::string keyOf(const ModelPaths& paths, const DeviceOptions& options) {
  std::string key = options.device.str() + (options.halfPrecisionDecoder ? " fp16" : " fp32");
  for (const std::string* p : {&paths.gpt, &paths.sovits, &paths.hubert, &paths.bert, &paths.speaker})
    key += '\n' + identity(*p);
  return key;
}

struct Entry {
  std::weak_ptr<const VoiceModels> models;
  std::shared_future<std::shared_ptr<const VoiceModels>> loading;  // valid while a thread loads it
};

std::mutex g_mutex;
std::map<std::string, Entry> g_entries;

}  // namespace

std::shared_ptr<const VoiceModels> sharedVoiceModels(const ModelPaths& paths, const DeviceOptions& options) {
  const std::string key = keyOf(paths, options);
  std::promise<std::shared_ptr<const VoiceModels>> promise;
  std::shared_future<std::shared_ptr<const VoiceModels>> otherLoad;
  {
    std::lock_guard lock(g_mutex);
    std::erase_if(g_entries, [&](const auto& e) {
      return e.first != key && e.second.models.expired() && !e.second.loading.valid();
    });
    Entry& entry = g_entries[key];
    if (auto alive = entry.models.lock()) return alive;
    if (entry.loading.valid()) otherLoad = entry.loading;
    else entry.loading = promise.get_future().share();
  }
  if (otherLoad.valid()) return otherLoad.get();  // rethrows that load's error
  // This thread loads; the lock is not held meanwhile (loading takes seconds).
  try {
    auto models = std::make_shared<const VoiceModels>(VoiceModels::load(paths, options));
    {
      std::lock_guard lock(g_mutex);
      Entry& entry = g_entries[key];
      entry.models = models;
      entry.loading = {};
    }
    promise.set_value(models);
    return models;
  } catch (...) {
    {
      std::lock_guard lock(g_mutex);
      g_entries.erase(key);
    }
    promise.set_exception(std::current_exception());
    throw;
  }
}

}  // namespace timbre::pipeline
