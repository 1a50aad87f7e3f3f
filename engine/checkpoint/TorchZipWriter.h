#pragma once
// The zip side of torch.save (PyTorchStreamWriter as in torch 1.13): stored,
// uncompressed entries `<archive>/<name>` whose data starts on a 64-byte
// boundary (an "FB" extra field of 'Z' padding), sizes and CRC in a data
// descriptor after each entry, then the central directory, a ZIP64 end record
// and the classic end record. GPT-SoVITS's v2Pro/v2ProPlus/v3/v4 files put a
// 2-byte version tag ("05", "06", "03", "04") in place of the leading "PK".
//
// The file is written under a temporary name in the target folder and renamed
// onto the target only by commit(), so a failed or interrupted write leaves any
// existing file untouched and no half file under the final name. Torch-free.
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace timbre::checkpoint {

class TorchZipWriter {
 public:
  // Creates the temporary file beside `path`. headerTag: "" or two characters.
  // Throws timbre::Error(Io) naming the path when the folder is missing or not writable.
  TorchZipWriter(std::string path, std::string archiveName = "archive", std::string headerTag = "");
  ~TorchZipWriter();  // removes the temporary file unless commit() succeeded
  TorchZipWriter(const TorchZipWriter&) = delete;
  TorchZipWriter& operator=(const TorchZipWriter&) = delete;

  // Appends `<archive>/<name>` holding `size` bytes.
  void addRecord(const std::string& name, const void* data, uint64_t size);
  // Appends the "version" record torch writes last ("3\n"), the central
  // directory and end records, flushes to disk and renames onto the path.
  void commit();

  const std::string& path() const { return m_path; }
  const std::string& temporaryPath() const { return m_tempPath; }

 private:
  struct Entry {
    std::string name;
    uint32_t crc = 0;
    uint64_t size = 0;
    uint64_t offset = 0;
  };
  void write(const void* data, size_t size);
  void fail(const std::string& what);  // closes and removes the temporary file, then throws

  std::string m_path;
  std::string m_tempPath;
  std::string m_archiveName;
  std::string m_headerTag;
  std::FILE* m_file = nullptr;
  uint64_t m_cursor = 0;
  std::vector<Entry> m_entries;
  bool m_committed = false;
};

// CRC-32 (zip / zlib polynomial), continuing from `crc`.
uint32_t crc32Update(uint32_t crc, const void* data, size_t size);

}  // namespace timbre::checkpoint
