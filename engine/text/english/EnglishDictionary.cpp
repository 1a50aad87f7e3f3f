#include "text/english/EnglishDictionary.h"

#include <algorithm>

#include "text/english/EnglishData.h"

namespace timbre::text::english {

namespace {

std::vector<std::string_view> splitLines(std::string_view data) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < data.size()) {
    std::size_t end = data.find('\n', start);
    if (end == std::string_view::npos) end = data.size();
    out.push_back(data.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string_view wordOf(std::string_view line) { return line.substr(0, line.find('\t')); }

}  // namespace

EnglishDictionary::EnglishDictionary()
    : m_words(splitLines(detail::blob(detail::kLexicon, detail::kLexiconSize))),
      m_names(splitLines(detail::blob(detail::kNames, detail::kNamesSize))) {
  // Phone names end with "\n"; an empty line is a real (empty) phone of the source data.
  std::string_view phones = detail::blob(detail::kLexiconPhones, detail::kLexiconPhonesSize);
  for (std::size_t start = 0; start < phones.size();) {
    const std::size_t end = phones.find('\n', start);
    m_phoneNames.emplace_back(phones.substr(start, end - start));
    start = end + 1;
  }
}

const EnglishDictionary& EnglishDictionary::instance() {
  static const EnglishDictionary dictionary;
  return dictionary;
}

std::optional<Phones> EnglishDictionary::find(const std::vector<std::string_view>& lines,
                                              std::string_view word) const {
  const auto it = std::lower_bound(lines.begin(), lines.end(), word,
                                   [](std::string_view line, std::string_view w) { return wordOf(line) < w; });
  if (it == lines.end() || wordOf(*it) != word) return std::nullopt;
  Phones phones;
  for (unsigned char code : it->substr(word.size() + 1)) phones.push_back(m_phoneNames.at(code - 0x80u));
  return phones;
}

std::optional<Phones> EnglishDictionary::lookup(std::string_view word) const { return find(m_words, word); }

std::optional<Phones> EnglishDictionary::lookupName(std::string_view word) const { return find(m_names, word); }

}  // namespace timbre::text::english
