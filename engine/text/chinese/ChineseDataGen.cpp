// Build-time tool: gathers the Mandarin frontend's data (jieba from Debian's python3-jieba,
// pypinyin's tables and GPT-SoVITS's traditional -> simplified table vendored in data/)
// into one text blob compiled into timbre_text (see CMakeLists.txt for the sources and why).
//
// Blob layout: sections, each introduced by a line "@name", then one record per line,
// fields separated by a tab:
//   @jieba     word freq tag                (jieba dict.txt, order kept)
//   @fs_start  state logp                   (jieba finalseg HMM, states B E M S)
//   @fs_trans  from to logp
//   @fs_emit   state char logp
//   @ps_start  state logp                   (jieba posseg HMM, state = "B,a")
//   @ps_trans  from to logp
//   @ps_emit   state char logp
//   @ps_chars  char state state ...         (allowed states of a character, file order)
//   @py_char   codepoint-hex reading        (TONE3: the reading lazy_pinyin gives)
//   @py_phrase phrase syl syl ...           (TONE3, pypinyin's phrase table)
//   @t2s       traditional simplified       (single characters)
// Log probabilities are copied as the Python files spell them, so strtod gives the
// very doubles jieba uses.
//
// usage: timbre_zhdata_gen <jieba dir> <pypinyin_chars.txt> <pypinyin_phrases.txt>
//                          <char_convert_t2s.txt> <output.cpp>

#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

namespace {

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::u32string toU32(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    int n;
    if (c < 0x80) { cp = c; n = 1; }
    else if ((c >> 5) == 6) { cp = c & 0x1F; n = 2; }
    else if ((c >> 4) == 14) { cp = c & 0x0F; n = 3; }
    else { cp = c & 0x07; n = 4; }
    for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += cp;
    i += n;
  }
  return out;
}

// --- a small reader for the Python literals jieba ships its HMM models in -------------
struct PyValue;
using PyDict = std::vector<std::pair<PyValue, PyValue>>;
struct PyValue {
  std::variant<std::string, double, std::vector<PyValue>, std::shared_ptr<PyDict>> v;
  std::string number;  // the spelling of a number, kept for exactness
};

class PyReader {
 public:
  explicit PyReader(std::string text) : m_s(std::move(text)) {
    m_pos = m_s.find("P=");
    if (m_pos == std::string::npos) throw std::runtime_error("no 'P=' in model file");
    m_pos += 2;
  }
  PyValue value() {
    skip();
    char c = m_s[m_pos];
    if (c == '{') return dict();
    if (c == '(') return tuple();
    if (c == '\'' || c == '"') return string();
    return number();
  }

 private:
  void skip() {
    while (m_pos < m_s.size() && (std::isspace(static_cast<unsigned char>(m_s[m_pos])) || m_s[m_pos] == ','))
      ++m_pos;
  }
  PyValue dict() {
    ++m_pos;
    auto d = std::make_shared<PyDict>();
    for (;;) {
      skip();
      if (m_s[m_pos] == '}') { ++m_pos; break; }
      PyValue k = value();
      skip();
      if (m_s[m_pos] != ':') throw std::runtime_error("expected ':' at " + std::to_string(m_pos));
      ++m_pos;
      PyValue v = value();
      d->emplace_back(std::move(k), std::move(v));
    }
    PyValue out;
    out.v = d;
    return out;
  }
  PyValue tuple() {
    ++m_pos;
    std::vector<PyValue> items;
    for (;;) {
      skip();
      if (m_s[m_pos] == ')') { ++m_pos; break; }
      items.push_back(value());
    }
    PyValue out;
    out.v = std::move(items);
    return out;
  }
  PyValue string() {
    char q = m_s[m_pos++];
    std::string out;
    while (m_s[m_pos] != q) {
      char c = m_s[m_pos++];
      if (c != '\\') { out += c; continue; }
      char e = m_s[m_pos++];
      if (e == 'u' || e == 'U' || e == 'x') {
        int n = e == 'u' ? 4 : e == 'U' ? 8 : 2;
        char32_t cp = static_cast<char32_t>(std::stoul(m_s.substr(m_pos, n), nullptr, 16));
        m_pos += n;
        appendUtf8(out, cp);
      } else if (e == 'n') out += '\n';
      else if (e == 't') out += '\t';
      else out += e;
    }
    ++m_pos;
    PyValue v;
    v.v = out;
    return v;
  }
  PyValue number() {
    std::size_t start = m_pos;
    while (m_pos < m_s.size() && (std::isalnum(static_cast<unsigned char>(m_s[m_pos])) || m_s[m_pos] == '.' ||
                                  m_s[m_pos] == '-' || m_s[m_pos] == '+'))
      ++m_pos;
    PyValue v;
    v.number = m_s.substr(start, m_pos - start);
    if (v.number.empty()) throw std::runtime_error("unexpected character at " + std::to_string(start));
    v.v = std::stod(v.number == "-inf" ? "-1e308" : v.number);
    return v;
  }
  std::string m_s;
  std::size_t m_pos = 0;
};

const std::string& str(const PyValue& v) { return std::get<std::string>(v.v); }
const PyDict& dict(const PyValue& v) { return *std::get<std::shared_ptr<PyDict>>(v.v); }
// A state is 'B' (finalseg) or ('B','a') (posseg): written "B" or "B,a".
std::string state(const PyValue& v) {
  if (auto* s = std::get_if<std::string>(&v.v)) return *s;
  const auto& t = std::get<std::vector<PyValue>>(v.v);
  return str(t.at(0)) + "," + str(t.at(1));
}

PyValue readModel(const std::string& path) { return PyReader(readFile(path)).value(); }

void emitModel(std::string& out, const std::string& prefix, const std::string& dir, bool withChars) {
  // (each model is kept in a local: a range-for over a temporary's member would dangle)
  const PyValue start = readModel(dir + "/prob_start.py");
  const PyValue trans = readModel(dir + "/prob_trans.py");
  const PyValue emit = readModel(dir + "/prob_emit.py");
  out += "@" + prefix + "_start\n";
  for (const auto& [k, v] : dict(start)) out += state(k) + "\t" + v.number + "\n";
  out += "@" + prefix + "_trans\n";
  for (const auto& [k, v] : dict(trans))
    for (const auto& [k2, v2] : dict(v)) out += state(k) + "\t" + state(k2) + "\t" + v2.number + "\n";
  // A state with no outgoing transitions still has to be known to the viterbi.
  out += "@" + prefix + "_emit\n";
  for (const auto& [k, v] : dict(emit))
    for (const auto& [k2, v2] : dict(v)) out += state(k) + "\t" + str(k2) + "\t" + v2.number + "\n";
  if (withChars) {
    out += "@" + prefix + "_chars\n";
    const PyValue tab = readModel(dir + "/char_state_tab.py");
    for (const auto& [k, v] : dict(tab)) {
      out += str(k);
      for (const auto& s : std::get<std::vector<PyValue>>(v.v)) out += "\t" + state(s);
      out += "\n";
    }
  }
}

// --- pinyin -----------------------------------------------------------------------------
// "zhōng" -> "zhong1", "lü" -> "lv5"; the neutral tone is 5 (pypinyin neutral_tone_with_five).
std::string toTone3(const std::string& marked) {
  static const std::map<char32_t, std::pair<char32_t, int>> kMarks = {
      {U'ā', {U'a', 1}}, {U'á', {U'a', 2}}, {U'ǎ', {U'a', 3}}, {U'à', {U'a', 4}},
      {U'ē', {U'e', 1}}, {U'é', {U'e', 2}}, {U'ě', {U'e', 3}}, {U'è', {U'e', 4}},
      {U'ī', {U'i', 1}}, {U'í', {U'i', 2}}, {U'ǐ', {U'i', 3}}, {U'ì', {U'i', 4}},
      {U'ō', {U'o', 1}}, {U'ó', {U'o', 2}}, {U'ǒ', {U'o', 3}}, {U'ò', {U'o', 4}},
      {U'ū', {U'u', 1}}, {U'ú', {U'u', 2}}, {U'ǔ', {U'u', 3}}, {U'ù', {U'u', 4}},
      {U'ǖ', {U'v', 1}}, {U'ǘ', {U'v', 2}}, {U'ǚ', {U'v', 3}}, {U'ǜ', {U'v', 4}},
      {U'ü', {U'v', 0}}, {U'ń', {U'n', 2}}, {U'ň', {U'n', 3}}, {U'ǹ', {U'n', 4}},
      {U'ḿ', {U'm', 2}}, {U'ê', {U'e', 0}}};
  std::string base;
  int tone = 5;
  for (char32_t c : toU32(marked)) {
    auto it = kMarks.find(c);
    if (it != kMarks.end()) {
      appendUtf8(base, it->second.first);
      if (it->second.second) tone = it->second.second;
    } else if (c == 0x0300 || c == 0x0304) {  // combining marks (m̀, ê̄): keep tone only
      tone = c == 0x0300 ? 4 : 1;
    } else {
      appendUtf8(base, c);
    }
  }
  return base + std::to_string(tone);
}

std::vector<std::string> splitWs(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream ss(s);
  std::string t;
  while (ss >> t) out.push_back(t);
  return out;
}

// A vendored pypinyin table: "key<TAB>reading reading ..." per line (data/README).
std::vector<std::pair<std::string, std::vector<std::string>>> readReadings(const std::string& path) {
  std::istringstream in(readFile(path));
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  std::string line;
  while (std::getline(in, line)) {
    auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::vector<std::string> readings;
    for (const auto& r : splitWs(line.substr(tab + 1))) readings.push_back(toTone3(r));
    if (toU32(line.substr(0, tab)).size() != readings.size())
      throw std::runtime_error(path + ": entry '" + line.substr(0, tab) + "' has a reading count unlike its length");
    out.emplace_back(line.substr(0, tab), std::move(readings));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    std::cerr << "usage: timbre_zhdata_gen <jieba dir> <pypinyin_chars.txt> <pypinyin_phrases.txt> <char_convert_t2s.txt> "
                 "<output.cpp>\n";
    return 2;
  }
  try {
    const std::string jiebaDir = argv[1];
    std::string blob;
    blob.reserve(12u << 20);

    // jieba dictionary: copied as is (word freq tag).
    blob += "@jieba\n";
    {
      std::istringstream in(readFile(jiebaDir + "/dict.txt"));
      std::string line;
      while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        auto parts = splitWs(line);
        if (parts.size() < 2) continue;
        blob += parts[0] + "\t" + parts[1] + "\t" + (parts.size() > 2 ? parts[2] : "") + "\n";
      }
    }
    emitModel(blob, "fs", jiebaDir + "/finalseg", false);
    emitModel(blob, "ps", jiebaDir + "/posseg", true);

    // pypinyin's tables (vendored in data/), converted to TONE3 with the neutral tone as 5.
    blob += "@py_char\n";
    for (const auto& [ch, readings] : readReadings(argv[2])) {
      std::ostringstream hex;
      hex << std::hex << static_cast<std::uint32_t>(toU32(ch).at(0));
      blob += hex.str() + "\t" + readings.at(0) + "\n";
    }
    blob += "@py_phrase\n";
    for (const auto& [phrase, readings] : readReadings(argv[3])) {
      blob += phrase;
      for (const auto& r : readings) blob += "\t" + r;
      blob += "\n";
    }

    // Traditional -> simplified, character by character (char_convert's resolved map).
    blob += "@t2s\n";
    {
      std::istringstream in(readFile(argv[4]));
      std::string line;
      while (std::getline(in, line)) {
        auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        if (toU32(line.substr(0, tab)).size() != 1 || toU32(line.substr(tab + 1)).size() != 1)
          throw std::runtime_error(std::string(argv[4]) + ": '" + line + "' is not one character to one");
        blob += line + "\n";
      }
    }

    // Emit as string literal pieces (one per line of the blob): quick to compile.
    std::ofstream out(argv[5], std::ios::binary);
    out << "// Generated by timbre_zhdata_gen from jieba and the tables in engine/text/chinese/data.\n"
           "#include <cstddef>\nnamespace timbre::text::chinese::detail {\n"
           "extern const char kChineseData[];\nextern const std::size_t kChineseDataSize;\n"
           "const char kChineseData[] =\n";
    std::size_t i = 0;
    std::string piece;
    while (i < blob.size()) {
      piece.clear();
      std::size_t n = 0;
      while (i < blob.size() && n < 4000) {
        char c = blob[i++];
        ++n;
        if (c == '\n') piece += "\\n";
        else if (c == '\t') piece += "\\t";
        else if (c == '"') piece += "\\\"";
        else if (c == '\\') piece += "\\\\";
        else if (c == '?') piece += "\\?";
        else piece += c;
        if (c == '\n' && n > 3000) break;
      }
      out << "\"" << piece << "\"\n";
    }
    out << ";\nconst std::size_t kChineseDataSize = " << blob.size() << ";\n}\n";
    if (!out) throw std::runtime_error(std::string("cannot write ") + argv[5]);
  } catch (const std::exception& e) {
    std::cerr << "timbre_zhdata_gen: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
