#pragma once
// Writes pickle protocol 2 the way CPython's C pickler does under torch.save,
// so that a file Timbre writes has the same data.pkl bytes as the official
// one for the same content: the same opcodes, a memo slot for every object
// the pickler memoises, BINGET where Python would meet the same object again,
// and SETITEMS/APPENDS batched by 1000. Torch-free: tensors are written as
// references to storages that the caller stores beside the pickle.
//
// Python shares objects by identity, not by value. The writer models the two
// kinds of strings a torch.save pickle holds: fresh strings (every value and
// tensor name: a new BINUNICODE each time) and interned names (source-code
// literals such as "weight" or "cpu", and attribute names of an object's
// __dict__: the first one is memoised, the next equal one is a BINGET).
#include "checkpoint/PickleValue.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace timbre::checkpoint {

class PickleWriter {
 public:
  PickleWriter();  // starts with PROTO 2

  // Scalars (never memoised, as in Python).
  void none();
  void boolean(bool value);
  void integer(int64_t value);            // BININT1/BININT2/BININT, else LONG1
  void unsignedInteger(uint64_t value);   // the same, for values above INT64_MAX too
  void real(double value);                // BINFLOAT

  // Strings: BINUNICODE + a memo slot ('' is one object in CPython: always shared).
  void freshString(const std::string& text);
  // An interned name: the first time as freshString, afterwards BINGET of that slot.
  void internedString(const std::string& text);

  // module.name as GLOBAL, memoised per name (a class is one object).
  void global(const std::string& module, const std::string& name);

  // A tuple of `count` items written by writeItem(k): EMPTY_TUPLE, TUPLE1..3 or MARK … TUPLE, then memoised.
  void tuple(size_t count, const std::function<void(size_t)>& writeItem);
  // A list: EMPTY_LIST, memo, then APPEND for one item or MARK … APPENDS per 1000.
  void list(size_t count, const std::function<void(size_t)>& writeItem);
  // A dict: EMPTY_DICT, memo, then the items (writeItem writes key then value)
  // batched as CPython batches an exact dict (one item: SETITEM; otherwise
  // MARK … SETITEMS per 1000, with an empty last batch when the count is a multiple of 1000).
  void dict(size_t count, const std::function<void(size_t)>& writeItem);
  // collections.OrderedDict: GLOBAL, EMPTY_TUPLE, REDUCE, memo, then the items
  // batched as CPython batches an iterator (a lone last item: SETITEM).
  void orderedDict(size_t count, const std::function<void(size_t)>& writeItem);
  // An instance of module.name rebuilt from its __dict__: GLOBAL, EMPTY_TUPLE,
  // NEWOBJ, memo, the __dict__ as a dict, BUILD (what protocol 2 emits for a plain class).
  void object(const std::string& module, const std::string& name, size_t count, const std::function<void(size_t)>& writeItem);

  // torch._utils._rebuild_tensor_v2(storage, offset, sizes, strides, False, OrderedDict())
  // with the persistent id ('storage', torch.<X>Storage, key, location, numel).
  void tensor(const StorageRef& storage, const std::string& location, int64_t storageOffset, const std::vector<int64_t>& sizes,
              const std::vector<int64_t>& strides);

  // Appends STOP and returns the pickle; the writer is spent afterwards.
  std::vector<uint8_t> finish();

 private:
  void op(uint8_t code);
  void littleEndian(uint64_t value, int bytes);
  void put();
  void get(uint32_t slot);
  void emitString(const std::string& text);

  std::vector<uint8_t> m_out;
  uint32_t m_nextSlot = 0;
  std::map<std::string, uint32_t> m_globals;
  std::map<std::string, uint32_t> m_interned;
};

// "torch.HalfStorage" etc.: the storage class torch.save names for a dtype.
const char* storageClassName(StorageDType dtype);

}  // namespace timbre::checkpoint
