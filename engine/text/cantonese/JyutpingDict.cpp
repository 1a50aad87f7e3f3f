#include "text/cantonese/JyutpingDict.h"

#include <algorithm>

namespace timbre::text::cantonese {

namespace detail {
extern const char kJyutpingData[];
extern const std::size_t kJyutpingSize;
extern const std::size_t kJyutpingMaxChars;
}  // namespace detail

namespace {
std::string_view keyOf(std::string_view line) { return line.substr(0, line.find('\t')); }
}  // namespace

JyutpingDict::JyutpingDict() {
  // Index the read-only blob once (about 190k lines); lookups binary-search it.
  const std::string_view data(detail::kJyutpingData, detail::kJyutpingSize);
  m_lines.reserve(200000);
  std::size_t start = 0;
  while (start < data.size()) {
    std::size_t end = data.find('\n', start);
    if (end == std::string_view::npos) end = data.size();
    if (end > start) m_lines.push_back(data.substr(start, end - start));
    start = end + 1;
  }
}

const JyutpingDict& JyutpingDict::instance() {
  static const JyutpingDict dict;
  return dict;
}

std::size_t JyutpingDict::maxChars() const { return detail::kJyutpingMaxChars; }

std::optional<std::string_view> JyutpingDict::lookup(std::string_view key) const {
  auto it = std::lower_bound(m_lines.begin(), m_lines.end(), key,
                             [](std::string_view line, std::string_view k) { return keyOf(line) < k; });
  if (it == m_lines.end() || keyOf(*it) != key) return std::nullopt;
  return it->substr(key.size() + 1);
}

}  // namespace timbre::text::cantonese
