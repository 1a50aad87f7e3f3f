#include "checkpoint/Pickle.h"

#include "timbre/Error.h"

#include <array>
#include <cstring>
#include <limits>
#include <unordered_map>

namespace timbre::checkpoint {
namespace {

// What an allowed global stands for; kept in Value::i of a Kind::Global.
enum GlobalRole : int64_t {
  kOrderedDict,
  kRebuildTensorV2,
  kRebuildParameter,
  kRebuildParameterWithState,
  kStorageClass,
  kSet,
  kFrozenSet,
  kCodecsEncode,
  kUnknownClass,  // a data holder such as utils.HParams: only "construct empty, then BUILD"
};

struct StorageName {
  const char* name;
  StorageDType dtype;
};
constexpr std::array<StorageName, 10> kStorages{{
    {"HalfStorage", StorageDType::Half},
    {"FloatStorage", StorageDType::Float},
    {"DoubleStorage", StorageDType::Double},
    {"BFloat16Storage", StorageDType::BFloat16},
    {"LongStorage", StorageDType::Long},
    {"IntStorage", StorageDType::Int},
    {"ShortStorage", StorageDType::Short},
    {"CharStorage", StorageDType::Char},
    {"ByteStorage", StorageDType::Byte},
    {"BoolStorage", StorageDType::Bool},
}};

// Modules whose every member is refused: they run commands, touch files or
// the network, import code or call arbitrary functions.
const char* const kForbiddenModules[] = {
    "os",        "posix",      "nt",          "posixpath",  "ntpath",       "subprocess", "_posixsubprocess",
    "sys",       "shutil",     "socket",      "importlib",  "imp",          "zipimport",  "pkgutil",
    "pickle",    "_pickle",    "cPickle",     "dill",       "joblib",       "codecs",     "pty",
    "runpy",     "webbrowser", "functools",   "operator",   "ctypes",       "multiprocessing",
    "threading", "_thread",    "asyncio",     "code",       "codeop",       "inspect",    "types",
    "marshal",   "io",         "_io",         "tempfile",   "pathlib",      "glob",       "urllib",
    "http",      "ftplib",     "smtplib",     "telnetlib",  "requests",     "signal",     "platform",
    "gc",        "weakref",    "copyreg",     "copy_reg",   "builtins",     "__builtin__", "__builtins__",
    "torch",     "numpy",      "pdb",         "timeit",     "site",         "select",     "ssl"};

// Names refused in any module (e.g. a module that re-exports os.system).
const char* const kForbiddenNames[] = {
    "eval",   "exec",     "execfile", "compile", "open",   "system",   "popen",        "spawn",  "getattr",
    "setattr", "delattr", "globals",  "locals",  "vars",   "apply",    "input",        "breakpoint",
    "load",   "loads",    "call",     "check_call", "check_output", "run", "Popen", "import_module", "rmtree", "remove", "unlink", "walk", "listdir", "fork", "kill", "exit"};

bool isIdentifierPath(const std::string& text) {
  if (text.empty()) return false;
  for (char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

// Role of an allowed global, or -1 when it is not on the allowlist.
int64_t allowedRole(const std::string& module, const std::string& name, StorageDType& dtype) {
  if (module == "collections" && name == "OrderedDict") return kOrderedDict;
  if (module == "torch._utils") {
    if (name == "_rebuild_tensor_v2") return kRebuildTensorV2;
    if (name == "_rebuild_parameter") return kRebuildParameter;
    if (name == "_rebuild_parameter_with_state") return kRebuildParameterWithState;
  }
  if (module == "torch") {
    for (const auto& s : kStorages) {
      if (name == s.name) {
        dtype = s.dtype;
        return kStorageClass;
      }
    }
  }
  if (module == "builtins" || module == "__builtin__") {
    if (name == "set") return kSet;
    if (name == "frozenset") return kFrozenSet;
  }
  if (module == "_codecs" && name == "encode") return kCodecsEncode;
  return -1;
}

class Machine {
 public:
  Machine(const uint8_t* data, size_t size, const std::string& displayName, const PickleLimits& limits)
      : m_data(data), m_size(size), m_name(displayName), m_limits(limits), m_arena(std::make_shared<ValueArena>()) {}

  PickleResult run();

 private:
  [[noreturn]] void fail(ErrorCode code, const std::string& reason) const {
    throw Error(code, m_name + ": pickle offset " + std::to_string(m_opOffset) + ": " + reason);
  }

  // --- reading ---
  const uint8_t* take(size_t n) {
    if (n > m_size - m_pos) fail(ErrorCode::CorruptFile, "truncated (needs " + std::to_string(n) + " more bytes, " +
                                                               std::to_string(m_size - m_pos) + " left)");
    const uint8_t* p = m_data + m_pos;
    m_pos += n;
    return p;
  }
  uint64_t readLE(size_t n) {
    const uint8_t* p = take(n);
    uint64_t v = 0;
    for (size_t k = 0; k < n; ++k) v |= uint64_t(p[k]) << (8 * k);
    return v;
  }
  std::string readBytes(uint64_t n) {
    if (n > m_size - m_pos) fail(ErrorCode::CorruptFile, "string length " + std::to_string(n) + " exceeds the " +
                                                               std::to_string(m_size - m_pos) + " bytes left");
    const uint8_t* p = take(size_t(n));
    return std::string(reinterpret_cast<const char*>(p), size_t(n));
  }
  std::string readLine() {
    const size_t start = m_pos;
    while (m_pos < m_size && m_data[m_pos] != '\n') {
      if (m_pos - start > 256) fail(ErrorCode::CorruptFile, "GLOBAL name longer than 256 bytes");
      ++m_pos;
    }
    if (m_pos >= m_size) fail(ErrorCode::CorruptFile, "truncated GLOBAL name");
    std::string line(reinterpret_cast<const char*>(m_data + start), m_pos - start);
    ++m_pos;
    return line;
  }

  // --- stack ---
  Value* make(Value::Kind kind) {
    if (m_arena->size() >= m_limits.maxValues) fail(ErrorCode::CorruptFile, "too many objects");
    return m_arena->make(kind);
  }
  void push(Value* v) {
    if (m_stack.size() >= m_limits.maxStack) fail(ErrorCode::CorruptFile, "stack too deep");
    m_stack.push_back(v);
  }
  Value* pop() {
    if (m_stack.size() <= currentMarkBase()) fail(ErrorCode::CorruptFile, "stack underflow");
    Value* v = m_stack.back();
    m_stack.pop_back();
    return v;
  }
  Value* top() {
    if (m_stack.size() <= currentMarkBase()) fail(ErrorCode::CorruptFile, "stack underflow");
    return m_stack.back();
  }
  size_t currentMarkBase() const { return m_marks.empty() ? 0 : m_marks.back(); }
  std::vector<Value*> popMark() {
    if (m_marks.empty()) fail(ErrorCode::CorruptFile, "no MARK on the stack");
    const size_t base = m_marks.back();
    m_marks.pop_back();
    std::vector<Value*> items(m_stack.begin() + std::ptrdiff_t(base), m_stack.end());
    m_stack.resize(base);
    return items;
  }

  // --- memo ---
  void memoPut(uint64_t index, Value* v) {
    if (index > m_limits.maxMemoIndex) fail(ErrorCode::CorruptFile, "memo index " + std::to_string(index) + " too large");
    m_memo[uint32_t(index)] = v;
  }
  Value* memoGet(uint64_t index) {
    auto it = m_memo.find(index);
    if (index > m_limits.maxMemoIndex || it == m_memo.end())
      fail(ErrorCode::CorruptFile, "memo slot " + std::to_string(index) + " was never stored");
    return it->second;
  }

  // --- values ---
  Value* makeInt(int64_t v) {
    Value* x = make(Value::Kind::Int);
    x->i = v;
    return x;
  }
  Value* makeString(Value::Kind kind, std::string s) {
    Value* x = make(kind);
    x->s = std::move(s);
    return x;
  }
  void setItem(Value* dict, Value* key, Value* value) {
    if (dict->kind != Value::Kind::Dict) fail(ErrorCode::CorruptFile, "SETITEM on a value that is not a dict");
    insertEntry(dict, key, value);
  }
  // Dict/Object insert; a repeated str/int key replaces the value (indexed, so no quadratic scans).
  void insertEntry(Value* dict, Value* key, Value* value) {
    std::string index;
    if (key->kind == Value::Kind::String) index = "s" + key->s;
    else if (key->kind == Value::Kind::Int) index = "i" + std::to_string(key->i);
    if (!index.empty()) {
      auto& keys = m_dictIndex[dict];
      auto [it, inserted] = keys.emplace(index, dict->entries.size());
      if (!inserted) {
        dict->entries[it->second].second = value;
        return;
      }
    }
    dict->entries.emplace_back(key, value);
  }
  void appendTo(Value* list, Value* item) {
    if (list->kind != Value::Kind::List) fail(ErrorCode::CorruptFile, "APPEND on a value that is not a list");
    list->items.push_back(item);
  }
  void addToSet(Value* set, Value* item) {
    if (set->kind != Value::Kind::Set) fail(ErrorCode::CorruptFile, "ADDITEMS on a value that is not a set");
    set->items.push_back(item);
  }

  Value* resolveGlobal(const std::string& module, const std::string& name);
  Value* reduce(Value* callable, Value* args, bool isNewObj);
  Value* rebuildTensor(const Value* args);
  Value* persistentLoad(const Value* pid);
  void build(Value* object, Value* state);
  int64_t intArg(const Value* v, const char* what) {
    if (!v || (v->kind != Value::Kind::Int && v->kind != Value::Kind::Bool))
      fail(ErrorCode::CorruptFile, std::string(what) + " is not an integer");
    return v->kind == Value::Kind::Bool ? int64_t(v->b) : v->i;
  }

  const uint8_t* m_data;
  size_t m_size;
  size_t m_pos = 0;
  size_t m_opOffset = 0;
  const std::string& m_name;
  PickleLimits m_limits;
  std::shared_ptr<ValueArena> m_arena;
  std::vector<Value*> m_stack;
  std::vector<size_t> m_marks;
  std::unordered_map<uint64_t, Value*> m_memo;
  std::unordered_map<const Value*, std::unordered_map<std::string, size_t>> m_dictIndex;
};

Value* Machine::resolveGlobal(const std::string& module, const std::string& name) {
  const std::string full = module + "." + name;
  if (!isIdentifierPath(module) || !isIdentifierPath(name))
    fail(ErrorCode::UnsafeContent, "refused global with unexpected characters in its name");
  StorageDType dtype = StorageDType::Float;
  int64_t role = allowedRole(module, name, dtype);
  if (role < 0) {
    if (isForbiddenGlobal(module, name)) fail(ErrorCode::UnsafeContent, "refused global " + full + " (code, not data)");
    role = kUnknownClass;
  }
  Value* g = make(Value::Kind::Global);
  g->module = module;
  g->name = name;
  g->s = full;
  g->i = role;
  g->storage.dtype = dtype;
  return g;
}

Value* Machine::persistentLoad(const Value* pid) {
  // ('storage', torch.XStorage, key, location, numel)
  if (pid->kind != Value::Kind::Tuple || pid->items.size() != 5)
    fail(ErrorCode::UnsupportedFormat, "persistent id is not a 5-tuple ('storage', type, key, location, numel)");
  const auto& it = pid->items;
  if (it[0]->kind != Value::Kind::String || it[0]->s != "storage")
    fail(ErrorCode::UnsupportedFormat, "persistent id is not a 'storage' reference");
  if (it[1]->kind != Value::Kind::Global || it[1]->i != kStorageClass)
    fail(ErrorCode::UnsupportedFormat, "persistent id names no torch storage type");
  if (it[2]->kind != Value::Kind::String || it[2]->s.empty() || it[2]->s.size() > 64)
    fail(ErrorCode::CorruptFile, "storage key is not a short string");
  for (char c : it[2]->s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'))
      fail(ErrorCode::CorruptFile, "storage key has unexpected characters");
  }
  if (it[3]->kind != Value::Kind::String) fail(ErrorCode::CorruptFile, "storage location is not a string");
  const int64_t numel = intArg(it[4], "storage numel");
  const uint64_t elem = elementSize(it[1]->storage.dtype);
  if (numel < 0 || uint64_t(numel) > std::numeric_limits<uint64_t>::max() / 16 / elem)
    fail(ErrorCode::CorruptFile, "storage numel " + std::to_string(numel) + " is out of range");
  Value* s = make(Value::Kind::Storage);
  s->storage.key = it[2]->s;
  s->storage.dtype = it[1]->storage.dtype;
  s->storage.numel = uint64_t(numel);
  return s;
}

Value* Machine::rebuildTensor(const Value* args) {
  // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
  if (args->kind != Value::Kind::Tuple || args->items.size() < 4 || args->items.size() > 7)
    fail(ErrorCode::CorruptFile, "_rebuild_tensor_v2 needs (storage, offset, size, stride, ...)");
  const auto& a = args->items;
  if (a[0]->kind != Value::Kind::Storage) fail(ErrorCode::CorruptFile, "_rebuild_tensor_v2: first argument is not a storage");
  TensorDesc t;
  t.storage = a[0]->storage;
  t.storageOffset = intArg(a[1], "tensor storage offset");
  if (a[2]->kind != Value::Kind::Tuple || a[3]->kind != Value::Kind::Tuple)
    fail(ErrorCode::CorruptFile, "tensor size/stride are not tuples");
  if (a[2]->items.size() != a[3]->items.size())
    fail(ErrorCode::CorruptFile, "tensor has " + std::to_string(a[2]->items.size()) + " sizes but " +
                                     std::to_string(a[3]->items.size()) + " strides");
  if (a[2]->items.size() > m_limits.maxTensorDims) fail(ErrorCode::CorruptFile, "tensor has too many dimensions");
  if (a.size() > 4) {
    if (a[4]->kind == Value::Kind::Bool) t.requiresGrad = a[4]->b;
  }
  // Every element the view can touch must lie inside the storage.
  const uint64_t limit = uint64_t(1) << 62;
  uint64_t numel = 1, last = 0;
  bool empty = false;
  for (size_t d = 0; d < a[2]->items.size(); ++d) {
    const int64_t size = intArg(a[2]->items[d], "tensor size");
    const int64_t stride = intArg(a[3]->items[d], "tensor stride");
    if (size < 0 || stride < 0 || uint64_t(size) >= limit || uint64_t(stride) >= limit)
      fail(ErrorCode::CorruptFile, "tensor size/stride out of range");
    t.sizes.push_back(size);
    t.strides.push_back(stride);
    if (size == 0) empty = true;
    if (size != 0 && numel > limit / uint64_t(size)) fail(ErrorCode::CorruptFile, "tensor element count overflows");
    numel *= uint64_t(size);
    if (size > 0 && stride > 0) {
      if (uint64_t(size - 1) > limit / uint64_t(stride)) fail(ErrorCode::CorruptFile, "tensor extent overflows");
      last += uint64_t(size - 1) * uint64_t(stride);
      if (last >= limit) fail(ErrorCode::CorruptFile, "tensor extent overflows");
    }
  }
  if (t.storageOffset < 0 || uint64_t(t.storageOffset) >= limit) fail(ErrorCode::CorruptFile, "negative storage offset");
  const uint64_t offset = uint64_t(t.storageOffset);
  const bool fits = empty ? offset <= t.storage.numel : offset + last < t.storage.numel;
  if (!fits)
    fail(ErrorCode::CorruptFile, "tensor (offset " + std::to_string(offset) + ", extent " + std::to_string(last + 1) +
                                     ") reaches past storage '" + t.storage.key + "' of " +
                                     std::to_string(t.storage.numel) + " elements");
  Value* v = make(Value::Kind::Tensor);
  v->tensor = std::move(t);
  return v;
}

Value* Machine::reduce(Value* callable, Value* args, bool isNewObj) {
  const char* op = isNewObj ? "NEWOBJ" : "REDUCE";
  if (callable->kind != Value::Kind::Global) fail(ErrorCode::UnsafeContent, std::string(op) + " on something that is not an allowed global");
  if (args->kind != Value::Kind::Tuple) fail(ErrorCode::CorruptFile, std::string(op) + " arguments are not a tuple");
  const auto& a = args->items;
  switch (callable->i) {
    case kOrderedDict: {
      Value* d = make(Value::Kind::Dict);
      if (a.empty()) return d;
      if (a.size() == 1 && (a[0]->kind == Value::Kind::List || a[0]->kind == Value::Kind::Tuple)) {
        for (Value* pair : a[0]->items) {
          if (pair->kind != Value::Kind::Tuple && pair->kind != Value::Kind::List) fail(ErrorCode::CorruptFile, "OrderedDict item is not a pair");
          if (pair->items.size() != 2) fail(ErrorCode::CorruptFile, "OrderedDict item is not a pair");
          setItem(d, pair->items[0], pair->items[1]);
        }
        return d;
      }
      fail(ErrorCode::CorruptFile, "OrderedDict called with unexpected arguments");
    }
    case kRebuildTensorV2:
      if (isNewObj) break;
      return rebuildTensor(args);
    case kRebuildParameter:
    case kRebuildParameterWithState: {
      if (isNewObj) break;
      if (a.size() < 2 || a[0]->kind != Value::Kind::Tensor) fail(ErrorCode::CorruptFile, "_rebuild_parameter needs a tensor");
      Value* v = make(Value::Kind::Tensor);
      v->tensor = a[0]->tensor;
      if (a[1]->kind == Value::Kind::Bool) v->tensor.requiresGrad = a[1]->b;
      return v;
    }
    case kSet:
    case kFrozenSet: {
      Value* s = make(Value::Kind::Set);
      if (a.empty()) return s;
      if (a.size() == 1 && (a[0]->kind == Value::Kind::List || a[0]->kind == Value::Kind::Tuple || a[0]->kind == Value::Kind::Set)) {
        s->items = a[0]->items;
        return s;
      }
      fail(ErrorCode::CorruptFile, "set called with unexpected arguments");
    }
    case kCodecsEncode: {
      // Protocol 2 writes bytes as _codecs.encode(text, 'latin1').
      if (isNewObj || a.size() != 2 || a[0]->kind != Value::Kind::String || a[1]->kind != Value::Kind::String ||
          (a[1]->s != "latin1" && a[1]->s != "latin-1"))
        fail(ErrorCode::UnsafeContent, "_codecs.encode is only accepted as encode(text, 'latin1')");
      std::string out;
      const std::string& in = a[0]->s;
      for (size_t k = 0; k < in.size(); ++k) {
        const auto c = uint8_t(in[k]);
        if (c < 0x80) out.push_back(char(c));
        else if ((c == 0xC2 || c == 0xC3) && k + 1 < in.size()) out.push_back(char(((c & 0x03) << 6) | (uint8_t(in[++k]) & 0x3F)));
        else fail(ErrorCode::CorruptFile, "latin1 bytes are not valid UTF-8 text");
      }
      return makeString(Value::Kind::Bytes, std::move(out));
    }
    case kUnknownClass: {
      if (!a.empty())
        fail(ErrorCode::UnsafeContent, "refused to call " + callable->s + " with arguments (only data classes built from their state are accepted)");
      Value* o = make(Value::Kind::Object);
      o->s = callable->s;
      return o;
    }
    default: break;
  }
  fail(ErrorCode::UnsafeContent, std::string(op) + " of " + callable->s + " is not accepted");
}

void Machine::build(Value* object, Value* state) {
  switch (object->kind) {
    case Value::Kind::Object: {
      auto merge = [&](const Value* dict) {
        if (dict->kind == Value::Kind::None) return;
        if (dict->kind != Value::Kind::Dict) fail(ErrorCode::CorruptFile, "BUILD state of " + object->s + " is not a dict");
        for (const auto& [k, v] : dict->entries) insertEntry(object, k, v);
      };
      if (state->kind == Value::Kind::Tuple && state->items.size() == 2) {
        merge(state->items[0]);
        merge(state->items[1]);
      } else {
        merge(state);
      }
      return;
    }
    case Value::Kind::Dict:    // OrderedDict attributes such as a state dict's _metadata: not needed
    case Value::Kind::Tensor:  // _rebuild_parameter_with_state leftovers
      return;
    default:
      fail(ErrorCode::CorruptFile, "BUILD on a value that is not an object");
  }
}

PickleResult Machine::run() {
  while (true) {
    m_opOffset = m_pos;
    if (m_pos >= m_size) fail(ErrorCode::CorruptFile, "truncated (no STOP opcode)");
    const uint8_t op = m_data[m_pos++];
    switch (op) {
      case 0x80: {  // PROTO
        const uint64_t proto = readLE(1);
        if (proto < 2 || proto > 5) fail(ErrorCode::UnsupportedFormat, "pickle protocol " + std::to_string(proto));
        break;
      }
      case 0x95: readLE(8); break;  // FRAME: a length hint only
      case '.': {                   // STOP
        if (m_stack.empty()) fail(ErrorCode::CorruptFile, "STOP with an empty stack");
        PickleResult result;
        result.root = m_stack.back();
        result.arena = m_arena;
        return result;
      }
      case '(':
        if (m_marks.size() >= m_limits.maxMarks) fail(ErrorCode::CorruptFile, "too many nested MARKs");
        m_marks.push_back(m_stack.size());
        break;
      case '0': pop(); break;
      case '1': popMark(); break;
      case '2': push(top()); break;
      case 'N': push(make(Value::Kind::None)); break;
      case 0x88:
      case 0x89: {
        Value* v = make(Value::Kind::Bool);
        v->b = op == 0x88;
        push(v);
        break;
      }
      case 'J': push(makeInt(int32_t(uint32_t(readLE(4))))); break;
      case 'K': push(makeInt(int64_t(readLE(1)))); break;
      case 'M': push(makeInt(int64_t(readLE(2)))); break;
      case 0x8a:
      case 0x8b: {  // LONG1 / LONG4: little-endian two's complement
        const uint64_t n = op == 0x8a ? readLE(1) : readLE(4);
        if (n > 8) fail(ErrorCode::UnsupportedFormat, "integer wider than 64 bits");
        uint64_t v = n ? readLE(size_t(n)) : 0;
        if (n > 0 && n < 8 && (v >> (8 * n - 1)) & 1) v |= ~uint64_t(0) << (8 * n);
        push(makeInt(int64_t(v)));
        break;
      }
      case 'G': {
        const uint8_t* p = take(8);
        uint64_t bits = 0;
        for (int k = 0; k < 8; ++k) bits = (bits << 8) | p[k];
        double d;
        std::memcpy(&d, &bits, sizeof d);
        Value* v = make(Value::Kind::Float);
        v->f = d;
        push(v);
        break;
      }
      case 'X': push(makeString(Value::Kind::String, readBytes(readLE(4)))); break;
      case 0x8c: push(makeString(Value::Kind::String, readBytes(readLE(1)))); break;
      case 0x8d: push(makeString(Value::Kind::String, readBytes(readLE(8)))); break;
      case 'T': push(makeString(Value::Kind::String, readBytes(readLE(4)))); break;  // BINSTRING (py2 str)
      case 'U': push(makeString(Value::Kind::String, readBytes(readLE(1)))); break;
      case 'B': push(makeString(Value::Kind::Bytes, readBytes(readLE(4)))); break;
      case 'C': push(makeString(Value::Kind::Bytes, readBytes(readLE(1)))); break;
      case 0x8e: push(makeString(Value::Kind::Bytes, readBytes(readLE(8)))); break;
      case ']': push(make(Value::Kind::List)); break;
      case 'a': {
        Value* item = pop();
        appendTo(top(), item);
        break;
      }
      case 'e': {
        auto items = popMark();
        Value* list = top();
        for (Value* item : items) appendTo(list, item);
        break;
      }
      case 'l': {
        Value* list = make(Value::Kind::List);
        list->items = popMark();
        push(list);
        break;
      }
      case ')': push(make(Value::Kind::Tuple)); break;
      case 't': {
        Value* t = make(Value::Kind::Tuple);
        t->items = popMark();
        push(t);
        break;
      }
      case 0x85:
      case 0x86:
      case 0x87: {
        const size_t n = size_t(op - 0x84);
        Value* t = make(Value::Kind::Tuple);
        t->items.resize(n);
        for (size_t k = n; k-- > 0;) t->items[k] = pop();
        push(t);
        break;
      }
      case '}': push(make(Value::Kind::Dict)); break;
      case 'd': {
        auto items = popMark();
        if (items.size() % 2) fail(ErrorCode::CorruptFile, "DICT with an odd number of items");
        Value* d = make(Value::Kind::Dict);
        for (size_t k = 0; k < items.size(); k += 2) setItem(d, items[k], items[k + 1]);
        push(d);
        break;
      }
      case 's': {
        Value* value = pop();
        Value* key = pop();
        setItem(top(), key, value);
        break;
      }
      case 'u': {
        auto items = popMark();
        if (items.size() % 2) fail(ErrorCode::CorruptFile, "SETITEMS with an odd number of items");
        Value* d = top();
        for (size_t k = 0; k < items.size(); k += 2) setItem(d, items[k], items[k + 1]);
        break;
      }
      case 0x8f: push(make(Value::Kind::Set)); break;
      case 0x90: {
        auto items = popMark();
        Value* s = top();
        for (Value* item : items) addToSet(s, item);
        break;
      }
      case 0x91: {
        Value* s = make(Value::Kind::Set);
        s->items = popMark();
        push(s);
        break;
      }
      case 'h': push(memoGet(readLE(1))); break;
      case 'j': push(memoGet(readLE(4))); break;
      case 'q': memoPut(readLE(1), top()); break;
      case 'r': memoPut(readLE(4), top()); break;
      case 0x94: memoPut(m_memo.size(), top()); break;
      case 'c': {
        const std::string module = readLine();
        const std::string name = readLine();
        push(resolveGlobal(module, name));
        break;
      }
      case 0x93: {  // STACK_GLOBAL
        Value* name = pop();
        Value* module = pop();
        if (module->kind != Value::Kind::String || name->kind != Value::Kind::String)
          fail(ErrorCode::CorruptFile, "STACK_GLOBAL needs two strings");
        push(resolveGlobal(module->s, name->s));
        break;
      }
      case 'R': {
        Value* args = pop();
        Value* callable = pop();
        push(reduce(callable, args, false));
        break;
      }
      case 0x81: {
        Value* args = pop();
        Value* cls = pop();
        push(reduce(cls, args, true));
        break;
      }
      case 0x92: {  // NEWOBJ_EX(cls, args, kwargs): only without keyword arguments
        Value* kwargs = pop();
        Value* args = pop();
        Value* cls = pop();
        if (kwargs->kind != Value::Kind::Dict || !kwargs->entries.empty())
          fail(ErrorCode::UnsafeContent, "NEWOBJ_EX with keyword arguments");
        push(reduce(cls, args, true));
        break;
      }
      case 'b': {
        Value* state = pop();
        build(top(), state);
        break;
      }
      case 'Q': {
        Value* pid = pop();
        push(persistentLoad(pid));
        break;
      }
      case 'i':
      case 'o':
      case 0x82:
      case 0x83:
      case 0x84:
        fail(ErrorCode::UnsafeContent, "opcode 0x" + [&] {
          char buf[8];
          std::snprintf(buf, sizeof buf, "%02x", op);
          return std::string(buf);
        }() + " instantiates a class by name; refused");
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%02x", op);
        fail(ErrorCode::UnsupportedFormat, std::string("unsupported pickle opcode 0x") + buf);
      }
    }
  }
}

}  // namespace

bool isForbiddenGlobal(const std::string& module, const std::string& name) {
  StorageDType dtype;
  if (allowedRole(module, name, dtype) >= 0) return false;
  const std::string root = module.substr(0, module.find('.'));
  for (const char* m : kForbiddenModules) {
    if (root == m) return true;
  }
  if (root == "_codecs") return true;
  if (name.find("__") != std::string::npos || name.find('.') != std::string::npos) return true;
  for (const char* n : kForbiddenNames) {
    if (name == n) return true;
  }
  return false;
}

PickleResult unpickle(const uint8_t* data, size_t size, const std::string& displayName, const PickleLimits& limits) {
  Machine machine(data, size, displayName, limits);
  return machine.run();
}

}  // namespace timbre::checkpoint
