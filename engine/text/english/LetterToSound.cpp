#include "text/english/LetterToSound.h"

#include <algorithm>

#include "text/english/LtsModel.h"

namespace timbre::text::english {

namespace detail {
extern const char kLtsModelData[];
extern const std::size_t kLtsModelSize;
}  // namespace detail

namespace {

// The compiled table: sorted "key label" lines, searched in place.
class LtsTable {
 public:
  static const LtsTable& instance() {
    static const LtsTable table;
    return table;
  }

  bool empty() const { return m_lines.empty(); }

  std::string_view find(std::string_view key) const {
    auto it = std::lower_bound(m_lines.begin(), m_lines.end(), key,
                               [](std::string_view line, std::string_view k) { return keyOf(line) < k; });
    if (it == m_lines.end() || keyOf(*it) != key) return {};
    return it->substr(key.size() + 1);
  }

 private:
  LtsTable() {
    std::string_view data(detail::kLtsModelData, detail::kLtsModelSize);
    std::size_t start = 0;
    while (start < data.size()) {
      std::size_t end = data.find('\n', start);
      if (end == std::string_view::npos) end = data.size();
      if (end > start) m_lines.push_back(data.substr(start, end - start));
      start = end + 1;
    }
  }
  static std::string_view keyOf(std::string_view line) { return line.substr(0, line.find(' ')); }

  std::vector<std::string_view> m_lines;
};

}  // namespace

std::vector<std::string> letterToSound(std::string_view word) {
  const auto& table = LtsTable::instance();
  if (table.empty() || word.empty() ||
      !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return {};
  return lts::predict(word, [&table](const std::string& key) { return table.find(key); });
}

}  // namespace timbre::text::english
