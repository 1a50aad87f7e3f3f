#include "text/korean/KoreanPronunciation.h"

#include <array>
#include <optional>
#include <utility>
#include <vector>

#include "text/korean/Hangul.h"

// What mecab-ko would add. g2pk2 tags the text with mecab-ko and uses the tags for:
//  - verb stems ending in ㄴ/ㅁ tensify the ending (신고 "wear and" -> 신꼬, 감다 -> 감따)
//    while nouns do not (신고 "report"): without tags we never tensify after a plain ㄴ/ㅁ
//    coda (only after the clusters ㄵ/ㄻ, which occur in verb stems: 앉고 -> 안꼬);
//  - ㄺ before ㄱ is ㄹ+ㄲ in verbs (읽고 -> 일꼬) but ㄱ+ㄲ in nouns (닭고기 -> 닥꼬기):
//    we treat ㄺ as a verb stem except in the nouns 닭, 흙, 칡, 삵;
//  - the modifier ending -ㄹ tensifies the next word (할 것 -> 할 껃): we do it only when
//    the next word is a bound noun (것, 거, 수, 줄, 데, 적, 바, 듯) standing alone or
//    with a particle, which covers the frequent cases (할 수 있다, 갈 거야);
//  - bound nouns after numbers decide native vs Sino-Korean numerals (KoreanNumbers).
// Everything else g2pk does is independent of the tags and is reproduced here.

namespace timbre::text::korean {

namespace {

struct Token {
  bool syllable = false;
  Syllable s;
  char32_t ch = 0;
};

bool isLenis(int onset) { return onset == kG || onset == kD || onset == kB || onset == kS || onset == kJ; }

int tensed(int onset) {
  switch (onset) {
    case kG: return kGG;
    case kD: return kDD;
    case kB: return kBB;
    case kS: return kSS;
    case kJ: return kJJ;
    default: return onset;
  }
}

// The seven-coda system: every coda is pronounced as one of ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ.
int representative(int coda) {
  switch (coda) {
    case cG: case cGG: case cGS: case cLG: case cK: return cG;
    case cN: case cNJ: case cNH: return cN;
    case cD: case cS: case cSS: case cJ: case cCh: case cT: case cH: return cD;
    case cL: case cLB: case cLS: case cLT: case cLH: return cL;
    case cM: case cLM: return cM;
    case cB: case cBS: case cLP: case cP: return cB;
    default: return coda;
  }
}

int nasalOf(int obstruentCoda) {
  switch (obstruentCoda) {
    case cG: return cNG;
    case cD: return cN;
    case cB: return cM;
    default: return obstruentCoda;
  }
}

// The onset a single coda becomes when it moves to the next syllable (연음).
int codaAsOnset(int coda) {
  switch (coda) {
    case cG: return kG;
    case cGG: return kGG;
    case cN: return kN;
    case cD: return kD;
    case cL: return kR;
    case cM: return kM;
    case cB: return kB;
    case cS: return kS;
    case cSS: return kSS;
    case cJ: return kJ;
    case cCh: return kCh;
    case cK: return kK;
    case cT: return kT;
    case cP: return kP;
    default: return -1;
  }
}

bool isSyllableChar(const Token& t, char32_t c) { return t.syllable && composeSyllable(t.s) == c; }

// Letters, digits, CJK: what Python's \w matches for the text we see here.
bool isWordChar(char32_t c) {
  if ((c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == U'_') return true;
  if (c >= 0x3131 && c <= 0x318E) return true;   // compatibility jamo
  if (c >= 0x1100 && c <= 0x11FF) return true;   // conjoining jamo
  if (c >= 0xAC00 && c <= 0xD7A3) return true;   // syllables
  if (c >= 0x3040 && c <= 0x30FF) return true;   // kana
  if (c >= 0x3400 && c <= 0x9FFF) return true;   // CJK
  if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) return true;  // Latin letters
  return false;
}

enum class Join { Adjacent, Space, Other };

// How syllable i meets the next syllable: directly, across exactly one space (g2pk's
// "( ?)"), or not at all. `next` gets the index of that syllable.
Join joinAfter(const std::vector<Token>& t, std::size_t i, std::size_t& next) {
  if (i + 1 < t.size() && t[i + 1].syllable) {
    next = i + 1;
    return Join::Adjacent;
  }
  if (i + 2 < t.size() && !t[i + 1].syllable && t[i + 1].ch == U' ' && t[i + 2].syllable) {
    next = i + 2;
    return Join::Space;
  }
  return Join::Other;
}

// Coda/onset pair rewrite for a coda meeting a consonant onset (g2pk's table.csv).
// Returns the new (coda, onset), or nothing when the pair is pronounced as written.
std::optional<std::pair<int, int>> codaOnsetRule(int coda, int onset) {
  if (coda == cNone || onset == kNull) return std::nullopt;
  // ㅎ in the coda: aspirates a following ㄱ ㄷ ㅈ, tenses ㅅ, becomes ㄴ before ㄴ,
  // and is silent before other consonants (12항).
  if (coda == cH || coda == cNH || coda == cLH) {
    const int rest = coda == cH ? cNone : (coda == cNH ? cN : cL);
    switch (onset) {
      case kG: return std::pair{rest, kK};
      case kD: return std::pair{rest, kT};
      case kJ: return std::pair{rest, kCh};
      case kS: return std::pair{rest, kSS};
      case kN: return coda == cLH ? std::pair{cL, kR} : std::pair{cN, kN};
      case kR: return coda == cH ? std::pair{cNone, kR} : std::pair{cL, kR};
      default: return std::pair{rest, onset};
    }
  }
  // An obstruent coda before ㅎ merges with it into an aspirate (축하 -> 추카).
  if (onset == kH) {
    switch (coda) {
      case cG: case cGG: case cK: case cGS: return std::pair{cNone, kK};
      case cLG: return std::pair{cL, kK};
      case cD: case cS: case cSS: case cT: case cCh: return std::pair{cNone, kT};
      case cJ: return std::pair{cNone, kCh};
      case cNJ: return std::pair{cN, kCh};
      case cB: case cP: return std::pair{cNone, kP};
      case cLB: return std::pair{cL, kP};
      case cBS: case cLP: return std::pair{cB, kP};
      case cLM: return std::pair{cM, kH};
      case cLS: case cLT: return std::pair{cL, kH};
      default: return std::nullopt;
    }
  }
  const int rep = representative(coda);
  if (rep == cG || rep == cD || rep == cB) {
    if (onset == kN || onset == kM) return std::pair{nasalOf(rep), onset};  // 18항 nasalisation
    if (onset == kR) return std::pair{nasalOf(rep), kN};                   // 19항 (독립 -> 동닙)
    if (isLenis(onset)) return std::pair{rep, tensed(onset)};              // 23항 tensification
    return std::pair{rep, onset};                                          // neutralisation only
  }
  if (rep == cL) {
    if (onset == kN) return std::pair{cL, kR};  // 20항 lateralisation (칼날 -> 칼랄)
    if ((coda == cLB || coda == cLS || coda == cLT) && isLenis(onset)) return std::pair{cL, tensed(onset)};
    if (coda != cL) return std::pair{cL, onset};
    return std::nullopt;
  }
  if (rep == cN) {
    if (onset == kR) return std::pair{cL, kR};  // 20항 (신라 -> 실라)
    if (coda != cN) return std::pair{cN, onset};
    return std::nullopt;
  }
  if (rep == cM || rep == cNG) {
    if (onset == kR) return std::pair{rep, kN};  // 19항 (종로 -> 종노, 담력 -> 담녁)
    if (coda != rep) return std::pair{rep, onset};
    return std::nullopt;
  }
  return std::nullopt;
}

// ---- step 1 and 2: rules on single syllables and POS-dependent pairs -------------

// 5항: ㅕ after ㅈ ㅉ ㅊ is [ㅓ].
void jyeoRule(std::vector<Token>& t) {
  for (auto& tok : t)
    if (tok.syllable && (tok.s.onset == kJ || tok.s.onset == kJJ || tok.s.onset == kCh) && tok.s.vowel == vYEO)
      tok.s.vowel = vEO;
}

void vowelRules(std::vector<Token>& t) {
  jyeoRule(t);
  for (auto& tok : t) {
    if (!tok.syllable) continue;
    // 5항 다만 3: ㅢ after a consonant is [ㅣ] (희망 -> 히망, 무늬 -> 무니).
    if (tok.s.onset != kNull && tok.s.vowel == vUI) tok.s.vowel = vI;
  }
}

void letterNameRules(std::vector<Token>& t) {
  // 16항: the names of the letters keep a simplified coda before a vowel
  // (디귿이 -> 디그시, 지읒이 -> 지으시, 키읔이 -> 키으기, 피읖이 -> 피으비).
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (!t[i].syllable || !t[i + 1].syllable || t[i + 1].s.onset != kNull || t[i].s.vowel != vEU) continue;
    Syllable& s = t[i].s;
    int onset = -1;
    if (s.onset == kG && s.coda == cD) onset = kS;
    if (s.onset == kNull && (s.coda == cJ || s.coda == cCh || s.coda == cT || s.coda == cH)) onset = kS;
    if (s.onset == kNull && s.coda == cK) onset = kG;
    if (s.onset == kNull && s.coda == cP) onset = kB;
    if (onset < 0) continue;
    s.coda = cNone;
    t[i + 1].s.onset = onset;
  }
}

void stemClusterRules(std::vector<Token>& t) {
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (!t[i].syllable || !t[i + 1].syllable) continue;
    Syllable& a = t[i].s;
    Syllable& b = t[i + 1].s;
    const char32_t ac = composeSyllable(a);
    // 11항 다만: ㄺ of a verb stem before ㄱ is [ㄹ] (읽고 -> 일꼬, 맑게 -> 말께).
    if (a.coda == cLG && b.onset == kG && ac != U'닭' && ac != U'흙' && ac != U'칡' && ac != U'삵') {
      a.coda = cL;
      b.onset = kGG;
    }
    // 25항: ㄼ ㄾ stems tense the ending (넓게 -> 널께, 핥다 -> 할따).
    if ((a.coda == cLB || a.coda == cLT) && ac != U'덟' &&
        (b.onset == kG || b.onset == kD || b.onset == kS || b.onset == kJ))
      b.onset = tensed(b.onset);
    // 24항: ㄵ ㄻ stems tense the ending (앉고 -> 안꼬, 젊지 -> 점찌).
    if ((a.coda == cNJ || (a.coda == cLM && ac != U'삶')) &&
        (b.onset == kG || b.onset == kD || b.onset == kS || b.onset == kJ)) {
      a.coda = a.coda == cNJ ? cN : cM;
      b.onset = tensed(b.onset);
    }
  }
  // 10항 다만: 밟- before a consonant is [밥] (밟다 -> 밥따), 넓- in 넓죽하다, 넓둥글다.
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].syllable || t[i].s.coda != cLB) continue;
    const bool nextIsSyllable = i + 1 < t.size() && t[i + 1].syllable;
    if (isSyllableChar(t[i], U'밟')) {
      if (!nextIsSyllable || (t[i + 1].s.onset != kNull && t[i + 1].s.onset != kH)) t[i].s.coda = cB;
    } else if (isSyllableChar(t[i], U'넓') && nextIsSyllable && t[i + 1].s.vowel == vU &&
               (t[i + 1].s.onset == kJ || t[i + 1].s.onset == kJJ || t[i + 1].s.onset == kD ||
                t[i + 1].s.onset == kDD)) {
      t[i].s.coda = cB;
    }
  }
}

void palatalisation(std::vector<Token>& t) {
  // 17항: ㄷ ㅌ (ㄾ) before the vowel ㅣ of a suffix become ㅈ ㅊ (굳이 -> 구지,
  // 같이 -> 가치, 핥이다 -> 할치다); ㄷ + 히 -> 치 (닫히다 -> 다치다, 닫혀 -> 다쳐).
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (!t[i].syllable || !t[i + 1].syllable) continue;
    Syllable& a = t[i].s;
    Syllable& b = t[i + 1].s;
    const bool iVowel = b.vowel == vI || b.vowel == vYEO;
    if (b.onset == kNull && iVowel) {
      if (a.coda == cD) { a.coda = cNone; b.onset = kJ; }
      else if (a.coda == cT) { a.coda = cNone; b.onset = kCh; }
      else if (a.coda == cLT) { a.coda = cL; b.onset = kCh; }
    } else if (b.onset == kH && iVowel && a.coda == cD) {
      a.coda = cNone;
      b.onset = kCh;
    }
  }
}

void modifierRieulRules(std::vector<Token>& t) {
  // 27항 붙임: endings that start after the modifier -ㄹ are tense (할걸 -> 할껄,
  // 할수록 -> 할쑤록, 할지라도 -> 할찌라도, 할밖에 -> 할빠께).
  static const std::array<std::u32string, 7> kEndings = {U"걸", U"밖에", U"세라", U"수록",
                                                         U"지라도", U"지언정", U"진대"};
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (!t[i].syllable || t[i].s.coda != cL) continue;
    for (const auto& ending : kEndings) {
      if (i + ending.size() >= t.size()) continue;
      bool match = true;
      for (std::size_t k = 0; k < ending.size() && match; ++k) match = isSyllableChar(t[i + 1 + k], ending[k]);
      if (match) {
        t[i + 1].s.onset = tensed(t[i + 1].s.onset);
        break;
      }
    }
  }
  // 27항: the modifier -ㄹ tenses a following bound noun (할 것 -> 할 껃, 갈 수 -> 갈 쑤).
  // The POS tag is not available: a word ending in ㄹ (other than the particle 를)
  // followed by a bound noun that stands alone or takes a particle.
  static const std::u32string kBoundNouns = U"것거수줄데적바듯";
  static const std::u32string kParticles = U"이가은는을를도에야예지다죠만요";
  for (std::size_t i = 0; i + 2 < t.size(); ++i) {
    if (!t[i].syllable || t[i].s.coda != cL || isSyllableChar(t[i], U'를')) continue;
    if (t[i + 1].syllable || t[i + 1].ch != U' ' || !t[i + 2].syllable) continue;
    if (kBoundNouns.find(composeSyllable(t[i + 2].s)) == std::u32string::npos) continue;
    const bool alone = i + 3 >= t.size() || !t[i + 3].syllable;
    const bool particle = !alone && kParticles.find(composeSyllable(t[i + 3].s)) != std::u32string::npos &&
                          (i + 4 >= t.size() || !t[i + 4].syllable);
    if (alone || particle) t[i + 2].s.onset = tensed(t[i + 2].s.onset);
  }
}

// ---- step 3 and 4: coda + onset table, then liaison ---------------------------------

bool isObjectParticle(const Token& tok) { return isSyllableChar(tok, U'을') || isSyllableChar(tok, U'를'); }

void codaOnsetRules(std::vector<Token>& t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].syllable || t[i].s.coda == cNone) continue;
    std::size_t j = 0;
    const Join join = joinAfter(t, i, j);
    if (join != Join::Other) {
      auto rule = codaOnsetRule(t[i].s.coda, t[j].s.onset);
      // g2pk lateralises ㄹ + space + ㄴ; GPT-SoVITS's fix_g2pk2_error undoes it after
      // the particles 을/를 ("책을 너무" stays [채글 너무]). We simply do not apply it there.
      if (rule && join == Join::Space && isObjectParticle(t[i]) && t[j].s.onset == kN) rule.reset();
      if (rule) {
        t[i].s.coda = rule->first;
        t[j].s.onset = rule->second;
      } else if (join == Join::Space) {
        t[i].s.coda = representative(t[i].s.coda);
      }
    } else if (i + 1 >= t.size() || !isWordChar(t[i + 1].ch)) {
      t[i].s.coda = representative(t[i].s.coda);  // 8항/9항 at a word or phrase end
    }
  }
}

void liaison(std::vector<Token>& t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].syllable || t[i].s.coda == cNone) continue;
    std::size_t j = 0;
    const Join join = joinAfter(t, i, j);
    if (join == Join::Other || t[j].s.onset != kNull) continue;
    Syllable& a = t[i].s;
    Syllable& b = t[j].s;
    // 12항 4: ㅎ is silent before a vowel (좋아 -> 조아, 않아 -> 아나, 싫어 -> 시러).
    if (join == Join::Adjacent && (a.coda == cH || a.coda == cNH || a.coda == cLH)) {
      b.onset = a.coda == cH ? kNull : (a.coda == cNH ? kN : kR);
      a.coda = cNone;
      continue;
    }
    // 14항: the second consonant of a cluster moves over; ㅅ is tense there (넋이 -> 넉씨).
    int keep = cNone;
    int moved = -1;
    switch (a.coda) {
      case cGS: keep = cG; moved = kSS; break;
      case cNJ: keep = cN; moved = kJ; break;
      case cLG: keep = cL; moved = kG; break;
      case cLM: keep = cL; moved = kM; break;
      case cLB: keep = cL; moved = kB; break;
      case cLS: keep = cL; moved = kSS; break;
      case cLT: keep = cL; moved = kT; break;
      case cLP: keep = cL; moved = kP; break;
      case cBS: keep = cB; moved = kSS; break;
      default: moved = codaAsOnset(a.coda); break;  // 13항 (음악 -> 으막); ㅇ never moves
    }
    if (moved < 0) continue;
    a.coda = keep;
    b.onset = moved;
  }
}

}  // namespace

std::u32string applyPronunciationRules(const std::u32string& text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size());
  for (char32_t c : text) {
    Token tok;
    tok.ch = c;
    if (isHangulSyllable(c)) {
      tok.syllable = true;
      tok.s = decomposeSyllable(c);
    }
    tokens.push_back(tok);
  }
  vowelRules(tokens);
  letterNameRules(tokens);
  stemClusterRules(tokens);
  palatalisation(tokens);
  modifierRieulRules(tokens);
  codaOnsetRules(tokens);
  liaison(tokens);
  // g2pk applies 5항 before palatalisation, leaving 붙여 as [부쳐]; speakers say [부처].
  jyeoRule(tokens);

  std::u32string out;
  out.reserve(tokens.size());
  for (const auto& tok : tokens) out += tok.syllable ? composeSyllable(tok.s) : tok.ch;
  return out;
}

}  // namespace timbre::text::korean
