#include "checkpoint/TorchZipWriter.h"

#include "timbre/Error.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace timbre::checkpoint {
namespace {

namespace fs = std::filesystem;

// torch aligns every record's data to this many bytes so that it can be mapped directly.
constexpr uint64_t kAlignment = 64;
constexpr uint64_t kLocalHeaderSize = 30;
constexpr uint16_t kFlagsDescriptorUtf8 = 0x0808;  // sizes in a data descriptor, UTF-8 names
constexpr uint64_t kMax32 = 0xffffffffull;

std::array<uint32_t, 256> makeCrcTable() {
  std::array<uint32_t, 256> table{};
  for (uint32_t n = 0; n < 256; ++n) {
    uint32_t c = n;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
  return table;
}

void putLe(std::vector<uint8_t>& out, uint64_t value, int bytes) {
  for (int k = 0; k < bytes; ++k) out.push_back(uint8_t(value >> (8 * k)));
}

std::string randomSuffix() {
  static const char* digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::random_device device;
  std::mt19937 rng(device());
  std::string s;
  for (int k = 0; k < 8; ++k) s += digits[rng() % 36];
  return s;
}

}  // namespace

uint32_t crc32Update(uint32_t crc, const void* data, size_t size) {
  static const std::array<uint32_t, 256> table = makeCrcTable();
  const auto* p = static_cast<const uint8_t*>(data);
  crc = ~crc;
  for (size_t k = 0; k < size; ++k) crc = table[(crc ^ p[k]) & 0xff] ^ (crc >> 8);
  return ~crc;
}

TorchZipWriter::TorchZipWriter(std::string path, std::string archiveName, std::string headerTag)
    : m_path(std::move(path)), m_archiveName(std::move(archiveName)), m_headerTag(std::move(headerTag)) {
  if (!m_headerTag.empty() && m_headerTag.size() != 2)
    throw Error(ErrorCode::InvalidArgument, m_path + ": the version header must be two characters, not '" + m_headerTag + "'");
  const fs::path target(m_path);
  if (target.filename().empty()) throw Error(ErrorCode::InvalidArgument, m_path + ": not a file name");
  const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code ec;
  if (!fs::is_directory(folder, ec))
    throw Error(ErrorCode::Io, m_path + ": cannot write: the folder '" + folder.string() + "' does not exist");
  // A hidden name in the same folder, so that the final rename stays on one file system.
  for (int attempt = 0; attempt < 16 && !m_file; ++attempt) {
    m_tempPath = (folder / ("." + target.filename().string() + ".partial-" + randomSuffix())).string();
    m_file = std::fopen(m_tempPath.c_str(), "wbx");
    if (!m_file && errno != EEXIST) break;
  }
  if (!m_file) {
    const int error = errno;
    throw Error(ErrorCode::Io, m_path + ": cannot create a file in the folder '" + folder.string() + "': " + std::strerror(error));
  }
}

TorchZipWriter::~TorchZipWriter() {
  if (m_file) std::fclose(m_file);
  if (!m_committed && !m_tempPath.empty()) {
    std::error_code ec;
    fs::remove(m_tempPath, ec);
  }
}

void TorchZipWriter::fail(const std::string& what) {
  const int error = errno;
  if (m_file) std::fclose(m_file);
  m_file = nullptr;
  std::error_code ec;
  fs::remove(m_tempPath, ec);
  throw Error(ErrorCode::Io, m_path + ": " + what + (error ? std::string(": ") + std::strerror(error) : std::string()));
}

void TorchZipWriter::write(const void* data, size_t size) {
  if (!m_file) throw Error(ErrorCode::Internal, m_path + ": write after the file was closed");
  errno = 0;
  if (size > 0 && std::fwrite(data, 1, size, m_file) != size) fail("write failed after " + std::to_string(m_cursor) + " bytes");
  m_cursor += size;
}

void TorchZipWriter::addRecord(const std::string& name, const void* data, uint64_t size) {
  if (m_committed) throw Error(ErrorCode::Internal, m_path + ": record '" + name + "' added after commit");
  const std::string fullName = m_archiveName + "/" + name;
  if (size >= kMax32 || m_cursor >= kMax32) {
    errno = 0;
    fail("'" + fullName + "' would lie beyond 4 GiB; ZIP64 entries are not written");
  }
  Entry entry{fullName, crc32Update(0, data, size_t(size)), size, m_cursor};

  const uint64_t dataStart = m_cursor + kLocalHeaderSize + fullName.size() + 4;
  const uint64_t padding = (kAlignment - dataStart % kAlignment) % kAlignment;
  std::vector<uint8_t> header;
  putLe(header, 0x04034b50, 4);
  putLe(header, 0, 2);  // version needed
  putLe(header, kFlagsDescriptorUtf8, 2);
  putLe(header, 0, 2);  // stored
  putLe(header, 0, 4);  // time, date
  putLe(header, 0, 4);  // crc, sizes: in the descriptor
  putLe(header, 0, 4);
  putLe(header, 0, 4);
  putLe(header, fullName.size(), 2);
  putLe(header, 4 + padding, 2);
  header.insert(header.end(), fullName.begin(), fullName.end());
  header.push_back('F');
  header.push_back('B');
  putLe(header, padding, 2);
  header.insert(header.end(), size_t(padding), uint8_t('Z'));
  if (m_entries.empty() && !m_headerTag.empty()) {
    header[0] = uint8_t(m_headerTag[0]);
    header[1] = uint8_t(m_headerTag[1]);
  }
  write(header.data(), header.size());
  write(data, size_t(size));

  std::vector<uint8_t> descriptor;
  putLe(descriptor, 0x08074b50, 4);
  putLe(descriptor, entry.crc, 4);
  putLe(descriptor, size, 4);
  putLe(descriptor, size, 4);
  write(descriptor.data(), descriptor.size());
  m_entries.push_back(std::move(entry));
}

void TorchZipWriter::commit() {
  if (m_committed) return;
  static const char kVersion[] = "3\n";
  addRecord("version", kVersion, 2);

  const uint64_t directoryOffset = m_cursor;
  std::vector<uint8_t> directory;
  for (const Entry& e : m_entries) {
    putLe(directory, 0x02014b50, 4);
    putLe(directory, 0, 2);  // made by
    putLe(directory, 0, 2);  // needed
    putLe(directory, kFlagsDescriptorUtf8, 2);
    putLe(directory, 0, 2);  // stored
    putLe(directory, 0, 4);  // time, date
    putLe(directory, e.crc, 4);
    putLe(directory, e.size, 4);
    putLe(directory, e.size, 4);
    putLe(directory, e.name.size(), 2);
    putLe(directory, 0, 2);  // extra
    putLe(directory, 0, 2);  // comment
    putLe(directory, 0, 2);  // disk
    putLe(directory, 0, 2);  // internal attributes
    putLe(directory, 0, 4);  // external attributes
    putLe(directory, e.offset, 4);
    directory.insert(directory.end(), e.name.begin(), e.name.end());
  }
  const uint64_t directorySize = directory.size();
  const uint64_t zip64EndOffset = directoryOffset + directorySize;
  if (zip64EndOffset >= kMax32) {
    errno = 0;
    fail("the archive would exceed 4 GiB; ZIP64 offsets are not written");
  }
  // ZIP64 end of central directory record and locator, as torch's miniz writes them.
  putLe(directory, 0x06064b50, 4);
  putLe(directory, 44, 8);
  putLe(directory, 0x031e, 2);
  putLe(directory, 0x2d, 2);
  putLe(directory, 0, 4);
  putLe(directory, 0, 4);
  putLe(directory, m_entries.size(), 8);
  putLe(directory, m_entries.size(), 8);
  putLe(directory, directorySize, 8);
  putLe(directory, directoryOffset, 8);
  putLe(directory, 0x07064b50, 4);
  putLe(directory, 0, 4);
  putLe(directory, zip64EndOffset, 8);
  putLe(directory, 1, 4);
  // Classic end record.
  putLe(directory, 0x06054b50, 4);
  putLe(directory, 0, 2);
  putLe(directory, 0, 2);
  putLe(directory, std::min<uint64_t>(m_entries.size(), 0xffff), 2);
  putLe(directory, std::min<uint64_t>(m_entries.size(), 0xffff), 2);
  putLe(directory, directorySize, 4);
  putLe(directory, directoryOffset, 4);
  putLe(directory, 0, 2);
  write(directory.data(), directory.size());

  errno = 0;
  if (std::fflush(m_file) != 0) fail("flushing failed");
#ifndef _WIN32
  if (::fsync(fileno(m_file)) != 0) fail("syncing to disk failed");
#endif
  const int closed = std::fclose(m_file);
  m_file = nullptr;
  if (closed != 0) fail("closing failed");
  std::error_code ec;
  fs::rename(m_tempPath, m_path, ec);
  if (ec) {
    const std::string reason = ec.message();
    fs::remove(m_tempPath, ec);
    throw Error(ErrorCode::Io, m_path + ": cannot put the finished file in place: " + reason);
  }
  m_committed = true;
}

}  // namespace timbre::checkpoint
