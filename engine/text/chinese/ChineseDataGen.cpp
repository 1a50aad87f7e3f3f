// Build-time tool: gathers the Mandarin frontend's data from Debian packages into one
// text blob compiled into timbre_text (see CMakeLists.txt for the sources and why).
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
//   @py_char   codepoint-hex reading,...    (TONE3, most common reading first)
//   @py_phrase phrase syl syl ...           (TONE3, simplified)
//   @t2s       traditional simplified       (single characters)
// Log probabilities are copied as the Python files spell them, so strtod gives the
// very doubles jieba uses.
//
// usage: timbre_zhdata_gen <jieba dir> <go-pinyin pinyin_dict.go> <terra_pinyin.dict.yaml>
//                          <luna_pinyin.dict.yaml> <opencc t2s.json> <output.cpp>
#include <opencc/opencc.h>

#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unordered_map>
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

struct Rime {
  // phrase (simplified) -> readings in file order, each a list of syllables
  std::map<std::string, std::vector<std::vector<std::string>>> phrases;
};

Rime readRime(const std::string& path, opencc_t cc) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  Rime out;
  std::string line;
  bool body = false;
  while (std::getline(in, line)) {
    if (!body) {
      if (line == "...") body = true;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string word = line.substr(0, tab);
    auto tab2 = line.find('\t', tab + 1);
    std::string code = line.substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1);
    auto syl = splitWs(code);
    auto chars = toU32(word);
    if (chars.size() < 2 || syl.size() != chars.size()) continue;
    char* converted = opencc_convert_utf8(cc, word.c_str(), word.size());
    std::string simp = converted;
    opencc_convert_utf8_free(converted);
    if (toU32(simp).size() != chars.size()) continue;
    auto& list = out.phrases[simp];
    bool seen = false;
    for (auto& r : list) seen = seen || r == syl;
    if (!seen) list.push_back(syl);
  }
  return out;
}

std::string stripTone(const std::string& s) {
  return (!s.empty() && std::isdigit(static_cast<unsigned char>(s.back()))) ? s.substr(0, s.size() - 1) : s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 7) {
    std::cerr << "usage: timbre_zhdata_gen <jieba dir> <pinyin_dict.go> <terra_pinyin.dict.yaml> "
                 "<luna_pinyin.dict.yaml> <t2s.json> <output.cpp>\n";
    return 2;
  }
  try {
    const std::string jiebaDir = argv[1];
    std::string blob;
    blob.reserve(20u << 20);

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

    // Single characters: go-pinyin's table (mozillazg's pinyin-data, as pypinyin).
    std::map<char32_t, std::vector<std::string>> chars;
    {
      std::istringstream in(readFile(argv[2]));
      std::string line;
      while (std::getline(in, line)) {
        auto p = line.find("0x");
        auto q = line.find('"');
        if (p == std::string::npos || q == std::string::npos) continue;
        char32_t cp = static_cast<char32_t>(std::stoul(line.substr(p + 2), nullptr, 16));
        auto q2 = line.find('"', q + 1);
        std::string readings = line.substr(q + 1, q2 - q - 1);
        std::vector<std::string> list;
        std::size_t s = 0;
        while (s <= readings.size()) {
          auto e = readings.find(',', s);
          if (e == std::string::npos) e = readings.size();
          list.push_back(toTone3(readings.substr(s, e - s)));
          s = e + 1;
        }
        chars[cp] = list;
      }
    }
    blob += "@py_char\n";
    for (const auto& [cp, list] : chars) {
      std::ostringstream hex;
      hex << std::hex << static_cast<std::uint32_t>(cp);
      blob += hex.str() + "\t";
      for (std::size_t i = 0; i < list.size(); ++i) blob += (i ? "," : "") + list[i];
      blob += "\n";
    }

    opencc_t cc = opencc_open(argv[5]);
    if (cc == reinterpret_cast<opencc_t>(-1)) throw std::runtime_error(std::string("cannot open OpenCC ") + argv[5]);

    // Corrections where Debian's older go-pinyin orders a character's readings unlike
    // current pinyin-data (which pypinyin 0.55 ships): the common reading goes first.
    const std::map<char32_t, std::string> kCharFirst = {{U'看', "kan4"}};
    for (const auto& [cp, first] : kCharFirst) {
      auto& list = chars[cp];
      std::erase(list, first);
      list.insert(list.begin(), first);
    }
    // Phrases: terra_pinyin gives tones; luna_pinyin (toneless) picks among terra's
    // alternatives where it knows the phrase. Like pypinyin's phrases, terra writes the
    // sandhi of 一/不 (一百 yi4 bai3), which is kept. Terra writes neutral tones that
    // pypinyin's table mostly leaves to the tone rules (晚上 wan3 shang4, 想想): a
    // neutral syllable that is the character's common reading but for the tone takes
    // that reading.
    // Only syllables the character table knows (terra also writes erhua as a bare "r").
    std::set<std::string> knownSyllables;
    for (const auto& [cp, list] : chars)
      for (const auto& r : list)
        for (char tone = '1'; tone <= '5'; ++tone) knownSyllables.insert(stripTone(r) + tone);
    Rime terra = readRime(argv[3], cc);
    for (auto& [phrase, readings] : terra.phrases) {
      std::vector<std::vector<std::string>> kept;
      for (auto& r : readings) {
        bool ok = true;
        for (const auto& syl : r) ok = ok && knownSyllables.count(syl) > 0;
        if (ok) kept.push_back(r);
      }
      readings = std::move(kept);
    }
    Rime luna = readRime(argv[4], cc);
    blob += "@py_phrase\n";
    for (auto& [phrase, readings] : terra.phrases) {
      if (readings.empty()) continue;
      auto word = toU32(phrase);
      for (auto& r : readings)
        for (std::size_t i = 0; i < r.size(); ++i) {
          auto it = chars.find(word[i]);
          if (it == chars.end() || it->second.empty() || r[i].back() != '5') continue;
          const std::string& common = it->second.front();
          if (stripTone(common) == stripTone(r[i])) r[i] = common;
        }
      std::vector<const std::vector<std::string>*> candidates;
      auto lunaIt = luna.phrases.find(phrase);
      for (const auto& r : readings) {
        bool ok = true;
        if (lunaIt != luna.phrases.end()) {
          ok = false;
          for (const auto& l : lunaIt->second) {
            bool same = l.size() == r.size();
            for (std::size_t i = 0; same && i < r.size(); ++i) same = stripTone(l[i]) == stripTone(r[i]);
            ok = ok || same;
          }
        }
        if (ok) candidates.push_back(&r);
      }
      if (candidates.empty())
        for (const auto& r : readings) candidates.push_back(&r);
      // Among what is left, the reading closest to the characters' common readings:
      // where a phrase is listed both ways, deviating is the riskier guess.
      const std::vector<std::string>* best = nullptr;
      int bestScore = -1;
      for (const auto* r : candidates) {
        int score = 0;
        for (std::size_t i = 0; i < r->size(); ++i) {
          auto it = chars.find(word[i]);
          if (it != chars.end() && !it->second.empty() && it->second[0] == (*r)[i]) ++score;
        }
        if (score > bestScore) {
          bestScore = score;
          best = r;
        }
      }
      // Phrases terra lists both ways where the golden data shows pypinyin's choice.
      static const std::map<std::string, std::vector<std::string>> kPhraseChoice = {
          {"睡觉", {"shui4", "jiao4"}}};
      if (auto c = kPhraseChoice.find(phrase); c != kPhraseChoice.end()) best = &c->second;
      // terra follows Taiwan's standard for a few characters whose mainland tone
      // differs (研究 yan2 jiu4 in terra, yan2 jiu1 in pypinyin and the mainland
      // dictionaries); the mainland tone replaces terra's where the syllable agrees.
      static const std::map<char32_t, std::string> kMainlandTone = {
          {U'究', "jiu1"}, {U'期', "qi1"}, {U'危', "wei1"}, {U'微', "wei1"}, {U'播', "bo1"},
          {U'帆', "fan1"}, {U'质', "zhi4"}, {U'较', "jiao4"}, {U'档', "dang4"}, {U'框', "kuang4"}, {U'企', "qi3"}};
      std::vector<std::string> mainland = *best;
      for (std::size_t i = 0; i < mainland.size() && i < word.size(); ++i) {
        auto m = kMainlandTone.find(word[i]);
        if (m == kMainlandTone.end()) continue;
        const std::string& syllable = mainland[i];
        if (!syllable.empty() && syllable.substr(0, syllable.size() - 1) == m->second.substr(0, m->second.size() - 1))
          mainland[i] = m->second;
      }
      best = &mainland;
      // Phrases that read like their characters stay too: they steer pypinyin's
      // forward maximum matching inside a word.
      blob += phrase;
      for (const auto& s : *best) blob += "\t" + s;
      blob += "\n";
    }

    // Phrases pypinyin has and terra lacks, where the golden data shows the reading
    // (pypinyin's phrase table writes the sandhi of 一 into numbers like 一百).
    // 一百二十 is listed because terra's 一百二十行 would otherwise stop the forward
    // matching short of 一百 (pypinyin's table evidently has no such blocker).
    for (const char* extra : {"一百\tyi4\tbai3", "一百二十\tyi4\tbai3\ter4\tshi2"}) blob += std::string(extra) + "\n";

    // Traditional -> simplified, character by character (the normaliser's table).
    blob += "@t2s\n";
    auto convertRange = [&](char32_t lo, char32_t hi) {
      for (char32_t c = lo; c <= hi; ++c) {
        std::string in;
        appendUtf8(in, c);
        char* converted = opencc_convert_utf8(cc, in.c_str(), in.size());
        std::string outS = converted;
        opencc_convert_utf8_free(converted);
        if (outS != in && toU32(outS).size() == 1) blob += in + "\t" + outS + "\n";
      }
    };
    convertRange(0x3400, 0x4DBF);
    convertRange(0x4E00, 0x9FFF);
    convertRange(0xF900, 0xFAFF);
    opencc_close(cc);

    // Emit as string literal pieces (one per line of the blob): quick to compile.
    std::ofstream out(argv[6], std::ios::binary);
    out << "// Generated by timbre_zhdata_gen from Debian's jieba, go-pinyin, rime and OpenCC data.\n"
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
    if (!out) throw std::runtime_error(std::string("cannot write ") + argv[6]);
  } catch (const std::exception& e) {
    std::cerr << "timbre_zhdata_gen: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
