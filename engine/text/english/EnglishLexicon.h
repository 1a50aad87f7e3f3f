#pragma once
// Word -> ARPAbet lookup used by the English G2P: the compiled CMU dictionary plus
// what the reference's larger dictionary has and Festival's copy lacks (contractions,
// possessives, a few abbreviations, hyphenated number words).
#include <string>
#include <string_view>
#include <vector>

#include "text/english/CmuDict.h"

namespace timbre::text::english {

using Phones = std::vector<std::string>;

class EnglishLexicon {
 public:
  static const EnglishLexicon& instance();

  // Dictionary pronunciation of a lowercase word (first entry), or empty.
  Phones lookup(std::string_view word) const;
  // Every dictionary entry, for part-of-speech dependent words.
  std::vector<CmuEntry> entries(std::string_view word) const;
  // Phones of a single letter spoken on its own ("a" -> AH0, "k" -> K EY1).
  Phones letter(char c) const;

  // Appends the possessive "'s" to a pronunciation. dictionaryStyle marks the
  // sibilant case IH0 Z as CMU's own possessive entries do; otherwise AH0 Z, the
  // reference's rule for words it had to derive.
  static void appendPossessive(Phones& phones, bool dictionaryStyle);

 private:
  EnglishLexicon() = default;
  Phones hyphenated(std::string_view word) const;
};

}  // namespace timbre::text::english
