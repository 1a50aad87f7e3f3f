#include "text/cantonese/CantoneseFrontend.h"

#include <array>
#include <string_view>

#include "text/cantonese/JyutpingDict.h"
#include "text/Utf8.h"
#include "timbre/Error.h"

#if __has_include("text/chinese/ChineseFrontend.h")
#include "text/chinese/ChineseFrontend.h"
#define TIMBRE_CANTONESE_HAS_NUMBERS 1
#else
#define TIMBRE_CANTONESE_HAS_NUMBERS 0
#endif

namespace timbre::text {

namespace {

std::u32string decode(const std::string& text) { return decodeUtf8(text); }

std::string encode(std::u32string_view text) { return encodeUtf8(text); }

bool isKeptHan(char32_t c) { return c >= 0x4E00 && c <= 0x9FA5; }
bool isPunctuation(char32_t c) {
  return c == U'!' || c == U'?' || c == U'…' || c == U',' || c == U'.' || c == U'-';
}

// Characters zh_normalization's TextNormalizer deletes (its _split and _post_replace).
bool isDeletedSpecial(char32_t c) {
  static const std::u32string_view kSpecial = U"—《》【】<=>{}()（）#&@“”^_|…\\";
  return kSpecial.find(c) != std::u32string_view::npos;
}

// TextNormalizer (minus what the number normaliser does) + cantonese.replace_punctuation.
std::u32string normalize(const std::string& text) {
  std::u32string u;
  for (char32_t c : decode(text))
    if (c != U' ' && !isDeletedSpecial(c)) u += c;
#if TIMBRE_CANTONESE_HAS_NUMBERS
  u = decode(chinese::normalizeChineseNumbers(encode(u)));
#endif
  std::u32string post;
  for (char32_t c : u) {
    if (c == U'/') {
      post += U'每';
    } else if (c == U'~' || c == U'～') {
      post += U'至';
    } else if (c >= U'①' && c <= U'⑩') {
      static const std::u32string_view kCircled = U"一二三四五六七八九十";
      post += kCircled[c - U'①'];
    } else if (c != U'-' && !isDeletedSpecial(c)) {
      post += c;
    }
  }
  std::u32string out;
  for (std::size_t i = 0; i < post.size(); ++i) {
    const char32_t c = post[i];
    if (c == U'.' && i + 2 < post.size() && post[i + 1] == U'.' && post[i + 2] == U'.') {
      out += U'…';
      i += 2;
      continue;
    }
    char32_t mapped = c;
    switch (c) {
      case U'：': case U'；': case U'，': case U'·': case U'、': mapped = U','; break;
      case U'。': case U'\n': case U'$': mapped = U'.'; break;
      case U'！': mapped = U'!'; break;
      case U'？': mapped = U'?'; break;
      case U'—': mapped = U'-'; break;
      default: break;
    }
    if (isKeptHan(mapped) || isPunctuation(mapped)) out += mapped;  // quotes, brackets etc. are deleted
  }
  return out;
}

}  // namespace

namespace cantonese {

std::vector<std::string> syllableToPhones(const std::string& jyutping) {
  // The reference tries these in order with startswith, so the zero-initial syllables
  // split at the first matching vowel group ("aai" -> "aa" + "i").
  static const std::array<std::string_view, 47> kInitials = {
      "aa", "aai", "aak", "aap", "aat", "aau", "ai", "au", "ap", "at", "ak", "a",  "p",  "b",  "e",   "ts",
      "t",  "dz",  "d",   "kw",  "k",   "gw",  "g",  "f",  "h",  "l",  "m",  "ng", "n",  "s",  "y",   "w",
      "c",  "z",   "j",   "ong", "on",  "ou",  "oi", "ok", "o",  "uk", "ung", "sp", "spl", "spn", "sil"};
  if (jyutping.size() < 2 || jyutping.back() < '1' || jyutping.back() > '6')
    throw Error(ErrorCode::Internal, "Cantonese: malformed Jyutping syllable '" + jyutping + "'");
  const char tone = jyutping.back();
  const std::string body = jyutping.substr(0, jyutping.size() - 1);
  for (std::string_view initial : kInitials) {
    if (body.compare(0, initial.size(), initial) != 0) continue;
    std::string final = body.substr(initial.size());
    if (final.empty()) final = std::string(1, initial.back());  // "m4" -> m + m4, "ng5" -> ng + g5
    return {"Y" + std::string(initial), "Y" + final + tone};
  }
  throw Error(ErrorCode::Internal, "Cantonese: no initial matches Jyutping syllable '" + jyutping + "'");
}

}  // namespace cantonese

PhonemizedText phonemizeCantonese(const std::string& text, PhoneTableVersion version) {
  const auto& dict = cantonese::JyutpingDict::instance();
  if (!dict.available())
    throw Error(ErrorCode::UnsupportedFormat,
                "Cantonese is unavailable: timbre_text was built without the Jyutping dictionary "
                "(Debian package rime-data-jyut6ping3)");
  const std::u32string norm = normalize(text);

  PhonemizedText result;
  std::vector<int> word2ph;
  std::u32string kept;
  std::size_t i = 0;
  while (i < norm.size()) {
    if (isPunctuation(norm[i])) {
      kept += norm[i];
      result.phones.push_back(encode(norm.substr(i, 1)));
      word2ph.push_back(1);
      ++i;
      continue;
    }
    // Longest dictionary word starting here (within the run of characters).
    std::size_t run = i;
    while (run < norm.size() && isKeptHan(norm[run])) ++run;
    std::size_t len = std::min(run - i, dict.maxChars());
    std::optional<std::string_view> reading;
    for (; len >= 1; --len)
      if ((reading = dict.lookup(encode(norm.substr(i, len))))) break;
    if (!reading) {  // no reading at all: the character is dropped (see the header)
      ++i;
      continue;
    }
    kept += norm.substr(i, len);
    std::size_t start = 0;
    while (start < reading->size()) {
      std::size_t end = reading->find(' ', start);
      if (end == std::string_view::npos) end = reading->size();
      for (auto& p : cantonese::syllableToPhones(std::string(reading->substr(start, end - start))))
        result.phones.push_back(std::move(p));
      word2ph.push_back(2);
      start = end + 1;
    }
    i += len;
  }
  result.normText = encode(kept);
  result.word2ph = std::move(word2ph);
  result.phoneIds = PhoneTable::get(version).toIds(result.phones);
  return result;
}

}  // namespace timbre::text
