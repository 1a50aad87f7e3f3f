#include "checkpoint/PickleValue.h"

namespace timbre::checkpoint {

size_t elementSize(StorageDType dtype) {
  switch (dtype) {
    case StorageDType::Double:
    case StorageDType::Long: return 8;
    case StorageDType::Float:
    case StorageDType::Int: return 4;
    case StorageDType::Half:
    case StorageDType::BFloat16:
    case StorageDType::Short: return 2;
    case StorageDType::Char:
    case StorageDType::Byte:
    case StorageDType::Bool: return 1;
  }
  return 1;
}

const char* dtypeName(StorageDType dtype) {
  switch (dtype) {
    case StorageDType::Half: return "float16";
    case StorageDType::Float: return "float32";
    case StorageDType::Double: return "float64";
    case StorageDType::BFloat16: return "bfloat16";
    case StorageDType::Long: return "int64";
    case StorageDType::Int: return "int32";
    case StorageDType::Short: return "int16";
    case StorageDType::Char: return "int8";
    case StorageDType::Byte: return "uint8";
    case StorageDType::Bool: return "bool";
  }
  return "?";
}

int64_t TensorDesc::numel() const {
  int64_t n = 1;
  for (int64_t s : sizes) n *= s;  // validated against overflow when the descriptor was built
  return n;
}

const Value* Value::get(const std::string& key) const {
  for (const auto& [k, v] : entries) {
    if (k->kind == Kind::String && k->s == key) return v;
  }
  return nullptr;
}

Value* ValueArena::make(Value::Kind kind) {
  m_values.push_back(std::make_unique<Value>());
  m_values.back()->kind = kind;
  return m_values.back().get();
}

}  // namespace timbre::checkpoint
