#include "checkpoint/TorchSave.h"

#include "checkpoint/TorchZipWriter.h"
#include "timbre/Error.h"

#include <ATen/ATen.h>

#include <algorithm>

namespace timbre::checkpoint {

StorageDType storageDType(at::ScalarType type, const std::string& what) {
  switch (type) {
    case at::kHalf: return StorageDType::Half;
    case at::kFloat: return StorageDType::Float;
    case at::kDouble: return StorageDType::Double;
    case at::kBFloat16: return StorageDType::BFloat16;
    case at::kLong: return StorageDType::Long;
    case at::kInt: return StorageDType::Int;
    case at::kShort: return StorageDType::Short;
    case at::kChar: return StorageDType::Char;
    case at::kByte: return StorageDType::Byte;
    case at::kBool: return StorageDType::Bool;
    default: break;
  }
  throw Error(ErrorCode::InvalidArgument, what + ": tensors of type " + std::string(c10::toString(type)) + " cannot be saved");
}

void TensorStore::write(PickleWriter& pickle, const at::Tensor& tensor, std::optional<at::ScalarType> as) {
  const std::string key = std::to_string(m_storages.size());
  if (!tensor.defined()) throw Error(ErrorCode::InvalidArgument, "storage " + key + ": an undefined tensor cannot be saved");
  at::Tensor data = tensor.detach().to(at::kCPU);
  if (as && data.scalar_type() != *as) data = data.to(*as);
  // Only the tensor's own elements are stored, so a view of a larger storage saves just itself.
  data = data.contiguous();
  StorageRef storage;
  storage.key = key;
  storage.dtype = storageDType(data.scalar_type(), "storage " + key);
  storage.numel = uint64_t(data.numel());
  const std::vector<int64_t> sizes(data.sizes().begin(), data.sizes().end());
  const std::vector<int64_t> strides(data.strides().begin(), data.strides().end());
  pickle.tensor(storage, "cpu", 0, sizes, strides);
  m_storages.emplace_back(key, std::move(data));
}

void writeTorchFile(const std::string& path, const std::vector<uint8_t>& pickle, const TensorStore& storages, const std::string& headerTag,
                    const std::string& archiveName) {
  TorchZipWriter zip(path, archiveName, headerTag);
  zip.addRecord("data.pkl", pickle.data(), pickle.size());
  // torch.save writes the storages sorted by key as strings ("0", "1", "10", "100", …).
  std::vector<const std::pair<std::string, at::Tensor>*> sorted;
  for (const auto& entry : storages.storages()) sorted.push_back(&entry);
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  for (const auto* entry : sorted) {
    const at::Tensor& t = entry->second;
    zip.addRecord("data/" + entry->first, t.data_ptr(), uint64_t(t.numel()) * uint64_t(t.element_size()));
  }
  zip.commit();
}

}  // namespace timbre::checkpoint
