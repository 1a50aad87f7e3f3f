// Build-time tool: turns the vendored English data (data/english-data.tar.xz, unpacked
// by CMake) into EnglishData.cpp, compiled into timbre_text so the product reads no
// file at run time.
//
//   usage: timbre_english_data_gen <unpacked-dir> <output.cpp>
//
// The pronunciation dictionary is built the way GPT-SoVITS english.py builds its
// engdict cache: cmudict.rep from line 57 (word, two spaces, phones; a later line for
// the same word wins), then cmudict-fast.rep for words not yet present (word, space,
// phones), then engdict-hot.rep overriding both. The name dictionary keeps each
// name's first reading. Both are written sorted, one entry per line, as
// "word<TAB><one byte per phone>"; the phone bytes index a phone list stored alongside
// (0x80 + index), which keeps the tables about half as large as text.
// The tagger's weights are re-encoded without changing a value: every weight is a
// multiple of 0.001 (NLTK rounds the averaged weights to 3 places), so it is stored as
// that integer, checked here to give back the very same double. Per feature:
// "feature\0", a count byte, then per tag a tag byte and a little-endian int16 (tag
// byte | 0x80: an int32, for the rare weight beyond +-32.767).
// The homograph and g2p_en files are copied in as they are.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Phones = std::vector<std::string>;

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Python's str.strip() for the characters these files contain.
std::string strip(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r\n\f\v");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n\f\v") + 1 - first);
}

// Python's str.split(sep): empty fields are kept.
std::vector<std::string> split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t at; (at = s.find(sep, start)) != std::string::npos; start = at + sep.size())
    out.push_back(s.substr(start, at - start));
  out.push_back(s.substr(start));
  return out;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

using Dictionary = std::map<std::string, Phones>;

Dictionary officialDictionary(const std::string& dir) {
  Dictionary dict;
  const auto main = lines(readFile(dir + "/cmudict.rep"));
  for (std::size_t i = 56; i < main.size(); ++i) {  // english.py starts at line 57
    const auto fields = split(strip(main[i]), "  ");
    if (fields.size() < 2) throw std::runtime_error("cmudict.rep:" + std::to_string(i + 1) + ": no phones");
    dict[lower(fields[0])] = split(fields[1], " ");
  }
  for (const auto& line : lines(readFile(dir + "/cmudict-fast.rep"))) {
    auto fields = split(strip(line), " ");
    if (fields.size() < 2) continue;
    dict.try_emplace(lower(fields[0]), fields.begin() + 1, fields.end());
  }
  for (const auto& line : lines(readFile(dir + "/engdict-hot.rep"))) {
    auto fields = split(strip(line), " ");
    if (fields.size() < 2) continue;
    dict[lower(fields[0])] = Phones(fields.begin() + 1, fields.end());
  }
  // english.py removes a few abbreviations CMU reads wrongly.
  for (const char* word : {"ae", "ai", "ar", "ios", "hud", "os"}) dict.erase(word);
  return dict;
}

Dictionary nameDictionary(const std::string& dir) {
  Dictionary dict;
  for (const auto& line : lines(readFile(dir + "/namedict.tsv"))) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos) throw std::runtime_error("namedict.tsv: a line without a tab");
    dict.try_emplace(line.substr(0, tab), split(line.substr(tab + 1), " "));
  }
  return dict;
}

std::string encode(const Dictionary& dict, std::vector<std::string>& phoneList) {
  std::string out;
  for (const auto& [word, phones] : dict) {
    if (word.find_first_of("\t\n") != std::string::npos) throw std::runtime_error("odd word: " + word);
    out += word;
    out += '\t';
    for (const auto& p : phones) {
      auto it = std::find(phoneList.begin(), phoneList.end(), p);
      if (it == phoneList.end()) it = phoneList.insert(phoneList.end(), p);
      const auto index = static_cast<std::size_t>(it - phoneList.begin());
      if (index >= 0x7f) throw std::runtime_error("more than 127 distinct phones");
      out += static_cast<char>(0x80 + index);
    }
    out += '\n';
  }
  return out;
}

std::string encodeTaggerWeights(const std::string& dir) {
  std::vector<std::string> classes = lines(readFile(dir + "/tagger-classes.txt"));
  std::string out;
  for (const auto& line : lines(readFile(dir + "/tagger-weights.tsv"))) {
    const auto fields = split(line, "\t");
    if (fields[0].find('\0') != std::string::npos || fields.size() - 1 > 0xff)
      throw std::runtime_error("tagger feature out of range: " + fields[0]);
    out += fields[0];
    out += '\0';
    out += static_cast<char>(fields.size() - 1);
    for (std::size_t i = 1; i < fields.size(); ++i) {
      const auto space = fields[i].rfind(' ');
      const auto tag = std::find(classes.begin(), classes.end(), fields[i].substr(0, space));
      if (space == std::string::npos || tag == classes.end() || classes.size() > 0x80)
        throw std::runtime_error("tagger weight with an unknown tag: " + fields[i]);
      const double weight = std::strtod(fields[i].c_str() + space + 1, nullptr);
      const long long milli = std::llround(weight * 1000.0);
      if (static_cast<double>(milli) / 1000.0 != weight)
        throw std::runtime_error("tagger weight is not a multiple of 0.001: " + fields[i]);
      const bool wide = milli < INT16_MIN || milli > INT16_MAX;
      out += static_cast<char>((tag - classes.begin()) | (wide ? 0x80 : 0));
      const auto bits = static_cast<std::uint32_t>(static_cast<std::int32_t>(milli));
      for (int b = 0; b < (wide ? 4 : 2); ++b) out += static_cast<char>((bits >> (8 * b)) & 0xff);
    }
  }
  return out;
}

// Writes bytes as a C++ string literal (3-digit octal escapes, which never run on).
void writeBlob(std::ostream& out, const std::string& name, const std::string& bytes) {
  out << "extern const char " << name << "[];\nextern const std::size_t " << name << "Size;\n"
      << "const char " << name << "[] =\n    \"";
  std::size_t column = 0;
  for (unsigned char c : bytes) {
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?') {
      out << static_cast<char>(c);
      ++column;
    } else {
      const char octal[] = {'\\', static_cast<char>('0' + (c >> 6)), static_cast<char>('0' + ((c >> 3) & 7)),
                            static_cast<char>('0' + (c & 7))};
      out.write(octal, 4);
      column += 4;
    }
    if (column >= 120) {
      out << "\"\n    \"";
      column = 0;
    }
  }
  out << "\";\nconst std::size_t " << name << "Size = sizeof(" << name << ") - 1;\n\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: timbre_english_data_gen <unpacked-dir> <output.cpp>\n";
    return 2;
  }
  try {
    const std::string dir = argv[1];
    std::vector<std::string> phoneList;
    const std::string lexicon = encode(officialDictionary(dir), phoneList);
    const std::string names = encode(nameDictionary(dir), phoneList);
    std::string phoneText;
    for (const auto& p : phoneList) phoneText += p + '\n';

    std::ofstream out(argv[2], std::ios::binary);
    out << "// Generated by timbre_english_data_gen from engine/text/english/data; do not edit.\n"
        << "#include <cstddef>\n\nnamespace timbre::text::english::detail {\n\n";
    writeBlob(out, "kLexiconPhones", phoneText);
    writeBlob(out, "kLexicon", lexicon);
    writeBlob(out, "kNames", names);
    writeBlob(out, "kHomographs", readFile(dir + "/homographs.en"));
    writeBlob(out, "kTaggerClasses", readFile(dir + "/tagger-classes.txt"));
    writeBlob(out, "kTaggerTagdict", readFile(dir + "/tagger-tagdict.tsv"));
    writeBlob(out, "kTaggerWeights", encodeTaggerWeights(dir));
    writeBlob(out, "kG2pShapes", readFile(dir + "/g2p_en.shapes"));
    writeBlob(out, "kG2pWeights", readFile(dir + "/g2p_en.f32"));
    out << "}  // namespace timbre::text::english::detail\n";
    if (!out) throw std::runtime_error(std::string("cannot write ") + argv[2]);
  } catch (const std::exception& e) {
    std::cerr << "timbre_english_data_gen: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
