#include "text/japanese/KanaTable.h"

#include <array>

namespace timbre::text::japanese {
namespace {

// Katakana mora -> phonemes, two-character moras before their one-character
// prefixes so the first match is the longest. The phoneme names are Open JTalk's.
constexpr MoraPhonemes kMoras[] = {
    {"ヴョ", "by", "o"}, {"ヴュ", "by", "u"}, {"ヴャ", "by", "a"}, {"ヴォ", "v", "o"}, {"ヴェ", "v", "e"},
    {"ヴィ", "v", "i"}, {"ヴァ", "v", "a"}, {"ヴ", "v", "u"}, {"ン", "N", ""}, {"ヲ", "o", ""},
    {"ヱ", "e", ""}, {"ヰ", "i", ""}, {"ワ", "w", "a"}, {"ヮ", "w", "a"}, {"ロ", "r", "o"},
    {"レ", "r", "e"}, {"ル", "r", "u"}, {"リョ", "ry", "o"}, {"リュ", "ry", "u"}, {"リャ", "ry", "a"},
    {"リェ", "ry", "e"}, {"リ", "r", "i"}, {"ラ", "r", "a"}, {"ヨ", "y", "o"}, {"ョ", "y", "o"},
    {"ユ", "y", "u"}, {"ュ", "y", "u"}, {"ヤ", "y", "a"}, {"ャ", "y", "a"}, {"モ", "m", "o"},
    {"メ", "m", "e"}, {"ム", "m", "u"}, {"ミョ", "my", "o"}, {"ミュ", "my", "u"}, {"ミャ", "my", "a"},
    {"ミェ", "my", "e"}, {"ミ", "m", "i"}, {"マ", "m", "a"}, {"ポ", "p", "o"}, {"ボ", "b", "o"},
    {"ホ", "h", "o"}, {"ペ", "p", "e"}, {"ベ", "b", "e"}, {"ヘ", "h", "e"}, {"プ", "p", "u"},
    {"ブ", "b", "u"}, {"フォ", "f", "o"}, {"フェ", "f", "e"}, {"フィ", "f", "i"}, {"ファ", "f", "a"},
    {"フ", "f", "u"}, {"ピョ", "py", "o"}, {"ピュ", "py", "u"}, {"ピャ", "py", "a"}, {"ピェ", "py", "e"},
    {"ピ", "p", "i"}, {"ビョ", "by", "o"}, {"ビュ", "by", "u"}, {"ビャ", "by", "a"}, {"ビェ", "by", "e"},
    {"ビ", "b", "i"}, {"ヒョ", "hy", "o"}, {"ヒュ", "hy", "u"}, {"ヒャ", "hy", "a"}, {"ヒェ", "hy", "e"},
    {"ヒ", "h", "i"}, {"パ", "p", "a"}, {"バ", "b", "a"}, {"ハ", "h", "a"}, {"ノ", "n", "o"},
    {"ネ", "n", "e"}, {"ヌ", "n", "u"}, {"ニョ", "ny", "o"}, {"ニュ", "ny", "u"}, {"ニャ", "ny", "a"},
    {"ニェ", "ny", "e"}, {"ニ", "n", "i"}, {"ナ", "n", "a"}, {"ドゥ", "d", "u"}, {"ド", "d", "o"},
    {"トゥ", "t", "u"}, {"ト", "t", "o"}, {"デョ", "dy", "o"}, {"デュ", "dy", "u"}, {"デャ", "dy", "a"},
    {"ディ", "d", "i"}, {"デ", "d", "e"}, {"テョ", "ty", "o"}, {"テュ", "ty", "u"}, {"テャ", "ty", "a"},
    {"ティ", "t", "i"}, {"テ", "t", "e"}, {"ヅ", "z", "u"}, {"ツォ", "ts", "o"}, {"ツェ", "ts", "e"},
    {"ツィ", "ts", "i"}, {"ツァ", "ts", "a"}, {"ツ", "ts", "u"}, {"ッ", "cl", ""}, {"ヂ", "j", "i"},
    {"チョ", "ch", "o"}, {"チュ", "ch", "u"}, {"チャ", "ch", "a"}, {"チェ", "ch", "e"}, {"チ", "ch", "i"},
    {"ダ", "d", "a"}, {"タ", "t", "a"}, {"ゾ", "z", "o"}, {"ソ", "s", "o"}, {"ゼ", "z", "e"},
    {"セ", "s", "e"}, {"ズィ", "z", "i"}, {"ズ", "z", "u"}, {"スィ", "s", "i"}, {"ス", "s", "u"},
    {"ジョ", "j", "o"}, {"ジュ", "j", "u"}, {"ジャ", "j", "a"}, {"ジェ", "j", "e"}, {"ジ", "j", "i"},
    {"ショ", "sh", "o"}, {"シュ", "sh", "u"}, {"シャ", "sh", "a"}, {"シェ", "sh", "e"}, {"シ", "sh", "i"},
    {"ザ", "z", "a"}, {"サ", "s", "a"}, {"ゴ", "g", "o"}, {"コ", "k", "o"}, {"ゲ", "g", "e"},
    {"ケ", "k", "e"}, {"ヶ", "k", "e"}, {"グヮ", "gw", "a"}, {"グ", "g", "u"}, {"クヮ", "kw", "a"},
    {"ク", "k", "u"}, {"ギョ", "gy", "o"}, {"ギュ", "gy", "u"}, {"ギャ", "gy", "a"}, {"ギェ", "gy", "e"},
    {"ギ", "g", "i"}, {"キョ", "ky", "o"}, {"キュ", "ky", "u"}, {"キャ", "ky", "a"}, {"キェ", "ky", "e"},
    {"キ", "k", "i"}, {"ガ", "g", "a"}, {"カ", "k", "a"}, {"オ", "o", ""}, {"ォ", "o", ""},
    {"エ", "e", ""}, {"ェ", "e", ""}, {"ウォ", "w", "o"}, {"ウェ", "w", "e"}, {"ウィ", "w", "i"},
    {"ウ", "u", ""}, {"ゥ", "u", ""}, {"イェ", "y", "e"}, {"イ", "i", ""}, {"ィ", "i", ""},
    {"ア", "a", ""}, {"ァ", "a", ""},
};

// How Open JTalk reads a Latin letter that MeCab left without a reading.
struct LetterReading {
  char letter;
  std::string_view reading;
  int moras;
};
constexpr LetterReading kLetters[] = {
    {'a', "エー", 2},     {'b', "ビー", 2},     {'c', "シー", 2},       {'d', "ディー", 2},
    {'e', "イー", 2},     {'f', "エフ", 2},     {'g', "ジー", 2},       {'h', "エイチ", 3},
    {'i', "アイ", 2},     {'j', "ジェー", 2},   {'k', "ケー", 2},       {'l', "エル", 2},
    {'m', "エム", 2},     {'n', "エヌ", 2},     {'o', "オー", 2},       {'p', "ピー", 2},
    {'q', "キュー", 2},   {'r', "アール", 3},   {'s', "エス", 2},       {'t', "ティー", 2},
    {'u', "ユー", 2},     {'v', "ブイ", 2},     {'w', "ダブリュー", 4}, {'x', "エックス", 4},
    {'y', "ワイ", 2},     {'z', "ズィー", 2},
};

// Half-width katakana U+FF66..U+FF9D in code-point order, as full-width katakana.
constexpr std::string_view kHalfWidthKana[] = {
    "ヲ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ャ", "ュ", "ョ", "ッ", "ー", "ア", "イ", "ウ", "エ", "オ",
    "カ", "キ", "ク", "ケ", "コ", "サ", "シ", "ス", "セ", "ソ", "タ", "チ", "ツ", "テ", "ト", "ナ",
    "ニ", "ヌ", "ネ", "ノ", "ハ", "ヒ", "フ", "ヘ", "ホ", "マ", "ミ", "ム", "メ", "モ", "ヤ", "ユ",
    "ヨ", "ラ", "リ", "ル", "レ", "ロ", "ワ", "ン",
};

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

char32_t nextCodePoint(std::string_view text, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char c = byte(pos);
  const int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
  if (extra < 0) {
    ++pos;
    return 0xFFFD;
  }
  char32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
  for (int i = 1; i <= extra; ++i) {
    if (pos + i >= text.size() || (byte(pos + i) & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(pos + i) & 0x3F);
  }
  pos += extra + 1;
  return cp;
}

void appendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

const MoraPhonemes* matchMora(std::string_view text) {
  for (const auto& mora : kMoras)
    if (startsWith(text, mora.kana)) return &mora;
  return nullptr;
}

std::string toKatakana(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t cp = nextCodePoint(text, pos);
    if (cp >= 0x3041 && cp <= 0x3096) cp += 0x60;  // ぁ..ゖ -> ァ..ヶ
    appendUtf8(out, cp);
  }
  return out;
}

std::size_t matchFillerReading(std::string_view text, std::string& reading, int& moras) {
  if (startsWith(text, "ー")) {
    reading = "ー";
    moras = 1;
    return std::string_view("ー").size();
  }
  // Kana: compare on the katakana form of the next two characters.
  std::size_t pos = 0;
  std::size_t ends[2] = {0, 0};
  std::string kata;
  for (int i = 0; i < 2 && pos < text.size(); ++i) {
    char32_t cp = nextCodePoint(text, pos);
    if (cp >= 0x3041 && cp <= 0x3096) cp += 0x60;
    appendUtf8(kata, cp);
    ends[i] = pos;
  }
  if (const MoraPhonemes* mora = matchMora(kata); mora && mora->kana != "ヮ" && mora->kana != "ヶ" &&
                                                   mora->kana != "グヮ" && mora->kana != "クヮ") {
    reading = std::string(mora->kana);
    moras = 1;
    // Hiragana and katakana are both 3 bytes in UTF-8, so the mora's character
    // count says how far the original text was consumed.
    const std::size_t chars = mora->kana.size() / 3;
    return ends[chars - 1];
  }
  // Full-width Latin letters (MeCab's input is already full width).
  std::size_t p = 0;
  const char32_t cp = nextCodePoint(text, p);
  char letter = 0;
  if (cp >= 0xFF21 && cp <= 0xFF3A) letter = static_cast<char>('a' + (cp - 0xFF21));
  if (cp >= 0xFF41 && cp <= 0xFF5A) letter = static_cast<char>('a' + (cp - 0xFF41));
  if (letter) {
    const auto& l = kLetters[letter - 'a'];
    reading = std::string(l.reading);
    moras = l.moras;
    return p;
  }
  return 0;
}

int countMoras(std::string_view katakana) {
  int count = 0;
  for (std::size_t pos = 0; pos < katakana.size();) {
    if (startsWith(katakana.substr(pos), "’")) {
      pos += std::string_view("’").size();
      continue;
    }
    if (startsWith(katakana.substr(pos), "ー")) {
      pos += std::string_view("ー").size();
      ++count;
      continue;
    }
    if (const MoraPhonemes* mora = matchMora(katakana.substr(pos))) {
      pos += mora->kana.size();
      ++count;
      continue;
    }
    nextCodePoint(katakana, pos);
  }
  return count;
}

std::string toMecabInput(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = nextCodePoint(text, pos);
    if (cp < 0x20 || cp == 0x7F) continue;  // control characters are dropped
    if (cp == 0x20) {
      appendUtf8(out, 0x3000);
    } else if (cp < 0x7F) {
      appendUtf8(out, cp + 0xFEE0);
    } else if (cp >= 0xFF66 && cp <= 0xFF9D) {
      out += kHalfWidthKana[cp - 0xFF66];
    } else {
      appendUtf8(out, cp);
    }
  }
  return out;
}

}  // namespace timbre::text::japanese
