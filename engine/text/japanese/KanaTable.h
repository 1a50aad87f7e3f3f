#pragma once
// Kana facts the Japanese frontend needs: katakana mora -> phonemes (Open JTalk's
// phoneme set), kana/letter readings for words MeCab gives no reading, and the
// half-width -> full-width conversion applied before MeCab.
#include <string>
#include <string_view>

namespace timbre::text::japanese {

struct MoraPhonemes {
  std::string_view kana;       // katakana spelling of the mora (1 or 2 characters)
  std::string_view consonant;  // first phoneme ("k", "sh", "N", "cl", or a vowel)
  std::string_view vowel;      // second phoneme, empty for one-phoneme moras
};

// Longest katakana mora at the start of `text`; nullptr when none matches.
const MoraPhonemes* matchMora(std::string_view text);

// Reading of a filler: the longest kana mora (hiragana or katakana) or Latin letter
// at the start of `text`. Returns the number of bytes consumed (0: no match) and sets
// `reading` (katakana) and `moras`.
std::size_t matchFillerReading(std::string_view text, std::string& reading, int& moras);

// Number of moras in a katakana reading (small kana join the previous mora; "ー",
// "ッ" and "ン" count one each; the unvoicing mark "’" counts nothing).
int countMoras(std::string_view katakana);

// Hiragana -> katakana (other characters unchanged).
std::string toKatakana(std::string_view text);

// What Open JTalk does to text before MeCab: printable ASCII becomes full width,
// half-width katakana becomes full width, control characters are dropped.
std::string toMecabInput(std::string_view text);

// Decodes one UTF-8 code point at `pos` (advancing it); invalid bytes give U+FFFD.
char32_t nextCodePoint(std::string_view text, std::size_t& pos);
void appendUtf8(std::string& out, char32_t cp);

}  // namespace timbre::text::japanese
