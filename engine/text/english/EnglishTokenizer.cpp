#include "text/english/EnglishTokenizer.h"

#include <cctype>

namespace timbre::text::english {

namespace {
bool isLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }
bool isSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }
bool isAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Length of a bare domain name starting at i ("example.com", "bbc.co.uk"), else 0.
// TweetTokenizer tries its URL pattern before the word patterns: runs of letters and
// digits joined by "." or "-", ending in "." and 2 to 13 letters at a word boundary.
std::size_t domainLength(const std::string& text, std::size_t i) {
  std::size_t end = i;
  while (end < text.size() && isAlnum(text[end])) ++end;
  if (end == i) return 0;
  std::size_t match = 0;
  while (end + 1 < text.size() && (text[end] == '.' || text[end] == '-') && isAlnum(text[end + 1])) {
    const char separator = text[end];
    std::size_t runEnd = end + 1;
    bool letters = true;
    while (runEnd < text.size() && isAlnum(text[runEnd])) letters = letters && isLetter(text[runEnd++]);
    const std::size_t runLength = runEnd - end - 1;
    // The pattern backtracks to the last run that can end it.
    if (separator == '.' && letters && runLength >= 2 && runLength <= 13 &&
        (runEnd == text.size() || text[runEnd] != '_'))
      match = runEnd - i;
    end = runEnd;
  }
  return match;
}
}  // namespace

std::vector<std::string> tokenizeEnglish(const std::string& text) {
  std::vector<std::string> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    if (isSpace(text[i])) {
      ++i;
      continue;
    }
    // 0. A bare domain name, one token.
    if (const std::size_t domain = domainLength(text, i)) {
      tokens.push_back(text.substr(i, domain));
      i += domain;
      continue;
    }
    // 1. A word with inner apostrophes/hyphens/underscores: letter, joiners, letter.
    if (isLetter(text[i])) {
      std::size_t j = i + 1, lastLetter = i;
      while (j < text.size() && (isLetter(text[j]) || text[j] == '\'' || text[j] == '-' || text[j] == '_')) {
        if (isLetter(text[j])) lastLetter = j;
        ++j;
      }
      if (lastLetter >= i + 2) {
        tokens.push_back(text.substr(i, lastLetter + 1 - i));
        i = lastLetter + 1;
        continue;
      }
    }
    // 2. A plain run of word characters.
    if (isWordChar(text[i])) {
      std::size_t j = i;
      while (j < text.size() && isWordChar(text[j])) ++j;
      tokens.push_back(text.substr(i, j - i));
      i = j;
      continue;
    }
    // 3. Ellipsis: two or more dots, spaces allowed between them.
    if (text[i] == '.') {
      std::size_t j = i + 1, end = i + 1;
      while (true) {
        std::size_t k = j;
        while (k < text.size() && isSpace(text[k])) ++k;
        if (k < text.size() && text[k] == '.') {
          j = end = k + 1;
        } else {
          break;
        }
      }
      if (end > i + 1) {
        tokens.push_back(text.substr(i, end - i));
        i = end;
        continue;
      }
    }
    // 4. Anything else is a one-character token (a whole UTF-8 sequence).
    std::size_t len = 1;
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0xC0) len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    tokens.push_back(text.substr(i, len));
    i += len;
  }
  return tokens;
}

}  // namespace timbre::text::english
