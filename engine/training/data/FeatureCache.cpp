#include "training/data/FeatureCache.h"

#include "tensor/Npy.h"
#include "training/data/AtomicFile.h"

#include <timbre/Error.h>

#include <nlohmann/json.hpp>
#include <openssl/evp.h>

#include <filesystem>
#include <memory>

#include <unistd.h>

namespace fs = std::filesystem;

namespace timbre::training::data {
namespace {

constexpr const char* kIndexName = "entry.json";

}  // namespace

FeatureKey& FeatureKey::add(const void* data, size_t size) {
  const uint64_t length = size;
  m_parts.append(reinterpret_cast<const char*>(&length), sizeof length);
  m_parts.append(static_cast<const char*>(data), size);
  return *this;
}

FeatureKey& FeatureKey::add(const std::string& part) { return add(part.data(), part.size()); }

std::string FeatureKey::hex() const {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), m_parts.data(), m_parts.size()) != 1 ||
      EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
    throw Error(ErrorCode::Internal, "SHA-256 computation failed");
  static const char* hexDigits = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out.push_back(hexDigits[digest[i] >> 4]);
    out.push_back(hexDigits[digest[i] & 15]);
  }
  return out;
}

std::optional<std::map<std::string, at::Tensor>> FeatureCache::find(const std::string& key) const {
  const fs::path entry = fs::path(m_folder) / key;
  std::error_code ec;
  if (!fs::is_regular_file(entry / kIndexName, ec)) return std::nullopt;
  try {
    const nlohmann::json index = nlohmann::json::parse(readWholeFile((entry / kIndexName).string()));
    std::map<std::string, at::Tensor> tensors;
    for (const auto& name : index.at("tensors")) {
      const std::string n = name.get<std::string>();
      tensors[n] = tensor::readNpy((entry / (n + ".npy")).string());
    }
    return tensors;
  } catch (const std::exception&) {
    return std::nullopt;  // a damaged entry is recomputed, and overwritten by store()
  }
}

void FeatureCache::store(const std::string& key, const std::map<std::string, at::Tensor>& tensors) const {
  const fs::path entry = fs::path(m_folder) / key;
  std::error_code ec;
  fs::create_directories(entry, ec);
  if (ec) throw Error(ErrorCode::Io, "cannot create the feature cache folder " + entry.string() + ": " + ec.message());
  nlohmann::json names = nlohmann::json::array();
  for (const auto& [name, value] : tensors) {
    const fs::path target = entry / (name + ".npy");
    const fs::path temporary = entry / (name + ".npy.tmp-" + std::to_string(::getpid()));
    tensor::writeNpy(temporary.string(), value);
    fs::rename(temporary, target, ec);
    if (ec) throw Error(ErrorCode::Io, "cannot write " + target.string() + ": " + ec.message());
    names.push_back(name);
  }
  writeFileAtomically((entry / kIndexName).string(), nlohmann::json{{"tensors", names}}.dump());
}

}  // namespace timbre::training::data
