#include "text/english/EnglishTokenizer.h"

#include <cctype>

namespace timbre::text::english {

namespace {
bool isLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }
bool isSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }
}  // namespace

std::vector<std::string> tokenizeEnglish(const std::string& text) {
  std::vector<std::string> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    if (isSpace(text[i])) {
      ++i;
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
