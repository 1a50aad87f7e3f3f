#pragma once
// The object tree a torch.save pickle decodes to, without torch: tensors are
// descriptors (storage key, dtype, offset, sizes, strides) that a later step
// turns into at::Tensor. Values live in an arena so that shared and even
// cyclic references (the memo) cost nothing and never leak.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace timbre::checkpoint {

// Element types of torch storages (torch.<X>Storage) and safetensors dtypes.
enum class StorageDType { Half, Float, Double, BFloat16, Long, Int, Short, Char, Byte, Bool };

size_t elementSize(StorageDType dtype);
const char* dtypeName(StorageDType dtype);  // "float16", "float32", ..., "bool"

// A typed storage reached through BINPERSID: ('storage', torch.XStorage, key, location, numel).
struct StorageRef {
  std::string key;
  StorageDType dtype = StorageDType::Float;
  uint64_t numel = 0;
};

// torch._utils._rebuild_tensor_v2(storage, offset, size, stride, ...), validated against the storage numel.
struct TensorDesc {
  StorageRef storage;
  int64_t storageOffset = 0;
  std::vector<int64_t> sizes;
  std::vector<int64_t> strides;
  bool requiresGrad = false;
  int64_t numel() const;
};

struct Value {
  enum class Kind {
    None, Bool, Int, Float, String, Bytes,
    List, Tuple, Set, Dict,  // containers: items (List/Tuple/Set) or entries (Dict)
    Global,                  // a class/function reference (module + name) that was allowed
    Storage, Tensor,
    Object,                  // an instance of an unknown data-holder class; state in `entries` when it was a dict
  };
  Kind kind = Kind::None;
  bool b = false;
  int64_t i = 0;
  double f = 0.0;
  std::string s;       // String/Bytes payload; Global: "module.name"; Object: class name
  std::string module;  // Global: module
  std::string name;    // Global: name
  std::vector<Value*> items;
  std::vector<std::pair<Value*, Value*>> entries;
  StorageRef storage;
  TensorDesc tensor;

  bool isDict() const { return kind == Kind::Dict || kind == Kind::Object; }
  // Dict/Object lookup by string key; nullptr when absent.
  const Value* get(const std::string& key) const;
};

// Owns every Value of one decoded pickle.
class ValueArena {
 public:
  Value* make(Value::Kind kind);
  size_t size() const { return m_values.size(); }

 private:
  std::vector<std::unique_ptr<Value>> m_values;
};

}  // namespace timbre::checkpoint
