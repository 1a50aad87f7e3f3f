#pragma once
// Hangul syllable arithmetic (Unicode 3.12): a precomposed syllable U+AC00..U+D7A3 is
// onset * 588 + vowel * 28 + coda. The constants name the Unicode indices so the
// pronunciation rules read like the grammar books.
#include <optional>
#include <string>

namespace timbre::text::korean {

// Onset (choseong) indices.
enum Onset : int {
  kG = 0, kGG, kN, kD, kDD, kR, kM, kB, kBB, kS, kSS, kNull, kJ, kJJ, kCh, kK, kT, kP, kH
};
// Vowel (jungseong) indices.
enum Vowel : int {
  vA = 0, vAE, vYA, vYAE, vEO, vE, vYEO, vYE, vO, vWA, vWAE, vOE, vYO, vU, vWEO, vWE, vWI, vYU, vEU, vUI, vI
};
// Coda (jongseong) indices; 0 is "no coda".
enum Coda : int {
  cNone = 0, cG, cGG, cGS, cN, cNJ, cNH, cD, cL, cLG, cLM, cLB, cLS, cLT, cLP, cLH,
  cM, cB, cBS, cS, cSS, cNG, cJ, cCh, cK, cT, cP, cH
};

struct Syllable {
  int onset = kNull;
  int vowel = vA;
  int coda = cNone;
};

inline bool isHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }

inline Syllable decomposeSyllable(char32_t c) {
  const int index = static_cast<int>(c - 0xAC00);
  return {index / 588, (index % 588) / 28, index % 28};
}

inline char32_t composeSyllable(const Syllable& s) {
  return static_cast<char32_t>(0xAC00 + s.onset * 588 + s.vowel * 28 + s.coda);
}

// Compatibility jamo (U+3131..) for onsets and codas; 0 for cNone.
char32_t onsetToCompat(int onset);
char32_t codaToCompat(int coda);
inline char32_t vowelToCompat(int vowel) { return static_cast<char32_t>(0x314F + vowel); }

}  // namespace timbre::text::korean
