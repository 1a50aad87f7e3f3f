#include "checkpoint/TorchArchive.h"

#include "timbre/Error.h"

#include <zip.h>

#include <unordered_set>

namespace timbre::checkpoint {
namespace {

constexpr uint64_t kMaxPickleBytes = uint64_t(64) << 20;  // real data.pkl files are well under 1 MiB
constexpr uint64_t kMaxDeflateRatio = 1032;                 // deflate cannot expand more than this
// torch.save stores entries uncompressed; a re-zipped file of float weights
// shrinks by a few percent at most. Deflated entries may together expand to
// 16 times the file plus 64 MiB: far above any real model, far below a zip bomb
// (a 3 MB file inflating to 3 GiB of zeros), and checked before inflating anything.
constexpr uint64_t kMaxDeflatedExpansion = 16;
constexpr uint64_t kDeflatedAllowanceBytes = uint64_t(64) << 20;

std::string zipErrorText(zip_error_t* error) {
  std::string text = zip_error_strerror(error);
  zip_error_fini(error);
  return text;
}

bool isVersionTag(uint8_t a, uint8_t b) { return a == '0' && b >= '0' && b <= '6'; }

}  // namespace

bool looksLikeTorchZip(const uint8_t* data, size_t size) {
  if (size < 4 || data[2] != 3 || data[3] != 4) return false;
  return (data[0] == 'P' && data[1] == 'K') || isVersionTag(data[0], data[1]);
}

TorchArchive::TorchArchive(std::vector<uint8_t> bytes, std::string displayName)
    : m_bytes(std::move(bytes)), m_name(std::move(displayName)) {
  if (m_bytes.size() < 22) throw Error(ErrorCode::CorruptFile, m_name + ": too short to be a zip archive (" + std::to_string(m_bytes.size()) + " bytes)");
  if (!looksLikeTorchZip(m_bytes.data(), m_bytes.size()))
    throw Error(ErrorCode::CorruptFile, m_name + ": offset 0: not a torch zip archive (wrong magic bytes)");
  if (!(m_bytes[0] == 'P' && m_bytes[1] == 'K')) {
    // GPT-SoVITS writes its version tag over "PK"; the central directory is untouched.
    m_headerTag.assign(reinterpret_cast<const char*>(m_bytes.data()), 2);
    m_bytes[0] = 'P';
    m_bytes[1] = 'K';
  }

  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(m_bytes.data(), m_bytes.size(), 0, &error);
  if (!source) throw Error(ErrorCode::Internal, m_name + ": cannot wrap the file for libzip: " + zipErrorText(&error));
  m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!m_zip) {
    zip_source_free(source);
    throw Error(ErrorCode::CorruptFile, m_name + ": not a readable zip archive: " + zipErrorText(&error));
  }
  zip_error_fini(&error);

  try {
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count <= 0) throw Error(ErrorCode::CorruptFile, m_name + ": the zip archive has no entries");
    std::string pickleName;
    size_t pickleDepth = SIZE_MAX;
    uint64_t inflatedBytes = 0;
    for (zip_int64_t k = 0; k < count; ++k) {
      zip_stat_t st;
      zip_stat_init(&st);
      if (zip_stat_index(m_zip, zip_uint64_t(k), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME) || !(st.valid & ZIP_STAT_SIZE) ||
          !(st.valid & ZIP_STAT_COMP_SIZE) || !(st.valid & ZIP_STAT_COMP_METHOD))
        throw Error(ErrorCode::CorruptFile, m_name + ": zip entry #" + std::to_string(k) + " has an unreadable header");
      const std::string name = st.name;
      // Sizes that lie: a stored entry must fit in the file; a deflated one cannot expand beyond deflate's limit.
      if (st.comp_method == ZIP_CM_STORE) {
        if (st.comp_size != st.size || st.size > m_bytes.size())
          throw Error(ErrorCode::CorruptFile, m_name + ": zip entry '" + name + "' claims " + std::to_string(st.size) +
                                                  " bytes, more than the file holds");
      } else if (st.comp_size > m_bytes.size() || st.size > st.comp_size * kMaxDeflateRatio + 1024) {
        throw Error(ErrorCode::CorruptFile, m_name + ": zip entry '" + name + "' claims an impossible size " + std::to_string(st.size));
      } else {
        inflatedBytes += st.size;
        const uint64_t allowed = kMaxDeflatedExpansion * m_bytes.size() + kDeflatedAllowanceBytes;
        if (inflatedBytes > allowed)
          throw Error(ErrorCode::UnsupportedFormat,
                      m_name + ": zip entry '" + name + "' would inflate to " + std::to_string(st.size) + " bytes from " +
                          std::to_string(st.comp_size) + " (compressed entries totalling " +
                          std::to_string(inflatedBytes) + " bytes in a " + std::to_string(m_bytes.size()) +
                          "-byte file); torch.save never compresses weights like that, so it is refused before "
                          "inflating (a zip bomb?)");
      }
      if (!m_entries.emplace(name, Entry{uint64_t(k), st.size}).second)
        throw Error(ErrorCode::CorruptFile, m_name + ": zip entry '" + name + "' appears twice");
      // <prefix>/data.pkl, with the shallowest prefix winning.
      const std::string suffix = "data.pkl";
      if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0 &&
          (name.size() == suffix.size() || name[name.size() - suffix.size() - 1] == '/')) {
        size_t depth = 0;
        for (char c : name) depth += c == '/';
        if (depth < pickleDepth) {
          pickleDepth = depth;
          pickleName = name;
        }
      }
    }
    if (pickleName.empty()) throw Error(ErrorCode::UnsupportedFormat, m_name + ": zip archive without a data.pkl entry (not a torch.save file)");
    m_prefix = pickleName.substr(0, pickleName.size() - std::string("data.pkl").size());
    if (!m_prefix.empty()) m_prefix.pop_back();  // drop the '/'
    const auto order = m_entries.find((m_prefix.empty() ? "" : m_prefix + "/") + "byteorder");
    if (order != m_entries.end()) {
      if (order->second.size > 16) throw Error(ErrorCode::CorruptFile, m_name + ": entry 'byteorder' is too large");
      std::string text(size_t(order->second.size), '\0');
      readEntry(order->first, order->second, reinterpret_cast<uint8_t*>(text.data()), order->second.size);
      if (text != "little") throw Error(ErrorCode::UnsupportedFormat, m_name + ": byte order '" + text + "' (only little-endian files are supported)");
    }
  } catch (...) {
    zip_discard(m_zip);
    m_zip = nullptr;
    throw;
  }
}

TorchArchive::~TorchArchive() {
  if (m_zip) zip_discard(m_zip);
}

void TorchArchive::readEntry(const std::string& name, const Entry& entry, uint8_t* dst, uint64_t size) const {
  zip_file_t* file = zip_fopen_index(m_zip, entry.index, 0);
  if (!file) throw Error(ErrorCode::CorruptFile, m_name + ": cannot open zip entry '" + name + "': " + zip_strerror(m_zip));
  uint64_t done = 0;
  while (done < size) {
    const zip_int64_t n = zip_fread(file, dst + done, size - done);
    if (n < 0) {
      const std::string why = zip_file_strerror(file);
      zip_fclose(file);
      throw Error(ErrorCode::CorruptFile, m_name + ": zip entry '" + name + "' at byte " + std::to_string(done) + ": " + why);
    }
    if (n == 0) break;
    done += uint64_t(n);
  }
  // Reading one more byte finishes the stream, which is when libzip checks the CRC.
  uint8_t extra;
  const zip_int64_t tail = zip_fread(file, &extra, 1);
  const std::string why = tail < 0 ? zip_file_strerror(file) : "";
  zip_fclose(file);
  if (tail < 0) throw Error(ErrorCode::CorruptFile, m_name + ": zip entry '" + name + "': " + why);
  if (done != size || tail != 0)
    throw Error(ErrorCode::CorruptFile, m_name + ": zip entry '" + name + "' holds a different number of bytes than its header says");
}

PickleResult TorchArchive::readPickle(const PickleLimits& limits) const {
  const std::string name = (m_prefix.empty() ? "" : m_prefix + "/") + "data.pkl";
  const Entry& entry = m_entries.at(name);
  if (entry.size > kMaxPickleBytes)
    throw Error(ErrorCode::UnsupportedFormat, m_name + ": entry '" + name + "' is " + std::to_string(entry.size) + " bytes (too large for a state dict pickle)");
  std::vector<uint8_t> pickle(size_t(entry.size));
  readEntry(name, entry, pickle.data(), entry.size);
  return unpickle(pickle.data(), pickle.size(), m_name + " (" + name + ")", limits);
}

const TorchArchive::Entry& TorchArchive::storageEntry(const StorageRef& storage) const {
  const std::string name = (m_prefix.empty() ? "" : m_prefix + "/") + "data/" + storage.key;
  const auto it = m_entries.find(name);
  if (it == m_entries.end()) throw Error(ErrorCode::CorruptFile, m_name + ": storage '" + storage.key + "' has no zip entry '" + name + "'");
  const uint64_t want = storage.numel * elementSize(storage.dtype);  // numel was range-checked by the pickle reader
  if (it->second.size != want)
    throw Error(ErrorCode::CorruptFile, m_name + ": zip entry '" + name + "' holds " + std::to_string(it->second.size) +
                                            " bytes, but the pickle promises " + std::to_string(storage.numel) + " " +
                                            dtypeName(storage.dtype) + " elements (" + std::to_string(want) + " bytes)");
  return it->second;
}

void TorchArchive::checkStorage(const StorageRef& storage) const { storageEntry(storage); }

void TorchArchive::readStorage(const StorageRef& storage, uint8_t* dst, uint64_t size) const {
  const Entry& entry = storageEntry(storage);
  if (size != entry.size) throw Error(ErrorCode::Internal, m_name + ": storage '" + storage.key + "' read with the wrong size");
  readEntry((m_prefix.empty() ? "" : m_prefix + "/") + "data/" + storage.key, entry, dst, size);
}

void checkAllStorages(const TorchArchive& archive, const Value* root) {
  // Iterative walk; the memo can make the tree a DAG or even cyclic.
  std::unordered_set<const Value*> seen;
  std::vector<const Value*> todo{root};
  std::map<std::string, StorageRef> storages;
  while (!todo.empty()) {
    const Value* v = todo.back();
    todo.pop_back();
    if (!v || !seen.insert(v).second) continue;
    if (v->kind == Value::Kind::Tensor) {
      auto [it, inserted] = storages.emplace(v->tensor.storage.key, v->tensor.storage);
      if (!inserted && (it->second.dtype != v->tensor.storage.dtype || it->second.numel != v->tensor.storage.numel))
        throw Error(ErrorCode::CorruptFile, archive.displayName() + ": storage '" + it->first + "' is described twice with different types or sizes");
    }
    for (const Value* item : v->items) todo.push_back(item);
    for (const auto& [k, val] : v->entries) {
      todo.push_back(k);
      todo.push_back(val);
    }
  }
  for (const auto& [key, storage] : storages) archive.checkStorage(storage);
}

}  // namespace timbre::checkpoint
