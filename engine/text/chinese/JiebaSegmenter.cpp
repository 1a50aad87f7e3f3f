#include "text/chinese/JiebaSegmenter.h"

#include <cmath>
#include <limits>
#include <optional>
#include <utility>

#include "text/chinese/ChineseData.h"

namespace timbre::text::chinese {

namespace {

constexpr double kMinFloat = -3.14e100;  // jieba's MIN_FLOAT
constexpr double kMinInf = -std::numeric_limits<double>::infinity();

bool isHanRange(char32_t c) { return c >= 0x4E00 && c <= 0x9FD5; }
// posseg re_han_internal: [\u4E00-\u9FD5a-zA-Z0-9+#&\._]
bool isInternalBlockChar(char32_t c) {
  return isHanRange(c) || (c < 0x80 && (std::isalnum(static_cast<int>(c)) || c == U'+' || c == U'#' ||
                                        c == U'&' || c == U'.' || c == U'_'));
}
// jieba re_han_default: [\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]
bool isDefaultBlockChar(char32_t c) { return isInternalBlockChar(c) || c == U'%' || c == U'-'; }
bool isAsciiAlnum(char32_t c) { return c < 0x80 && std::isalnum(static_cast<int>(c)); }
bool isAsciiDigitC(char32_t c) { return c >= U'0' && c <= U'9'; }
bool isSpace(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' || c == 0x3000 ||
         c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x85 || c == 0x1680;
}

// The dictionary as jieba sees it: FREQ (with the user's words) and the total.
class Dict {
 public:
  explicit Dict(const UserWords* user) : m_data(ChineseData::get()), m_user(user) {
    m_logTotal = std::log(m_data.jiebaTotal + (user ? user->extraTotal() : 0.0));
  }
  bool contains(const std::u32string& frag) const {
    return m_data.jieba.count(frag) > 0 || (m_user && (m_user->isPrefix(frag) || m_user->freq(frag)));
  }
  // FREQ.get(word): nullopt when absent, 0 for a bare prefix.
  std::optional<std::int64_t> freq(const std::u32string& word) const {
    if (m_user)
      if (const auto* f = m_user->freq(word)) return *f;
    auto it = m_data.jieba.find(word);
    if (it == m_data.jieba.end()) {
      if (m_user && m_user->isPrefix(word)) return 0;
      return std::nullopt;
    }
    return it->second.freq;
  }
  std::string tag(const std::u32string& word) const {
    auto it = m_data.jieba.find(word);
    return it != m_data.jieba.end() && it->second.hasTag ? it->second.tag : "x";
  }
  double logTotal() const { return m_logTotal; }

  // jieba Tokenizer.get_DAG + calc: route[i] = (log prob, end index) of the best route from i.
  std::vector<std::pair<double, int>> route(const std::u32string& s) const {
    const int n = static_cast<int>(s.size());
    std::vector<std::vector<int>> dag(n);
    for (int k = 0; k < n; ++k) {
      int i = k;
      std::u32string frag(1, s[k]);
      while (i < n && contains(frag)) {
        auto f = freq(frag);
        if (f && *f) dag[k].push_back(i);
        ++i;
        if (i < n) frag = s.substr(k, i - k + 1);
      }
      if (dag[k].empty()) dag[k].push_back(k);
    }
    std::vector<std::pair<double, int>> r(n + 1, {0.0, 0});
    for (int idx = n - 1; idx >= 0; --idx) {
      bool first = true;
      std::pair<double, int> best{0.0, 0};
      for (int x : dag[idx]) {
        auto f = freq(s.substr(idx, x - idx + 1));
        const double w = std::log(static_cast<double>(f && *f ? *f : 1)) - m_logTotal + r[x + 1].first;
        std::pair<double, int> cand{w, x};
        if (first || cand > best) best = cand;  // Python max over (prob, x) tuples
        first = false;
      }
      r[idx] = best;
    }
    return r;
  }

 private:
  const ChineseData& m_data;
  const UserWords* m_user;
  double m_logTotal = 0;
};

// finalseg.viterbi over states B, E, M, S.
std::u32string finalSegStates(const std::u32string& obs) {
  const Hmm& h = ChineseData::get().finalSeg;
  static const char kStates[4] = {'B', 'M', 'E', 'S'};
  auto sid = [&](char c) { return h.ids.at(std::string(1, c)); };
  auto prevOf = [](char y) -> const char* {
    switch (y) {
      case 'B': return "ES";
      case 'M': return "MB";
      case 'S': return "SE";
      default: return "BM";
    }
  };
  auto emit = [&](int s, char32_t c) {
    auto it = h.emit[s].find(c);
    return it == h.emit[s].end() ? kMinFloat : it->second;
  };
  auto trans = [&](int a, int b) {
    auto it = h.transMap[a].find(b);
    return it == h.transMap[a].end() ? kMinFloat : it->second;
  };
  std::unordered_map<char, double> v;
  std::unordered_map<char, std::string> path;
  for (char y : kStates) {
    v[y] = h.start[sid(y)] + emit(sid(y), obs[0]);
    path[y] = std::string(1, y);
  }
  for (std::size_t t = 1; t < obs.size(); ++t) {
    std::unordered_map<char, double> nv;
    std::unordered_map<char, std::string> np;
    for (char y : kStates) {
      const double em = emit(sid(y), obs[t]);
      bool first = true;
      std::pair<double, char> best{0, 0};
      for (const char* p = prevOf(y); *p; ++p) {
        std::pair<double, char> cand{v[*p] + trans(sid(*p), sid(y)) + em, *p};
        if (first || cand > best) best = cand;
        first = false;
      }
      nv[y] = best.first;
      np[y] = path[best.second] + y;
    }
    v = std::move(nv);
    path = std::move(np);
  }
  std::pair<double, char> last = std::max(std::pair<double, char>{v['E'], 'E'}, std::pair<double, char>{v['S'], 'S'});
  std::u32string out;
  for (char c : path[last.second]) out += static_cast<char32_t>(c);
  return out;
}

void finalSegCut(const std::u32string& s, std::vector<std::u32string>& out) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (isHanRange(s[i])) {
      std::size_t j = i;
      while (j < s.size() && isHanRange(s[j])) ++j;
      std::u32string blk = s.substr(i, j - i);
      std::u32string states = finalSegStates(blk);
      std::size_t begin = 0, next = 0;
      for (std::size_t k = 0; k < blk.size(); ++k) {
        if (states[k] == U'B') {
          begin = k;
        } else if (states[k] == U'E') {
          out.push_back(blk.substr(begin, k + 1 - begin));
          next = k + 1;
        } else if (states[k] == U'S') {
          out.push_back(blk.substr(k, 1));
          next = k + 1;
        }
      }
      if (next < blk.size()) out.push_back(blk.substr(next));
      i = j;
    } else {
      // re_skip "([a-zA-Z0-9]+(?:\.\d+)?%?)": matched and unmatched pieces, whole.
      std::size_t j = i;
      std::u32string other;
      while (j < s.size() && !isHanRange(s[j])) {
        if (isAsciiAlnum(s[j])) {
          if (!other.empty()) out.push_back(std::exchange(other, {}));
          std::size_t k = j;
          while (k < s.size() && isAsciiAlnum(s[k])) ++k;
          if (k + 1 < s.size() && s[k] == U'.' && isAsciiDigitC(s[k + 1])) {
            ++k;
            while (k < s.size() && isAsciiDigitC(s[k])) ++k;
          }
          if (k < s.size() && s[k] == U'%') ++k;
          out.push_back(s.substr(j, k - j));
          j = k;
        } else {
          other += s[j++];
        }
      }
      if (!other.empty()) out.push_back(other);
      i = j;
    }
  }
}

// posseg.viterbi: states restricted by char_state_tab; ties go to the larger state (tuple order).
std::vector<int> posViterbi(const std::u32string& obs) {
  const Hmm& h = ChineseData::get().posSeg;
  const int nStates = static_cast<int>(h.names.size());
  std::vector<int> all(nStates);
  for (int i = 0; i < nStates; ++i) all[i] = i;
  auto statesOf = [&](char32_t c) -> const std::vector<int>& {
    auto it = h.charStates.find(c);
    return it == h.charStates.end() ? all : it->second;
  };
  auto emit = [&](int s, char32_t c) {
    auto it = h.emit[s].find(c);
    return it == h.emit[s].end() ? kMinFloat : it->second;
  };
  auto better = [&](double p1, int s1, double p2, int s2) {  // (p1,s1) > (p2,s2)
    if (p1 != p2) return p1 > p2;
    return h.names[s1] > h.names[s2];
  };
  const std::size_t n = obs.size();
  std::vector<std::unordered_map<int, double>> v(n);
  std::vector<std::unordered_map<int, int>> mem(n);
  for (int y : statesOf(obs[0])) {
    v[0][y] = h.start[y] + emit(y, obs[0]);
    mem[0][y] = -1;
  }
  for (std::size_t t = 1; t < n; ++t) {
    std::vector<int> prev;
    for (const auto& [x, _] : mem[t - 1])
      if (!h.trans[x].empty()) prev.push_back(x);
    std::vector<char> expect(nStates, 0);
    bool anyExpect = false;
    for (int x : prev)
      for (const auto& [y, _] : h.trans[x]) {
        expect[y] = 1;
        anyExpect = true;
      }
    std::vector<int> obsStates;
    for (int y : statesOf(obs[t]))
      if (expect[y]) obsStates.push_back(y);
    if (obsStates.empty()) {
      if (anyExpect) {
        for (int y = 0; y < nStates; ++y)
          if (expect[y]) obsStates.push_back(y);
      } else {
        obsStates = all;
      }
    }
    for (int y : obsStates) {
      bool first = true;
      double bestP = 0;
      int bestS = -1;
      const double em = emit(y, obs[t]);
      for (int y0 : prev) {
        auto it = h.transMap[y0].find(y);
        const double p = v[t - 1][y0] + (it == h.transMap[y0].end() ? kMinInf : it->second) + em;
        if (first || better(p, y0, bestP, bestS)) {
          bestP = p;
          bestS = y0;
        }
        first = false;
      }
      if (bestS < 0) continue;  // no predecessor (Python would raise); leave the state out
      v[t][y] = bestP;
      mem[t][y] = bestS;
    }
  }
  bool first = true;
  double bestP = 0;
  int state = -1;
  for (const auto& [y, _] : mem[n - 1]) {
    if (first || better(v[n - 1][y], y, bestP, state)) {
      bestP = v[n - 1][y];
      state = y;
    }
    first = false;
  }
  std::vector<int> route(n, 0);
  for (std::size_t i = n; i-- > 0;) {
    route[i] = state;
    state = mem[i][state];
  }
  return route;
}

void posHmmCut(const std::u32string& s, std::vector<TaggedWord>& out) {
  const Hmm& h = ChineseData::get().posSeg;
  auto route = posViterbi(s);
  auto posOf = [&](int st) { return h.names[st][0]; };
  auto tagOf = [&](int st) { return h.names[st].substr(2); };
  std::size_t begin = 0, next = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char p = posOf(route[i]);
    if (p == 'B') {
      begin = i;
    } else if (p == 'E') {
      out.push_back({s.substr(begin, i + 1 - begin), tagOf(route[i])});
      next = i + 1;
    } else if (p == 'S') {
      out.push_back({s.substr(i, 1), tagOf(route[i])});
      next = i + 1;
    }
  }
  if (next < s.size()) out.push_back({s.substr(next), tagOf(route[next])});
}

// posseg __cut_detail: HMM for Chinese runs, numbers/letters tagged m/eng, the rest x.
void posCutDetail(const std::u32string& s, std::vector<TaggedWord>& out) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (isHanRange(s[i])) {
      std::size_t j = i;
      while (j < s.size() && isHanRange(s[j])) ++j;
      posHmmCut(s.substr(i, j - i), out);
      i = j;
      continue;
    }
    std::size_t j = i;
    std::u32string other;
    while (j < s.size() && !isHanRange(s[j])) {
      const char32_t c = s[j];
      if (c == U'.' || isAsciiDigitC(c)) {
        if (!other.empty()) out.push_back({std::exchange(other, {}), "x"});
        std::size_t k = j;
        while (k < s.size() && (s[k] == U'.' || isAsciiDigitC(s[k]))) ++k;
        out.push_back({s.substr(j, k - j), "m"});
        j = k;
      } else if (isAsciiAlnum(c)) {
        if (!other.empty()) out.push_back({std::exchange(other, {}), "x"});
        std::size_t k = j;
        while (k < s.size() && isAsciiAlnum(s[k])) ++k;
        out.push_back({s.substr(j, k - j), "eng"});
        j = k;
      } else {
        other += s[j++];
      }
    }
    if (!other.empty()) out.push_back({other, "x"});
    i = j;
  }
}

template <typename Emit, typename Flush>
void walkRoute(const Dict& dict, const std::u32string& s, Emit emitWord, Flush flushBuf) {
  auto route = dict.route(s);
  const int n = static_cast<int>(s.size());
  int x = 0;
  std::u32string buf;
  while (x < n) {
    const int y = route[x].second + 1;
    if (y - x == 1) {
      buf += s[x];
    } else {
      if (!buf.empty()) flushBuf(std::exchange(buf, {}));
      emitWord(s.substr(x, y - x));
    }
    x = y;
  }
  if (!buf.empty()) flushBuf(buf);
}

}  // namespace

void UserWords::add(const std::u32string& word) {
  if (word.empty()) return;
  // suggest_freq(word, tune=False): enough to keep the word whole against its pieces.
  Dict dict(this);
  const double total = ChineseData::get().jiebaTotal + m_extraTotal;
  double p = 1.0;
  std::vector<std::u32string> pieces;
  walkRoute(
      dict, word, [&](const std::u32string& w) { pieces.push_back(w); },
      [&](const std::u32string& b) {
        for (char32_t c : b) pieces.emplace_back(1, c);
      });
  for (const auto& piece : pieces) {
    auto f = dict.freq(piece);
    p *= static_cast<double>(f ? *f : 1) / total;
  }
  auto existing = dict.freq(word);
  const std::int64_t freq =
      std::max<std::int64_t>(static_cast<std::int64_t>(p * total) + 1, existing && *existing ? *existing : 1);
  m_words[word] = freq;
  m_extraTotal += static_cast<double>(freq);
  for (std::size_t k = 1; k < word.size(); ++k) m_prefixes.insert(word.substr(0, k));
}

const std::int64_t* UserWords::freq(const std::u32string& word) const {
  auto it = m_words.find(word);
  return it == m_words.end() ? nullptr : &it->second;
}

std::vector<TaggedWord> posCut(const std::u32string& sentence, const UserWords* user) {
  Dict dict(user);
  std::vector<TaggedWord> out;
  std::size_t i = 0;
  while (i < sentence.size()) {
    std::size_t j = i;
    if (isInternalBlockChar(sentence[i])) {
      while (j < sentence.size() && isInternalBlockChar(sentence[j])) ++j;
      walkRoute(
          dict, sentence.substr(i, j - i), [&](const std::u32string& w) { out.push_back({w, dict.tag(w)}); },
          [&](const std::u32string& buf) {
            auto f = dict.freq(buf);
            if (buf.size() == 1) {
              out.push_back({buf, dict.tag(buf)});
            } else if (!f || *f == 0) {
              posCutDetail(buf, out);
            } else {
              for (char32_t c : buf) out.push_back({std::u32string(1, c), dict.tag(std::u32string(1, c))});
            }
          });
    } else {
      while (j < sentence.size() && !isInternalBlockChar(sentence[j])) ++j;
      // Whitespace pieces are tagged x; every other character on its own.
      std::u32string blk = sentence.substr(i, j - i);
      bool engChunk = false;
      for (std::size_t k = 0; k < blk.size();) {
        if (isSpace(blk[k])) {
          std::size_t e = k + 1;
          if (blk[k] == U'\r' && e < blk.size() && blk[e] == U'\n') ++e;
          out.push_back({blk.substr(k, e - k), "x"});
          k = e;
        } else {
          const char32_t c = blk[k];
          out.push_back({std::u32string(1, c), (c == U'.' || isAsciiDigitC(c)) ? "m" : engChunk ? "eng" : "x"});
          ++k;
        }
      }
    }
    i = j;
  }
  return out;
}

std::vector<std::u32string> cut(const std::u32string& sentence, const UserWords* user) {
  Dict dict(user);
  std::vector<std::u32string> out;
  std::size_t i = 0;
  while (i < sentence.size()) {
    std::size_t j = i;
    if (isDefaultBlockChar(sentence[i])) {
      while (j < sentence.size() && isDefaultBlockChar(sentence[j])) ++j;
      walkRoute(
          dict, sentence.substr(i, j - i), [&](const std::u32string& w) { out.push_back(w); },
          [&](const std::u32string& buf) {
            auto f = dict.freq(buf);
            if (buf.size() == 1) {
              out.push_back(buf);
            } else if (!f || *f == 0) {
              finalSegCut(buf, out);
            } else {
              for (char32_t c : buf) out.emplace_back(1, c);
            }
          });
    } else {
      while (j < sentence.size() && !isDefaultBlockChar(sentence[j])) ++j;
      for (std::size_t k = i; k < j; ++k) out.emplace_back(1, sentence[k]);
    }
    i = j;
  }
  return out;
}

std::vector<std::u32string> cutForSearch(const std::u32string& sentence, const UserWords* user) {
  Dict dict(user);
  std::vector<std::u32string> out;
  for (const auto& w : cut(sentence, user)) {
    if (w.size() > 2)
      for (std::size_t i = 0; i + 1 < w.size(); ++i) {
        auto f = dict.freq(w.substr(i, 2));
        if (f && *f) out.push_back(w.substr(i, 2));
      }
    if (w.size() > 3)
      for (std::size_t i = 0; i + 2 < w.size(); ++i) {
        auto f = dict.freq(w.substr(i, 3));
        if (f && *f) out.push_back(w.substr(i, 3));
      }
    out.push_back(w);
  }
  return out;
}

}  // namespace timbre::text::chinese
