#include "text/english/CmuDict.h"

#include <algorithm>

namespace timbre::text::english {

namespace detail {
extern const char kCmuDictData[];
extern const std::size_t kCmuDictSize;
}  // namespace detail

namespace {

std::string_view wordOf(std::string_view line) { return line.substr(0, line.find(' ')); }

CmuEntry parseEntry(std::string_view line) {
  CmuEntry entry;
  std::size_t start = line.find(' ') + 1;  // skip the word
  std::size_t field = 0;
  while (start <= line.size()) {
    std::size_t end = line.find(' ', start);
    if (end == std::string_view::npos) end = line.size();
    std::string_view token = line.substr(start, end - start);
    if (field++ == 0)
      entry.pos = std::string(token);
    else if (!token.empty())
      entry.phones.emplace_back(token);
    start = end + 1;
  }
  return entry;
}

}  // namespace

CmuDict::CmuDict() {
  // One index entry per line; the data itself stays in the read-only blob.
  std::string_view data(detail::kCmuDictData, detail::kCmuDictSize);
  m_lines.reserve(110000);
  std::size_t start = 0;
  while (start < data.size()) {
    std::size_t end = data.find('\n', start);
    if (end == std::string_view::npos) end = data.size();
    if (end > start) m_lines.push_back(data.substr(start, end - start));
    start = end + 1;
  }
}

const CmuDict& CmuDict::instance() {
  static const CmuDict dict;
  return dict;
}

std::size_t CmuDict::lowerBound(std::string_view word) const {
  auto it = std::lower_bound(m_lines.begin(), m_lines.end(), word,
                             [](std::string_view line, std::string_view w) { return wordOf(line) < w; });
  return static_cast<std::size_t>(it - m_lines.begin());
}

std::vector<CmuEntry> CmuDict::lookup(std::string_view word) const {
  std::vector<CmuEntry> entries;
  for (std::size_t i = lowerBound(word); i < m_lines.size() && wordOf(m_lines[i]) == word; ++i)
    entries.push_back(parseEntry(m_lines[i]));
  return entries;
}

std::vector<std::string> CmuDict::first(std::string_view word) const {
  std::size_t i = lowerBound(word);
  if (i < m_lines.size() && wordOf(m_lines[i]) == word) return parseEntry(m_lines[i]).phones;
  return {};
}

std::string_view CmuDict::wordAt(std::size_t line) const { return wordOf(m_lines.at(line)); }

bool CmuDict::contains(std::string_view word) const {
  std::size_t i = lowerBound(word);
  return i < m_lines.size() && wordOf(m_lines[i]) == word;
}

}  // namespace timbre::text::english
