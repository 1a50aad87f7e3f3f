#pragma once
// torch.save for Timbre's own writers: tensors go into a PickleWriter as
// storage references and their bytes into a TorchZipWriter, the way
// torch.save lays them out (storage keys "0", "1", … in pickle order, records
// in the string order of the keys, one storage per tensor, location "cpu").
#include "checkpoint/PickleWriter.h"

#include <ATen/core/Tensor.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace timbre::checkpoint {

// The zip folder name Timbre gives the files it writes. Official files use a
// timestamp or "archive", and every loader finds data.pkl through the central
// directory, so the name marks Timbre's files without touching their content.
inline constexpr const char* kTimbreArchiveName = "timbre";

class TensorStore {
 public:
  // Writes the tensor into the pickle and keeps a contiguous CPU copy of it
  // (converted to `as` when given, e.g. at::kHalf for the fp16 weight files).
  void write(PickleWriter& pickle, const at::Tensor& tensor, std::optional<at::ScalarType> as = std::nullopt);
  const std::vector<std::pair<std::string, at::Tensor>>& storages() const { return m_storages; }

 private:
  std::vector<std::pair<std::string, at::Tensor>> m_storages;
};

// The storage dtype torch names for a scalar type; throws InvalidArgument naming `what` for others.
StorageDType storageDType(at::ScalarType type, const std::string& what);

// Writes `<archive>/data.pkl`, then every storage, then the version record, to
// a temporary file renamed onto `path`. headerTag as in TorchZipWriter;
// archiveName "archive" is what torch.save into memory would use.
void writeTorchFile(const std::string& path, const std::vector<uint8_t>& pickle, const TensorStore& storages,
                    const std::string& headerTag = "", const std::string& archiveName = kTimbreArchiveName);

}  // namespace timbre::checkpoint
