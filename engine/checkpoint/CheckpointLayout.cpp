#include "checkpoint/CheckpointLayout.h"

#include "timbre/Error.h"

#include <set>
#include <unordered_map>

namespace timbre::checkpoint {
namespace {

constexpr int kMaxDepth = 64;
constexpr size_t kMaxJsonNodes = 1u << 20;
constexpr size_t kMaxJsonBytes = size_t(64) << 20;  // strings shared through the memo could otherwise be copied without end
constexpr size_t kMaxNameBytes = size_t(256) << 20;
constexpr int kMaxStateDictDepth = 16;

std::string base64(const std::string& in) {
  static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t k = 0;
  for (; k + 2 < in.size(); k += 3) {
    const uint32_t v = uint32_t(uint8_t(in[k])) << 16 | uint32_t(uint8_t(in[k + 1])) << 8 | uint8_t(in[k + 2]);
    out += table[v >> 18];
    out += table[(v >> 12) & 63];
    out += table[(v >> 6) & 63];
    out += table[v & 63];
  }
  if (k < in.size()) {
    uint32_t v = uint32_t(uint8_t(in[k])) << 16;
    if (k + 1 < in.size()) v |= uint32_t(uint8_t(in[k + 1])) << 8;
    out += table[v >> 18];
    out += table[(v >> 12) & 63];
    out += k + 1 < in.size() ? table[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// Keeps valid UTF-8 sequences, replaces anything else with U+FFFD (nlohmann refuses to dump invalid UTF-8).
std::string sanitizeUtf8(const std::string& in) {
  std::string out;
  out.reserve(in.size());
  size_t k = 0;
  while (k < in.size()) {
    const auto c = uint8_t(in[k]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    bool ok = len > 0 && k + len <= in.size();
    for (size_t j = 1; ok && j < len; ++j) ok = (uint8_t(in[k + j]) >> 6) == 2;
    if (ok && len > 1) {
      // Reject overlong forms, surrogates and code points above U+10FFFF.
      uint32_t cp = c & (0x7F >> len);
      for (size_t j = 1; j < len; ++j) cp = (cp << 6) | (uint8_t(in[k + j]) & 0x3F);
      ok = !(len == 2 && cp < 0x80) && !(len == 3 && cp < 0x800) && !(len == 4 && cp < 0x10000) && !(cp >= 0xD800 && cp <= 0xDFFF) && cp <= 0x10FFFF;
    }
    if (ok) {
      out.append(in, k, len);
      k += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++k;
    }
  }
  return out;
}

std::string keyText(const Value* key) {
  switch (key->kind) {
    case Value::Kind::String: return sanitizeUtf8(key->s);
    case Value::Kind::Int: return std::to_string(key->i);
    case Value::Kind::Bool: return key->b ? "True" : "False";
    case Value::Kind::None: return "None";
    default: return {};
  }
}

struct JsonBuilder {
  size_t nodes = 0;
  size_t bytes = 0;

  nlohmann::json text(std::string s) {
    bytes += s.size();
    if (bytes > kMaxJsonBytes) return nullptr;
    return s;
  }

  nlohmann::json convert(const Value* v, int depth) {
    if (++nodes > kMaxJsonNodes || depth > kMaxDepth) return nullptr;  // cycles and DAG blow-ups end here
    switch (v->kind) {
      case Value::Kind::None: return nullptr;
      case Value::Kind::Bool: return v->b;
      case Value::Kind::Int: return v->i;
      case Value::Kind::Float: return v->f;
      case Value::Kind::String: return bytes + v->s.size() > kMaxJsonBytes ? nlohmann::json() : text(sanitizeUtf8(v->s));
      case Value::Kind::Bytes: return bytes + v->s.size() > kMaxJsonBytes ? nlohmann::json() : text(base64(v->s));
      case Value::Kind::List:
      case Value::Kind::Tuple:
      case Value::Kind::Set: {
        nlohmann::json array = nlohmann::json::array();
        for (const Value* item : v->items) {
          array.push_back(convert(item, depth + 1));
          if (nodes > kMaxJsonNodes) break;
        }
        return array;
      }
      case Value::Kind::Dict:
      case Value::Kind::Object: {
        nlohmann::json object = nlohmann::json::object();
        for (const auto& [k, val] : v->entries) {
          const std::string key = keyText(k);
          if (key.empty() && k->kind != Value::Kind::String) continue;
          bytes += key.size();
          if (bytes > kMaxJsonBytes) break;
          object[key] = convert(val, depth + 1);
          if (nodes > kMaxJsonNodes) break;
        }
        return object;
      }
      case Value::Kind::Global: return "<" + v->s + ">";
      case Value::Kind::Storage: return nlohmann::json{{"storage", v->storage.key}};
      case Value::Kind::Tensor:
        return nlohmann::json{{"tensor", {{"dtype", dtypeName(v->tensor.storage.dtype)}, {"shape", v->tensor.sizes}}}};
    }
    return nullptr;
  }
};

constexpr size_t kMaxTensors = 1u << 20;

// True when the dict (or a nested dict) holds at least one tensor. Results are
// cached: the memo can share one sub-dict many times (or make cycles).
using TensorCache = std::unordered_map<const Value*, bool>;
bool holdsTensors(const Value* v, int depth, TensorCache& cache) {
  if (depth > kMaxStateDictDepth || !v->isDict()) return false;
  if (auto it = cache.find(v); it != cache.end()) return it->second;
  cache[v] = false;  // a cycle back to v adds nothing
  bool found = false;
  for (const auto& [k, val] : v->entries) {
    if (val->kind == Value::Kind::Tensor || (val->isDict() && holdsTensors(val, depth + 1, cache))) {
      found = true;
      break;
    }
  }
  cache[v] = found;
  return found;
}

void flatten(const Value* dict, const std::string& prefix, int depth, CheckpointLayout& layout, std::set<std::string>& names,
             TensorCache& cache, size_t& nameBytes, const std::string& displayName) {
  if (depth > kMaxStateDictDepth) throw Error(ErrorCode::CorruptFile, displayName + ": state dict nested too deeply at '" + prefix + "'");
  for (const auto& [k, val] : dict->entries) {
    const std::string key = keyText(k);
    if (key.empty()) continue;
    const std::string name = prefix.empty() ? key : prefix + "." + key;
    nameBytes += name.size();
    if (nameBytes > kMaxNameBytes) throw Error(ErrorCode::CorruptFile, displayName + ": tensor names add up to more than 256 MiB");
    if (val->kind == Value::Kind::Tensor) {
      if (!names.insert(name).second) throw Error(ErrorCode::CorruptFile, displayName + ": tensor '" + name + "' appears twice");
      if (layout.tensors.size() >= kMaxTensors) throw Error(ErrorCode::CorruptFile, displayName + ": more than a million tensors");
      layout.tensors.emplace_back(name, &val->tensor);
    } else if (val->isDict() && holdsTensors(val, 0, cache)) {
      flatten(val, name, depth + 1, layout, names, cache, nameBytes, displayName);
    }
  }
}

}  // namespace

nlohmann::json toJson(const Value* value) {
  JsonBuilder builder;
  return builder.convert(value, 0);
}

CheckpointLayout locateStateDict(const Value* root, const std::string& displayName) {
  if (!root->isDict())
    throw Error(ErrorCode::UnsupportedFormat, displayName + ": the top-level object is not a dict (nothing that looks like a state dict)");
  CheckpointLayout layout;
  TensorCache cache;
  const Value* stateDict = root;
  for (const char* key : {"weight", "generator", "state_dict"}) {
    const Value* candidate = root->get(key);
    if (candidate && candidate->isDict() && holdsTensors(candidate, 0, cache)) {
      stateDict = candidate;
      layout.stateDictKey = key;
      break;
    }
  }
  std::set<std::string> names;
  size_t nameBytes = 0;
  flatten(stateDict, "", 0, layout, names, cache, nameBytes, displayName);

  layout.metadata = nlohmann::json::object();
  JsonBuilder builder;
  for (const auto& [k, val] : root->entries) {
    const std::string key = keyText(k);
    if (key.empty() || (!layout.stateDictKey.empty() && key == layout.stateDictKey)) continue;
    if (key == "config") {
      layout.config = builder.convert(val, 0);
      continue;
    }
    if (val->kind == Value::Kind::Tensor) continue;
    if (stateDict == root && val->isDict() && holdsTensors(val, 0, cache)) continue;  // flattened into the tensors
    layout.metadata[key] = builder.convert(val, 0);
  }
  return layout;
}

}  // namespace timbre::checkpoint
