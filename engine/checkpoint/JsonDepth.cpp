#include "checkpoint/JsonDepth.h"

#include "timbre/Error.h"

namespace timbre::checkpoint {

size_t jsonNestingDepth(const char* begin, const char* end, size_t stopAfter) {
  size_t depth = 0, deepest = 0;
  bool inString = false, escaped = false;
  for (const char* p = begin; p != end; ++p) {
    const char c = *p;
    if (inString) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') inString = false;
      continue;
    }
    if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > deepest) deepest = depth;
      if (deepest >= stopAfter) return deepest;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

void requireShallowJson(const char* begin, const char* end, const std::string& what) {
  if (jsonNestingDepth(begin, end) > kMaxJsonDepth)
    throw Error(ErrorCode::CorruptFile,
                what + ": JSON nests deeper than " + std::to_string(kMaxJsonDepth) + " levels; refusing to read it");
}

}  // namespace timbre::checkpoint
