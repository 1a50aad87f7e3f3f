// Build-time tool: turns Rime's Cantonese dictionary (Debian package
// rime-data-jyut6ping3) into the table compiled into timbre_text.
//
//   extract <chars.dict.yaml> <words.dict.yaml> <essay-cantonese.txt> <out.tsv>
//     Writes "key<TAB>jyutping<TAB>score" lines: one reading per character and the
//     words with their readings, restricted to the CJK range the frontend keeps
//     (U+4E00..U+9FA5). A character's reading is the one with the highest Rime weight
//     (no weight = 100%); ties (行: haang4/hang4/hong4 all 5%) go to the reading used
//     most in the word list, each word counted by its corpus frequency + 1.
//   merge <traditional.tsv> <simplified.tsv> <out.cpp>
//     <simplified.tsv> is <traditional.tsv> run through `opencc -c t2s.json` (line by
//     line, same order). Simplified keys are added where the dictionary has no entry of
//     its own under that key; when several traditional keys fold into one simplified key
//     (發/髮 -> 发) the one with the higher corpus frequency wins.
//     Writes "key<TAB>jyutping\n" lines sorted by key as one string literal.
#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(line);
  while (std::getline(in, part, sep)) parts.push_back(part);
  if (!line.empty() && line.back() == sep) parts.emplace_back();
  return parts;
}

// UTF-8 code points of s; empty when s is not well formed.
std::vector<char32_t> codePoints(const std::string& s) {
  std::vector<char32_t> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    const int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) return {};
    char32_t c = len == 1 ? b : (b & (0xFF >> (len + 1)));
    for (int k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    out.push_back(c);
    i += static_cast<std::size_t>(len);
  }
  return out;
}

bool allKeptHan(const std::vector<char32_t>& cps) {
  if (cps.empty()) return false;
  for (char32_t c : cps)
    if (c < 0x4E00 || c > 0x9FA5) return false;
  return true;
}

// "gam3" etc.: lower-case letters then one tone digit 1-6.
bool isSyllable(const std::string& s) {
  if (s.size() < 2 || s.back() < '1' || s.back() > '6') return false;
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    if (s[i] < 'a' || s[i] > 'z') return false;
  return true;
}

std::vector<std::string> syllables(const std::string& reading) {
  std::vector<std::string> out;
  for (auto& s : split(reading, ' '))
    if (!s.empty()) out.push_back(s);
  return out;
}

// Rime dictionary body: the lines after the "..." that ends the YAML header.
bool readDictBody(const std::string& path, std::vector<std::vector<std::string>>& rows) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  bool body = false;
  while (std::getline(in, line)) {
    if (!body) {
      body = line == "...";
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    rows.push_back(split(line, '\t'));
  }
  return true;
}

int extract(const std::string& charsPath, const std::string& wordsPath, const std::string& essayPath,
            const std::string& outPath) {
  std::unordered_map<std::string, std::uint64_t> freq;
  {
    std::ifstream in(essayPath);
    if (!in) {
      std::cerr << "timbre_jyutping_gen: cannot open " << essayPath << "\n";
      return 1;
    }
    std::string line;
    while (std::getline(in, line)) {
      auto parts = split(line, '\t');
      if (parts.size() >= 2) freq[parts[0]] = std::strtoull(parts[1].c_str(), nullptr, 10);
    }
  }
  auto frequency = [&](const std::string& key) -> std::uint64_t {
    auto it = freq.find(key);
    return it == freq.end() ? 0 : it->second;
  };

  std::vector<std::vector<std::string>> charRows, wordRows;
  if (!readDictBody(charsPath, charRows) || !readDictBody(wordsPath, wordRows)) {
    std::cerr << "timbre_jyutping_gen: cannot open " << charsPath << " or " << wordsPath
              << " (Debian package rime-data-jyut6ping3)\n";
    return 1;
  }

  // Words: first reading wins; count how often each character reading is used.
  std::vector<std::pair<std::string, std::string>> words;
  std::map<std::string, bool> seenWord;
  std::map<std::pair<std::string, std::string>, std::uint64_t> readingUse;
  for (const auto& row : wordRows) {
    if (row.size() < 2) continue;
    const auto cps = codePoints(row[0]);
    const auto syl = syllables(row[1]);
    if (!allKeptHan(cps) || cps.size() < 2 || syl.size() != cps.size()) continue;
    if (!std::all_of(syl.begin(), syl.end(), isSyllable)) continue;
    if (seenWord[row[0]]) continue;
    seenWord[row[0]] = true;
    words.emplace_back(row[0], row[1]);
    const std::uint64_t weight = frequency(row[0]) + 1;
    std::size_t byte = 0;
    for (std::size_t k = 0; k < cps.size(); ++k) {
      const std::size_t len = cps[k] < 0x800 ? 2 : (cps[k] < 0x10000 ? 3 : 4);
      readingUse[{row[0].substr(byte, len), syl[k]}] += weight;
      byte += len;
    }
  }

  struct Candidate {
    std::string reading;
    double weight = 0;
    std::uint64_t use = 0;
  };
  std::map<std::string, std::vector<Candidate>> chars;
  std::vector<std::string> charOrder;
  for (const auto& row : charRows) {
    if (row.size() < 2 || !isSyllable(row[1])) continue;
    const auto cps = codePoints(row[0]);
    if (cps.size() != 1 || !allKeptHan(cps)) continue;
    Candidate c;
    c.reading = row[1];
    c.weight = 100.0;
    if (row.size() >= 3 && !row[2].empty()) c.weight = std::strtod(row[2].c_str(), nullptr);
    c.use = readingUse.count({row[0], row[1]}) ? readingUse[{row[0], row[1]}] : 0;
    if (!chars.count(row[0])) charOrder.push_back(row[0]);
    chars[row[0]].push_back(c);
  }

  std::ofstream out(outPath, std::ios::binary);
  for (const auto& ch : charOrder) {
    const auto& cands = chars[ch];
    const Candidate* best = &cands[0];
    for (const auto& c : cands)
      if (c.weight > best->weight || (c.weight == best->weight && c.use > best->use)) best = &c;
    out << ch << '\t' << best->reading << '\t' << frequency(ch) << '\n';
  }
  for (const auto& [word, reading] : words) out << word << '\t' << reading << '\t' << frequency(word) << '\n';
  if (!out) {
    std::cerr << "timbre_jyutping_gen: cannot write " << outPath << "\n";
    return 1;
  }
  std::cerr << "timbre_jyutping_gen: " << charOrder.size() << " characters, " << words.size() << " words\n";
  return 0;
}

int merge(const std::string& tradPath, const std::string& simpPath, const std::string& outPath) {
  std::ifstream trad(tradPath), simp(simpPath);
  if (!trad || !simp) {
    std::cerr << "timbre_jyutping_gen: cannot open " << tradPath << " or " << simpPath << "\n";
    return 1;
  }
  struct Entry {
    std::string reading;
    std::uint64_t score = 0;
    bool own = false;
  };
  std::map<std::string, Entry> table;
  std::vector<std::vector<std::string>> simpRows;
  std::string tl, sl;
  while (std::getline(trad, tl)) {
    if (!std::getline(simp, sl)) {
      std::cerr << "timbre_jyutping_gen: " << simpPath << " has fewer lines than " << tradPath << "\n";
      return 1;
    }
    const auto t = split(tl, '\t');
    const auto s = split(sl, '\t');
    if (t.size() != 3 || s.size() != 3) continue;
    const std::uint64_t score = std::strtoull(t[2].c_str(), nullptr, 10);
    auto& own = table[t[0]];
    if (!own.own) own = Entry{t[1], score, true};
    if (s[0] != t[0] && codePoints(s[0]).size() == codePoints(t[0]).size() && allKeptHan(codePoints(s[0])))
      simpRows.push_back({s[0], t[1], t[2]});
  }
  for (const auto& row : simpRows) {
    const std::uint64_t score = std::strtoull(row[2].c_str(), nullptr, 10);
    auto it = table.find(row[0]);
    if (it == table.end())
      table[row[0]] = Entry{row[1], score, false};
    else if (!it->second.own && score > it->second.score)
      it->second = Entry{row[1], score, false};
  }

  // Single-character defaults where Rime gives equal weights and the word-list counts
  // favour the literary reading over the everyday colloquial one (會 "will" is wui5,
  // not wui6 as in 會議; 行 "walk" haang4; 長 "long" coeng4; 返 "return" faan1), and 种,
  // whose own traditional entry is the surname cung4 while simplified text means 種 zung2.
  static const std::pair<const char*, const char*> kColloquial[] = {
      {"會", "wui5"}, {"会", "wui5"}, {"行", "haang4"}, {"長", "coeng4"}, {"长", "coeng4"},
      {"返", "faan1"}, {"种", "zung2"}};
  for (const auto& [key, reading] : kColloquial)
    if (table.count(key)) table[key].reading = reading;

  std::size_t maxChars = 1;
  for (const auto& [key, e] : table) maxChars = std::max(maxChars, codePoints(key).size());
  std::ofstream out(outPath, std::ios::binary);
  out << "// Generated by timbre_jyutping_gen from rime-data-jyut6ping3; do not edit.\n"
      << "#include <cstddef>\n\nnamespace timbre::text::cantonese::detail {\n\n"
      << "extern const char kJyutpingData[];\nextern const std::size_t kJyutpingSize;\n"
      << "extern const std::size_t kJyutpingMaxChars;\n"
      << "const std::size_t kJyutpingMaxChars = " << maxChars << ";\n"
      << "const char kJyutpingData[] =\n";
  // One literal per line keeps the file readable; the compiler joins them.
  for (const auto& [key, e] : table) out << "    \"" << key << "\\t" << e.reading << "\\n\"\n";
  out << "    ;\nconst std::size_t kJyutpingSize = sizeof(kJyutpingData) - 1;\n\n"
      << "}  // namespace timbre::text::cantonese::detail\n";
  if (!out) {
    std::cerr << "timbre_jyutping_gen: cannot write " << outPath << "\n";
    return 1;
  }
  std::cerr << "timbre_jyutping_gen: " << table.size() << " entries, longest " << maxChars << " characters\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "extract" && argc == 6) return extract(argv[2], argv[3], argv[4], argv[5]);
  if (mode == "merge" && argc == 5) return merge(argv[2], argv[3], argv[4]);
  std::cerr << "usage: timbre_jyutping_gen extract <chars.dict.yaml> <words.dict.yaml> <essay.txt> <out.tsv>\n"
               "       timbre_jyutping_gen merge <traditional.tsv> <simplified.tsv> <out.cpp>\n";
  return 2;
}
