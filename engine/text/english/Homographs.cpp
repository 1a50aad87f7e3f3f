#include "text/english/Homographs.h"

#include <cctype>
#include <sstream>

#include "text/english/EnglishData.h"

namespace timbre::text::english {

namespace {

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

}  // namespace

Homographs::Homographs() {
  std::istringstream in(std::string(detail::blob(detail::kHomographs, detail::kHomographsSize)));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;  // comments
    std::vector<std::string> fields;
    std::istringstream parts(line);
    for (std::string f; std::getline(parts, f, '|');) fields.push_back(f);
    if (fields.size() != 4) continue;
    std::string head = fields[0];
    for (auto& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto posEnd = fields[3].find_last_not_of(" \t\r");
    m_entries[head] = {words(fields[1]), words(fields[2]), fields[3].substr(0, posEnd + 1)};
  }
  // GPT-SoVITS's corrections (english.py en_G2p.__init__).
  m_entries["read"] = {{"R", "IY1", "D"}, {"R", "EH1", "D"}, "VBP"};
  m_entries["complex"] = {
      {"K", "AH0", "M", "P", "L", "EH1", "K", "S"}, {"K", "AA1", "M", "P", "L", "EH0", "K", "S"}, "JJ"};
}

const Homographs& Homographs::instance() {
  static const Homographs table;
  return table;
}

std::optional<std::vector<std::string>> Homographs::reading(const std::string& word, std::string_view posTag) const {
  const auto it = m_entries.find(word);
  if (it == m_entries.end()) return std::nullopt;
  const Entry& e = it->second;
  if (posTag.starts_with(e.firstPos)) return e.first;
  // A tag shorter than the prefix that begins it ("VB" for "read"'s "VBP") also selects
  // the first reading.
  if (posTag.size() < e.firstPos.size() && std::string_view(e.firstPos).starts_with(posTag)) return e.first;
  return e.second;
}

}  // namespace timbre::text::english
