#pragma once
// pypinyin's lazy_pinyin for one word, as chinese2.py calls it (Style.INITIALS and
// Style.FINALS_TONE3, strict, neutral tone written 5) over pypinyin's own tables: the
// word is cut by pypinyin's forward matching over its phrase table, a phrase reads as
// the table says, any other character takes its first (default) reading.
#include <map>
#include <string>
#include <vector>

namespace timbre::text::chinese {

// User readings: word -> one TONE3 syllable per character ("chong2").
using UserPinyin = std::map<std::u32string, std::vector<std::string>>;

struct WordPinyin {
  // One entry per pinyin item. A run of characters without pinyin (punctuation) is
  // one item whose initial and final are the run itself, as pypinyin returns it.
  std::vector<std::string> initials;
  std::vector<std::string> finals;
};

WordPinyin wordPinyin(const std::u32string& word, const UserPinyin* user = nullptr);

// "zhong1" -> "zh"; "yu3" -> "" (strict: y and w are not initials).
std::string initialOf(const std::string& tone3);
// "zhong1" -> "ong1", "jun4" -> "vn4", "you3" -> "iou3", "gui4" -> "uei4".
std::string finalTone3Of(const std::string& tone3);

}  // namespace timbre::text::chinese
