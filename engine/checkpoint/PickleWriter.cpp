#include "checkpoint/PickleWriter.h"

#include "timbre/Error.h"

#include <cstring>

namespace timbre::checkpoint {
namespace {

// Opcodes of protocol 2 (pickletools names).
constexpr uint8_t kProto = 0x80, kStop = '.', kMark = '(', kNone = 'N', kNewTrue = 0x88, kNewFalse = 0x89;
constexpr uint8_t kBinInt = 'J', kBinInt1 = 'K', kBinInt2 = 'M', kLong1 = 0x8a, kBinFloat = 'G', kBinUnicode = 'X';
constexpr uint8_t kGlobal = 'c', kEmptyTuple = ')', kTuple = 't', kTuple1 = 0x85, kTuple2 = 0x86, kTuple3 = 0x87;
constexpr uint8_t kEmptyList = ']', kAppend = 'a', kAppends = 'e', kEmptyDict = '}', kSetItem = 's', kSetItems = 'u';
constexpr uint8_t kReduce = 'R', kNewObj = 0x81, kBuild = 'b', kBinPersId = 'Q';
constexpr uint8_t kBinPut = 'q', kLongBinPut = 'r', kBinGet = 'h', kLongBinGet = 'j';

// CPython's pickler writes containers in batches of this many items.
constexpr size_t kBatchSize = 1000;

}  // namespace

const char* storageClassName(StorageDType dtype) {
  switch (dtype) {
    case StorageDType::Half: return "HalfStorage";
    case StorageDType::Float: return "FloatStorage";
    case StorageDType::Double: return "DoubleStorage";
    case StorageDType::BFloat16: return "BFloat16Storage";
    case StorageDType::Long: return "LongStorage";
    case StorageDType::Int: return "IntStorage";
    case StorageDType::Short: return "ShortStorage";
    case StorageDType::Char: return "CharStorage";
    case StorageDType::Byte: return "ByteStorage";
    case StorageDType::Bool: return "BoolStorage";
  }
  return "FloatStorage";
}

PickleWriter::PickleWriter() {
  op(kProto);
  m_out.push_back(2);
}

void PickleWriter::op(uint8_t code) { m_out.push_back(code); }

void PickleWriter::littleEndian(uint64_t value, int bytes) {
  for (int k = 0; k < bytes; ++k) m_out.push_back(uint8_t(value >> (8 * k)));
}

void PickleWriter::put() {
  if (m_nextSlot < 256) {
    op(kBinPut);
    m_out.push_back(uint8_t(m_nextSlot));
  } else {
    op(kLongBinPut);
    littleEndian(m_nextSlot, 4);
  }
  ++m_nextSlot;
}

void PickleWriter::get(uint32_t slot) {
  if (slot < 256) {
    op(kBinGet);
    m_out.push_back(uint8_t(slot));
  } else {
    op(kLongBinGet);
    littleEndian(slot, 4);
  }
}

void PickleWriter::none() { op(kNone); }
void PickleWriter::boolean(bool value) { op(value ? kNewTrue : kNewFalse); }

void PickleWriter::integer(int64_t value) {
  if (value >= 0 && value <= 0xff) {
    op(kBinInt1);
    m_out.push_back(uint8_t(value));
  } else if (value >= 0 && value <= 0xffff) {
    op(kBinInt2);
    littleEndian(uint64_t(value), 2);
  } else if (value >= INT32_MIN && value <= INT32_MAX) {
    op(kBinInt);
    littleEndian(uint64_t(uint32_t(int32_t(value))), 4);
  } else {
    // pickle.encode_long: the shortest little-endian two's complement, as Python sizes it
    // ((bit_length >> 3) + 1 bytes, one trailing 0xff dropped for negatives when the sign survives).
    const __int128 wide = value;
    const unsigned __int128 magnitude = wide < 0 ? static_cast<unsigned __int128>(-wide) : static_cast<unsigned __int128>(wide);
    int bitLength = 0;
    for (unsigned __int128 m = magnitude; m != 0; m >>= 1) ++bitLength;
    int bytes = (bitLength >> 3) + 1;
    std::vector<uint8_t> encoded;
    for (int k = 0; k < bytes; ++k) encoded.push_back(uint8_t(static_cast<unsigned __int128>(wide) >> (8 * k)));
    if (wide < 0 && bytes > 1 && encoded[size_t(bytes) - 1] == 0xff && (encoded[size_t(bytes) - 2] & 0x80) != 0) encoded.pop_back();
    op(kLong1);
    m_out.push_back(uint8_t(encoded.size()));
    m_out.insert(m_out.end(), encoded.begin(), encoded.end());
  }
}

void PickleWriter::unsignedInteger(uint64_t value) {
  if (value <= uint64_t(INT64_MAX)) return integer(int64_t(value));
  // 64 significant bits: 9 bytes with a zero sign byte.
  op(kLong1);
  m_out.push_back(9);
  littleEndian(value, 8);
  m_out.push_back(0);
}

void PickleWriter::real(double value) {
  uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  op(kBinFloat);
  for (int k = 7; k >= 0; --k) m_out.push_back(uint8_t(bits >> (8 * k)));  // big-endian
}

void PickleWriter::emitString(const std::string& text) {
  if (text.size() > 0xffffffffull) throw Error(ErrorCode::InvalidArgument, "pickle: a string longer than 4 GiB cannot be written");
  op(kBinUnicode);
  littleEndian(text.size(), 4);
  m_out.insert(m_out.end(), text.begin(), text.end());
  put();
}

void PickleWriter::freshString(const std::string& text) {
  // CPython has one empty string object, so every '' after the first is a BINGET.
  if (text.empty()) return internedString(text);
  emitString(text);
}

void PickleWriter::internedString(const std::string& text) {
  if (const auto it = m_interned.find(text); it != m_interned.end()) return get(it->second);
  m_interned[text] = m_nextSlot;
  emitString(text);
}

void PickleWriter::global(const std::string& module, const std::string& name) {
  const std::string key = module + "\n" + name;
  if (const auto it = m_globals.find(key); it != m_globals.end()) return get(it->second);
  op(kGlobal);
  m_out.insert(m_out.end(), key.begin(), key.end());
  m_out.push_back('\n');
  m_globals[key] = m_nextSlot;
  put();
}

void PickleWriter::tuple(size_t count, const std::function<void(size_t)>& writeItem) {
  if (count == 0) return op(kEmptyTuple);  // the empty tuple is a singleton: never memoised
  if (count > 3) op(kMark);
  for (size_t k = 0; k < count; ++k) writeItem(k);
  op(count == 1 ? kTuple1 : count == 2 ? kTuple2 : count == 3 ? kTuple3 : kTuple);
  put();
}

void PickleWriter::list(size_t count, const std::function<void(size_t)>& writeItem) {
  op(kEmptyList);
  put();
  if (count == 1) {
    writeItem(0);
    return op(kAppend);
  }
  for (size_t done = 0; done < count;) {
    op(kMark);
    for (size_t inBatch = 0; inBatch < kBatchSize && done < count; ++inBatch) writeItem(done++);
    op(kAppends);
  }
}

void PickleWriter::dict(size_t count, const std::function<void(size_t)>& writeItem) {
  op(kEmptyDict);
  put();
  if (count == 0) return;
  if (count == 1) {
    writeItem(0);
    return op(kSetItem);
  }
  size_t done = 0;
  size_t inBatch = 0;
  do {
    op(kMark);
    for (inBatch = 0; inBatch < kBatchSize && done < count; ++inBatch) writeItem(done++);
    op(kSetItems);
  } while (inBatch == kBatchSize);
}

void PickleWriter::orderedDict(size_t count, const std::function<void(size_t)>& writeItem) {
  global("collections", "OrderedDict");
  op(kEmptyTuple);
  op(kReduce);
  put();
  for (size_t done = 0; done < count;) {
    const size_t batch = std::min(kBatchSize, count - done);
    if (batch == 1) {
      writeItem(done++);
      op(kSetItem);
    } else {
      op(kMark);
      for (size_t k = 0; k < batch; ++k) writeItem(done++);
      op(kSetItems);
    }
  }
}

void PickleWriter::object(const std::string& module, const std::string& name, size_t count, const std::function<void(size_t)>& writeItem) {
  global(module, name);
  op(kEmptyTuple);
  op(kNewObj);
  put();
  dict(count, writeItem);
  op(kBuild);
}

void PickleWriter::tensor(const StorageRef& storage, const std::string& location, int64_t storageOffset, const std::vector<int64_t>& sizes,
                          const std::vector<int64_t>& strides) {
  global("torch._utils", "_rebuild_tensor_v2");
  tuple(6, [&](size_t k) {
    switch (k) {
      case 0:
        tuple(5, [&](size_t j) {
          switch (j) {
            case 0: internedString("storage"); break;
            case 1: global("torch", storageClassName(storage.dtype)); break;
            case 2: freshString(storage.key); break;
            case 3: internedString(location); break;
            case 4: unsignedInteger(storage.numel); break;
          }
        });
        op(kBinPersId);
        break;
      case 1: integer(storageOffset); break;
      case 2: tuple(sizes.size(), [&](size_t j) { integer(sizes[j]); }); break;
      case 3: tuple(strides.size(), [&](size_t j) { integer(strides[j]); }); break;
      case 4: boolean(false); break;  // requires_grad
      case 5: orderedDict(0, {}); break;  // backward hooks
    }
  });
  op(kReduce);
  put();
}

std::vector<uint8_t> PickleWriter::finish() {
  op(kStop);
  return std::move(m_out);
}

}  // namespace timbre::checkpoint
