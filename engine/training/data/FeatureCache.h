#pragma once
// Features of prepared clips kept between runs under the work folder, keyed by
// a SHA-256 of everything they depend on (the clip's samples, transcript,
// language, model version and the base models' identity), so a changed
// transcript or model never reuses stale features (the official pipeline
// skips existing 3-bert/4-cnhubert files and then fails on a length mismatch).
#include <ATen/core/Tensor.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace timbre::training::data {

// Hex SHA-256 over the parts, each length-prefixed so "ab"+"c" != "a"+"bc".
class FeatureKey {
 public:
  FeatureKey& add(const std::string& part);
  FeatureKey& add(const void* data, size_t size);
  std::string hex() const;

 private:
  std::string m_parts;  // length-prefixed parts, hashed in hex()
};

class FeatureCache {
 public:
  // folder: e.g. "<work>/features"; created when something is stored.
  explicit FeatureCache(std::string folder) : m_folder(std::move(folder)) {}

  // The named tensors stored under `key`, or nullopt when there is no complete entry.
  std::optional<std::map<std::string, at::Tensor>> find(const std::string& key) const;
  // Each tensor goes to a temporary name and is renamed; the entry counts as
  // complete only once its list of names is written last (also via rename).
  // Throws timbre::Error(Io) naming the folder.
  void store(const std::string& key, const std::map<std::string, at::Tensor>& tensors) const;

  const std::string& folder() const { return m_folder; }

 private:
  std::string m_folder;
};

}  // namespace timbre::training::data
