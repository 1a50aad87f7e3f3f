#pragma once
// Hand-assembled pickles and torch-style zip archives for the checkpoint
// tests: the same opcodes torch.save writes, plus hostile ones.
#include <zip.h>

#include <cstdint>
#include <cstring>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace timbre::test {

using Bytes = std::vector<uint8_t>;

// Emits pickle opcodes one call at a time.
class PickleWriter {
 public:
  PickleWriter& proto(int v = 2) { return op(0x80).byte(uint8_t(v)); }
  PickleWriter& global(const std::string& module, const std::string& name) {
    op('c');
    text(module + "\n" + name + "\n");
    return *this;
  }
  PickleWriter& mark() { return op('('); }
  PickleWriter& str(const std::string& s) {
    op('X');
    le(s.size(), 4);
    return text(s);
  }
  PickleWriter& integer(int64_t v) {
    if (v >= 0 && v < 256) return op('K').byte(uint8_t(v));
    if (v >= 0 && v < 65536) return op('M').le(uint64_t(v), 2);
    if (v >= INT32_MIN && v <= INT32_MAX) return op('J').le(uint64_t(uint32_t(int32_t(v))), 4);
    op(0x8a).byte(8);
    return le(uint64_t(v), 8);
  }
  PickleWriter& boolean(bool v) { return op(v ? 0x88 : 0x89); }
  PickleWriter& none() { return op('N'); }
  PickleWriter& emptyTuple() { return op(')'); }
  PickleWriter& tuple() { return op('t'); }
  PickleWriter& tuple1() { return op(0x85); }
  PickleWriter& tuple2() { return op(0x86); }
  PickleWriter& tuple3() { return op(0x87); }
  PickleWriter& emptyDict() { return op('}'); }
  PickleWriter& emptyList() { return op(']'); }
  PickleWriter& appends() { return op('e'); }
  PickleWriter& setitem() { return op('s'); }
  PickleWriter& setitems() { return op('u'); }
  PickleWriter& reduce() { return op('R'); }
  PickleWriter& newobj() { return op(0x81); }
  PickleWriter& build() { return op('b'); }
  PickleWriter& binpersid() { return op('Q'); }
  PickleWriter& put(uint8_t slot) { return op('q').byte(slot); }
  PickleWriter& get(uint8_t slot) { return op('h').byte(slot); }
  PickleWriter& stop() { return op('.'); }
  PickleWriter& raw(const Bytes& b) {
    m_out.insert(m_out.end(), b.begin(), b.end());
    return *this;
  }
  PickleWriter& byte(uint8_t b) {
    m_out.push_back(b);
    return *this;
  }
  PickleWriter& le(uint64_t v, int n) {
    for (int k = 0; k < n; ++k) m_out.push_back(uint8_t(v >> (8 * k)));
    return *this;
  }
  PickleWriter& text(const std::string& s) {
    m_out.insert(m_out.end(), s.begin(), s.end());
    return *this;
  }

  // torch._utils._rebuild_tensor_v2(('storage', torch.<type>, key, 'cpu', numel), offset, size, stride, False, OrderedDict())
  PickleWriter& tensor(const std::string& storageType, const std::string& key, int64_t numel, int64_t offset,
                       const std::vector<int64_t>& sizes, const std::vector<int64_t>& strides) {
    global("torch._utils", "_rebuild_tensor_v2").mark();
    mark().str("storage").global("torch", storageType).str(key).str("cpu").integer(numel).tuple().binpersid();
    integer(offset);
    mark();
    for (int64_t s : sizes) integer(s);
    tuple();
    mark();
    for (int64_t s : strides) integer(s);
    tuple();
    boolean(false).global("collections", "OrderedDict").emptyTuple().reduce();
    return tuple().reduce();
  }

  const Bytes& bytes() const { return m_out; }

 private:
  PickleWriter& op(uint8_t code) { return byte(code); }
  Bytes m_out;
};

// A torch.save-style zip: <prefix>/data.pkl, <prefix>/data/<key>..., <prefix>/version,
// stored (uncompressed) like torch does; optionally the 2-byte GPT-SoVITS tag over "PK".
// Storages named in `deflated` are compressed (torch.save never does; a re-zipped file might).
inline Bytes makeTorchZip(const std::string& prefix, const Bytes& pickle, const std::map<std::string, Bytes>& storages,
                          const std::string& headerTag = "", const std::vector<std::string>& deflated = {}) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!source) throw std::runtime_error("zip_source_buffer_create failed");
  zip_t* archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
  if (!archive) throw std::runtime_error("zip_open_from_source failed");
  zip_source_keep(source);
  std::vector<std::pair<std::string, Bytes>> entries;
  entries.emplace_back(prefix + "/data.pkl", pickle);
  for (const auto& [key, data] : storages) entries.emplace_back(prefix + "/data/" + key, data);
  entries.emplace_back(prefix + "/version", Bytes{'3', '\n'});
  for (const auto& [name, data] : entries) {
    zip_source_t* file = zip_source_buffer(archive, data.empty() ? nullptr : data.data(), data.size(), 0);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), file, ZIP_FL_OVERWRITE);
    if (index < 0) throw std::runtime_error("zip_file_add failed");
    bool compress = false;
    for (const std::string& key : deflated) compress = compress || name == prefix + "/data/" + key;
    zip_set_file_compression(archive, zip_uint64_t(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, compress ? 9 : 0);
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close failed");
  if (zip_source_open(source) != 0) throw std::runtime_error("zip_source_open failed");
  zip_source_seek(source, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(source);
  zip_source_seek(source, 0, SEEK_SET);
  Bytes out(static_cast<size_t>(size));
  zip_source_read(source, out.data(), zip_uint64_t(size));
  zip_source_close(source);
  zip_source_free(source);
  if (headerTag.size() == 2) {
    out[0] = uint8_t(headerTag[0]);
    out[1] = uint8_t(headerTag[1]);
  }
  return out;
}

template <typename T>
Bytes rawBytes(const std::vector<T>& values) {
  Bytes out(values.size() * sizeof(T));
  if (!values.empty()) std::memcpy(out.data(), values.data(), out.size());
  return out;
}

// A complete state-dict file {'weight': {name: tensor}} around a pickle body that
// pushes exactly one value (the "payload") under the key "config".
inline Bytes wrapPayloadInTorchZip(const Bytes& payloadOps) {
  PickleWriter w;
  w.proto().global("collections", "OrderedDict").emptyTuple().reduce().mark();
  w.str("weight").emptyDict().str("w").tensor("FloatStorage", "0", 2, 0, {2}, {1}).setitem();
  w.str("config").raw(payloadOps);
  w.setitems().stop();
  return makeTorchZip("archive", w.bytes(), {{"0", rawBytes(std::vector<float>{1.5f, -2.0f})}});
}

}  // namespace timbre::test
