#include "text/chinese/ChineseData.h"

#include <charconv>
#include <cstdlib>
#include <string_view>

#include "text/chinese/Utf32.h"
#include "timbre/Error.h"

namespace timbre::text::chinese {

namespace detail {
extern const char kChineseData[];
extern const std::size_t kChineseDataSize;
}  // namespace detail

namespace {

std::vector<std::string_view> splitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    auto tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

double toDouble(std::string_view s) {
  // strtod (not from_chars) so "-3.14e+100" and friends round exactly as Python's float().
  return std::strtod(std::string(s).c_str(), nullptr);
}

char32_t singleChar(std::string_view utf8) {
  auto u = toU32(utf8);
  return u.empty() ? 0 : u[0];
}

}  // namespace

int Hmm::id(const std::string& name) {
  auto it = ids.find(name);
  if (it != ids.end()) return it->second;
  const int n = static_cast<int>(names.size());
  names.push_back(name);
  ids.emplace(name, n);
  start.push_back(-3.14e100);
  trans.emplace_back();
  transMap.emplace_back();
  emit.emplace_back();
  return n;
}

const ChineseData& ChineseData::get() {
  static const ChineseData data;
  return data;
}

ChineseData::ChineseData() {
  std::string_view blob(detail::kChineseData, detail::kChineseDataSize);
  if (blob.empty())
    throw Error(ErrorCode::UnsupportedFormat,
                "Mandarin frontend: this build has no Chinese data (Debian package python3-jieba was missing "
                "at build time)");
  jieba.reserve(700000);
  std::string section;
  std::size_t pos = 0;
  while (pos < blob.size()) {
    auto end = blob.find('\n', pos);
    if (end == std::string_view::npos) end = blob.size();
    std::string_view line = blob.substr(pos, end - pos);
    pos = end + 1;
    if (line.empty()) continue;
    if (line[0] == '@') {
      section = std::string(line.substr(1));
      continue;
    }
    auto f = splitTabs(line);
    if (section == "jieba") {
      std::int64_t freq = 0;
      std::from_chars(f[1].data(), f[1].data() + f[1].size(), freq);
      auto word = toU32(f[0]);
      auto& e = jieba[word];
      e.freq = freq;
      if (f.size() > 2 && !f[2].empty()) {
        e.tag = std::string(f[2]);
        e.hasTag = true;
      }
      jiebaTotal += static_cast<double>(freq);
      for (std::size_t k = 1; k < word.size(); ++k) jieba.try_emplace(word.substr(0, k));
    } else if (section == "fs_start" || section == "ps_start") {
      Hmm& h = section[0] == 'f' ? finalSeg : posSeg;
      h.start[h.id(std::string(f[0]))] = toDouble(f[1]);
    } else if (section == "fs_trans" || section == "ps_trans") {
      Hmm& h = section[0] == 'f' ? finalSeg : posSeg;
      const int a = h.id(std::string(f[0]));
      const int b = h.id(std::string(f[1]));
      const double p = toDouble(f[2]);
      h.trans[a].emplace_back(b, p);
      h.transMap[a][b] = p;
    } else if (section == "fs_emit" || section == "ps_emit") {
      Hmm& h = section[0] == 'f' ? finalSeg : posSeg;
      h.emit[h.id(std::string(f[0]))][singleChar(f[1])] = toDouble(f[2]);
    } else if (section == "ps_chars") {
      auto& list = posSeg.charStates[singleChar(f[0])];
      for (std::size_t k = 1; k < f.size(); ++k) list.push_back(posSeg.id(std::string(f[k])));
    } else if (section == "py_char") {
      char32_t cp = static_cast<char32_t>(std::strtoul(std::string(f[0]).c_str(), nullptr, 16));
      charPinyin[cp] = std::string(f.at(1));
    } else if (section == "py_phrase") {
      auto word = toU32(f[0]);
      std::vector<std::string> syl;
      for (std::size_t k = 1; k < f.size(); ++k) syl.emplace_back(f[k]);
      for (std::size_t k = 1; k <= word.size(); ++k) phrasePrefixes.insert(word.substr(0, k));
      phrasePinyin[word] = std::move(syl);
    } else if (section == "t2s") {
      t2s[singleChar(f[0])] = singleChar(f[1]);
    }
  }
}

}  // namespace timbre::text::chinese
