#pragma once
// The user's pronunciation dictionary: readings that override the built-in ones.
//
// File format (UTF-8 text, one entry per line, '#' starts a comment):
//   <lang> <word> <reading...>
//   zh  重庆    chong2 qing4         pinyin with tone digits (1-5), one syllable per character
//   en  timbre  T AE1 M B ER0        ARPAbet phones of the v2 table (stress digits on vowels)
//   ja  東方    トウホウ              katakana or hiragana reading
// Fields are separated by spaces or tabs. English words are matched case-insensitively.
#include <map>
#include <string>
#include <vector>

namespace timbre::text {

struct UserDictionary {
  std::map<std::string, std::vector<std::string>> chinesePinyin;   // word -> one TONE3 syllable per character
  std::map<std::string, std::vector<std::string>> englishArpabet;  // lower-case word -> phones
  std::map<std::string, std::string> japaneseKana;                 // surface -> katakana reading

  bool empty() const { return chinesePinyin.empty() && englishArpabet.empty() && japaneseKana.empty(); }

  // Throws timbre::Error(InvalidArgument) naming `source`, the line and what is
  // wrong (unknown language, syllable count != character count, a phone outside
  // the table, a reading that is not kana).
  static UserDictionary parse(const std::string& text, const std::string& source = "user dictionary");
  // Throws timbre::Error(Io) when the file cannot be read.
  static UserDictionary load(const std::string& path);
};

}  // namespace timbre::text
