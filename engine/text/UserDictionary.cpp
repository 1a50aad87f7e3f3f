#include "text/UserDictionary.h"

#include "text/PhoneTable.h"
#include "text/Utf8.h"
#include "timbre/Error.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <regex>
#include <sstream>

namespace timbre::text {
namespace {

std::vector<std::string> splitFields(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> fields;
  for (std::string field; in >> field;) fields.push_back(field);
  return fields;
}

bool isKana(char32_t c) {
  return (c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF);
}

// Hiragana -> katakana, so every reading is stored one way.
std::string toKatakana(const std::u32string& kana) {
  std::u32string out = kana;
  for (auto& c : out)
    if (c >= 0x3041 && c <= 0x3096) c += 0x60;
  return encodeUtf8(out);
}

}  // namespace

UserDictionary UserDictionary::parse(const std::string& text, const std::string& source) {
  UserDictionary dict;
  static const std::regex pinyin("[a-zü]+[1-5]");
  const PhoneTable& table = PhoneTable::get(PhoneTableVersion::V2);
  std::istringstream in(text);
  std::string line;
  for (int lineNo = 1; std::getline(in, line); ++lineNo) {
    if (const auto hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    const std::vector<std::string> f = splitFields(line);
    if (f.empty()) continue;
    auto fail = [&](const std::string& why) {
      throw Error(ErrorCode::InvalidArgument, source + ":" + std::to_string(lineNo) + ": " + why);
    };
    if (f.size() < 3) fail("expected '<lang> <word> <reading>', e.g. 'zh 重庆 chong2 qing4'");
    const std::string& lang = f[0];
    const std::string& word = f[1];
    const std::vector<std::string> reading(f.begin() + 2, f.end());
    if (lang == "zh") {
      const std::u32string chars = decodeUtf8(word);
      if (chars.size() != reading.size())
        fail("'" + word + "' has " + std::to_string(chars.size()) + " characters but " +
             std::to_string(reading.size()) + " syllables");
      for (const auto& syllable : reading)
        if (!std::regex_match(syllable, pinyin))
          fail("'" + syllable + "' is not pinyin with a tone digit 1-5 (e.g. 'qing4')");
      dict.chinesePinyin[word] = reading;
    } else if (lang == "en") {
      for (const auto& phone : reading)
        if (!table.contains(phone) || !std::isupper(static_cast<unsigned char>(phone[0])))
          fail("'" + phone + "' is not an ARPAbet phone (e.g. 'AE1', 'T')");
      std::string lower = word;
      std::transform(lower.begin(), lower.end(), lower.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      dict.englishArpabet[lower] = reading;
    } else if (lang == "ja") {
      std::u32string kana;
      for (const auto& part : reading) kana += decodeUtf8(part);
      if (kana.empty() || !std::all_of(kana.begin(), kana.end(), isKana))
        fail("the reading of '" + word + "' must be katakana or hiragana");
      dict.japaneseKana[word] = toKatakana(kana);
    } else {
      fail("unknown language '" + lang + "' (the dictionary takes zh, en and ja entries)");
    }
  }
  return dict;
}

UserDictionary UserDictionary::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::Io, "cannot open user dictionary '" + path + "'");
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse(ss.str(), path);
}

}  // namespace timbre::text
