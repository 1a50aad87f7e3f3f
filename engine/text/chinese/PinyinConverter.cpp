#include "text/chinese/PinyinConverter.h"

#include <array>

#include "text/chinese/ChineseData.h"
#include "text/chinese/Utf32.h"

namespace timbre::text::chinese {

namespace {

constexpr std::array<const char*, 21> kInitials = {"b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
                                                    "j", "q", "x", "zh", "ch", "sh", "r", "z", "c", "s"};

// pypinyin RE_HANS: characters that may have a reading.
bool isHan(char32_t c) {
  return c == 0x3007 || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

std::string strictInitial(const std::string& base) {
  for (const char* i : kInitials) {
    const std::string s(i);
    if (base.compare(0, s.size(), s) == 0) return s;
  }
  return "";
}

bool endsWith(const std::string& s, const std::string& tail) {
  return s.size() > tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// pypinyin convert_finals on a toneless syllable ('v' stands for ü).
std::string strictFinal(std::string b) {
  if (!b.empty() && b[0] == 'y') {
    std::string rest = b.substr(1);
    if (!rest.empty() && (rest[0] == 'u' || rest[0] == 'v'))
      b = "v" + rest.substr(1);
    else if (!rest.empty() && rest[0] == 'i')
      b = rest;
    else
      b = "i" + rest;
  } else if (!b.empty() && b[0] == 'w') {
    std::string rest = b.substr(1);
    b = (!rest.empty() && rest[0] == 'u') ? rest : "u" + rest;
  }
  if (b.size() >= 2 && (b[0] == 'j' || b[0] == 'q' || b[0] == 'x') && b[1] == 'u') b[1] = 'v';
  if (endsWith(b, "iu")) b = b.substr(0, b.size() - 2) + "iou";
  else if (endsWith(b, "ui")) b = b.substr(0, b.size() - 2) + "uei";
  else if (endsWith(b, "un")) b = b.substr(0, b.size() - 2) + "uen";
  return b.substr(strictInitial(b).size());
}

void splitTone(const std::string& tone3, std::string& base, char& tone) {
  if (!tone3.empty() && tone3.back() >= '1' && tone3.back() <= '5') {
    base = tone3.substr(0, tone3.size() - 1);
    tone = tone3.back();
  } else {
    base = tone3;
    tone = '5';
  }
}

void addSyllables(const std::vector<std::string>& syllables, WordPinyin& out) {
  for (const auto& s : syllables) {
    out.initials.push_back(initialOf(s));
    out.finals.push_back(finalTone3Of(s));
  }
}

}  // namespace

std::string initialOf(const std::string& tone3) {
  std::string base;
  char tone;
  splitTone(tone3, base, tone);
  return strictInitial(base);
}

std::string finalTone3Of(const std::string& tone3) {
  std::string base;
  char tone;
  splitTone(tone3, base, tone);
  return strictFinal(base) + tone;
}

WordPinyin wordPinyin(const std::u32string& word, const UserPinyin* user) {
  const ChineseData& data = ChineseData::get();
  WordPinyin out;
  auto isPhrase = [&](const std::u32string& w) {
    return (user && user->count(w)) || data.phrasePinyin.count(w);
  };
  auto isPrefix = [&](const std::u32string& w) {
    if (data.phrasePrefixes.count(w)) return true;
    if (user)
      for (const auto& [k, _] : *user)
        if (k.size() >= w.size() && k.compare(0, w.size(), w) == 0) return true;
    return false;
  };
  auto phraseOrChars = [&](const std::u32string& piece) {
    if (user) {
      auto it = user->find(piece);
      if (it != user->end() && it->second.size() == piece.size()) {
        addSyllables(it->second, out);
        return;
      }
    }
    auto it = data.phrasePinyin.find(piece);
    if (it != data.phrasePinyin.end()) {
      addSyllables(it->second, out);
      return;
    }
    for (char32_t c : piece) {
      auto ci = data.charPinyin.find(c);
      if (ci == data.charPinyin.end()) {
        const std::string s = toUtf8(c);  // no reading: the character itself
        out.initials.push_back(s);
        out.finals.push_back(s);
      } else {
        addSyllables({ci->second}, out);
      }
    }
  };
  std::size_t i = 0;
  while (i < word.size()) {
    std::size_t j = i;
    if (!isHan(word[i])) {
      while (j < word.size() && !isHan(word[j])) ++j;
      const std::string s = toUtf8(word.substr(i, j - i));
      out.initials.push_back(s);
      out.finals.push_back(s);
      i = j;
      continue;
    }
    while (j < word.size() && isHan(word[j])) ++j;
    // pypinyin's mmseg (no_non_phrases): grow while the text is a phrase prefix,
    // remembering the longest phrase seen; when growth stops, that phrase is taken (or,
    // without one, the first character alone) and matching starts again after it.
    std::u32string remain = word.substr(i, j - i);
    while (!remain.empty()) {
      std::size_t phraseLength = 0;
      std::size_t k = 0;
      for (; k < remain.size(); ++k) {
        const std::u32string w = remain.substr(0, k + 1);
        if (!isPrefix(w)) break;
        if (isPhrase(w)) phraseLength = k + 1;
      }
      if (phraseLength > 0) {
        phraseOrChars(remain.substr(0, phraseLength));
        remain = remain.substr(phraseLength);
      } else if (k < remain.size()) {
        phraseOrChars(remain.substr(0, 1));
        remain = remain.substr(1);
      } else {  // all of it a prefix but no phrase in it: one character at a time
        for (char32_t c : remain) phraseOrChars(std::u32string(1, c));
        remain.clear();
      }
    }
    i = j;
  }
  return out;
}

}  // namespace timbre::text::chinese
