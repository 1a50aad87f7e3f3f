#pragma once
// A bound on how deeply JSON text nests, checked before parsing. nlohmann::json
// parses deep text fine but copies, compares and dumps values recursively, so
// a file nesting tens of thousands of levels (a few hundred KB) would overflow
// the stack long after parsing. Torch-free: also compiled into the fuzzer.
#include <cstddef>
#include <string>

namespace timbre::checkpoint {

// Far deeper than any config, safetensors header or API request needs.
inline constexpr size_t kMaxJsonDepth = 128;

// The deepest nesting of [ and { in `text` outside string literals, counting no
// further than `stopAfter` (so the scan stays cheap on hostile input). Text
// that is not JSON still gets a number; the parser judges the rest.
size_t jsonNestingDepth(const char* begin, const char* end, size_t stopAfter = kMaxJsonDepth + 1);

// Throws timbre::Error(CorruptFile) "<what>: JSON nests deeper than 128 levels"
// when the text nests deeper than kMaxJsonDepth.
void requireShallowJson(const char* begin, const char* end, const std::string& what);

}  // namespace timbre::checkpoint
