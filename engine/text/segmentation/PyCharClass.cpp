#include "text/segmentation/PyCharClass.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace timbre::text::pychar {

namespace {

struct CodePointRange {
  std::uint32_t first;
  std::uint32_t last;
};

#include "text/segmentation/UnicodeTables.inc"

template <std::size_t N>
bool inRanges(const CodePointRange (&ranges)[N], char32_t c) {
  // First range whose end is >= c; c is inside when that range starts at or before it.
  const auto it = std::lower_bound(std::begin(ranges), std::end(ranges), static_cast<std::uint32_t>(c),
                                   [](const CodePointRange& r, std::uint32_t v) { return r.last < v; });
  return it != std::end(ranges) && it->first <= c;
}

}  // namespace

bool isWord(char32_t c) { return inRanges(kWordRanges, c); }
bool isDecimal(char32_t c) { return inRanges(kDecimalRanges, c); }
bool isDigit(char32_t c) { return inRanges(kDigitRanges, c); }
bool isSpace(char32_t c) { return inRanges(kSpaceRanges, c); }

std::u32string_view strip(std::u32string_view s) {
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::u32string_view strip(std::u32string_view s, char32_t c) {
  while (!s.empty() && s.front() == c) s.remove_prefix(1);
  while (!s.empty() && s.back() == c) s.remove_suffix(1);
  return s;
}

}  // namespace timbre::text::pychar
