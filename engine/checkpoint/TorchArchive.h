#pragma once
// The zip side of a torch.save file, held in memory: finds `<prefix>/data.pkl`
// through the central directory (any prefix), restores GPT-SoVITS's 2-byte
// version header to "PK", decodes the pickle and reads storages from
// `<prefix>/data/<key>` after checking each entry's size against what the
// pickle promised. Torch-free (the fuzzer compiles it).
#include "checkpoint/Pickle.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

struct zip;

namespace timbre::checkpoint {

// True when the bytes start like a zip (PK\3\4) or like a GPT-SoVITS file with
// a version tag "00".."06" in place of "PK".
bool looksLikeTorchZip(const uint8_t* data, size_t size);

class TorchArchive {
 public:
  // Takes the whole file. Throws CorruptFile / UnsupportedFormat naming displayName.
  TorchArchive(std::vector<uint8_t> bytes, std::string displayName);
  ~TorchArchive();
  TorchArchive(const TorchArchive&) = delete;
  TorchArchive& operator=(const TorchArchive&) = delete;

  const std::string& displayName() const { return m_name; }
  const std::string& headerTag() const { return m_headerTag; }  // "" for PK, else "00".."06"
  const std::string& prefix() const { return m_prefix; }        // e.g. "archive" or "1712345678.9"
  const std::vector<uint8_t>& bytes() const { return m_bytes; } // the file with "PK" restored

  // Decodes data.pkl.
  PickleResult readPickle(const PickleLimits& limits = {}) const;

  // Throws CorruptFile unless `<prefix>/data/<key>` exists and holds exactly
  // numel * elementSize bytes.
  void checkStorage(const StorageRef& storage) const;
  // Reads the storage entry into dst (size must be numel * elementSize); checks the CRC.
  void readStorage(const StorageRef& storage, uint8_t* dst, uint64_t size) const;

 private:
  struct Entry {
    uint64_t index = 0;
    uint64_t size = 0;
  };
  const Entry& storageEntry(const StorageRef& storage) const;
  void readEntry(const std::string& name, const Entry& entry, uint8_t* dst, uint64_t size) const;

  std::vector<uint8_t> m_bytes;
  std::string m_name;
  std::string m_headerTag;
  std::string m_prefix;
  std::map<std::string, Entry> m_entries;
  zip* m_zip = nullptr;
};

// Walks a decoded pickle and calls checkStorage on every storage a tensor uses.
void checkAllStorages(const TorchArchive& archive, const Value* root);

}  // namespace timbre::checkpoint
