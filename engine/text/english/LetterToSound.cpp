#include "text/english/LetterToSound.h"

#include "text/english/EnglishLexicon.h"

namespace timbre::text::english {

std::vector<std::string> letterToSound(const std::string& word) {
  // First step: read the letters. TODO: Festival's CART letter-to-sound rules.
  std::vector<std::string> out;
  for (char c : word) {
    auto l = EnglishLexicon::instance().letter(c);
    out.insert(out.end(), l.begin(), l.end());
  }
  return out;
}

}  // namespace timbre::text::english
