#include "training/data/ModelFingerprint.h"

#include "training/data/FeatureCache.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

namespace fs = std::filesystem;

namespace timbre::training::data {
namespace {

void addFile(FeatureKey& key, const fs::path& file, const std::string& label) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  key.add(label).add(std::to_string(ec ? 0 : size));
  std::ifstream in(file, std::ios::binary);
  std::string head(64 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(std::max<std::streamsize>(0, in.gcount())));
  key.add(head);
}

}  // namespace

std::string modelFingerprint(const std::string& path) {
  if (path.empty()) return {};
  FeatureKey key;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(path, ec))
      if (entry.is_regular_file(ec)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) addFile(key, file, file.filename().string());
  } else {
    addFile(key, path, "file");
  }
  return key.hex();
}

}  // namespace timbre::training::data
