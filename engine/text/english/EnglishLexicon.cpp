#include "text/english/EnglishLexicon.h"

#include <algorithm>
#include <array>
#include <sstream>

namespace timbre::text::english {

namespace {

// Entries the reference dictionary (CMU 0.7b-based) has and Festival's CMU 0.4 copy
// lacks: Festival spells contractions out by rule, we need them as words.
struct Extra {
  const char* word;
  const char* phones;
};
constexpr Extra kExtras[] = {
    {"can't", "K AE1 N T"},        {"won't", "W OW1 N T"},         {"don't", "D OW1 N T"},
    {"doesn't", "D AH1 Z AH0 N T"}, {"didn't", "D IH1 D AH0 N T"},  {"isn't", "IH1 Z AH0 N T"},
    {"aren't", "AA1 R AH0 N T"},   {"wasn't", "W AA1 Z AH0 N T"},  {"weren't", "W ER1 AH0 N T"},
    {"hasn't", "HH AE1 Z AH0 N T"}, {"haven't", "HH AE1 V AH0 N T"}, {"hadn't", "HH AE1 D AH0 N T"},
    {"couldn't", "K UH1 D AH0 N T"}, {"wouldn't", "W UH1 D AH0 N T"}, {"shouldn't", "SH UH1 D AH0 N T"},
    {"mustn't", "M AH1 S AH0 N T"}, {"needn't", "N IY1 D AH0 N T"}, {"ain't", "EY1 N T"},
    {"shan't", "SH AE1 N T"},      {"i'm", "AY1 M"},               {"you're", "Y UH1 R"},
    {"we're", "W IY1 R"},          {"they're", "DH EH1 R"},        {"i've", "AY1 V"},
    {"you've", "Y UW1 V"},         {"we've", "W IY1 V"},           {"they've", "DH EY1 V"},
    {"could've", "K UH1 D AH0 V"}, {"would've", "W UH1 D AH0 V"},  {"should've", "SH UH1 D AH0 V"},
    {"i'll", "AY1 L"},             {"you'll", "Y UW1 L"},          {"he'll", "HH IY1 L"},
    {"she'll", "SH IY1 L"},        {"we'll", "W IY1 L"},           {"they'll", "DH EY1 L"},
    {"it'll", "IH1 T AH0 L"},      {"that'll", "DH AE1 T AH0 L"},  {"i'd", "AY1 D"},
    {"you'd", "Y UW1 D"},          {"he'd", "HH IY1 D"},           {"she'd", "SH IY1 D"},
    {"we'd", "W IY1 D"},           {"they'd", "DH EY1 D"},         {"it's", "IH1 T S"},
    {"that's", "DH AE1 T S"},      {"what's", "W AH1 T S"},        {"let's", "L EH1 T S"},
    {"he's", "HH IY1 Z"},          {"she's", "SH IY1 Z"},          {"there's", "DH EH1 R Z"},
    {"here's", "HH IH1 R Z"},      {"who's", "HH UW1 Z"},          {"where's", "W EH1 R Z"},
    {"o'clock", "AH0 K L AA1 K"},  {"y'all", "Y AO1 L"},           {"ma'am", "M AE1 M"},
    // Abbreviations as the reference dictionary reads them ("Dr." is "drive" there).
    {"dr", "D R AY1 V"},           {"ok", "OW2 K EY1"},
    // Frequent words whose first reading in the reference dictionary differs from
    // Festival's (seen in the golden data: weak "and", strong "were", "here", "thirty").
    {"and", "AH0 N D"},            {"were", "W ER1"},              {"here", "HH IY1 R"},
    {"thirty", "TH ER1 D IY2"},
};

// Removed from the dictionary by the reference because CMU reads them wrongly.
constexpr std::array<std::string_view, 6> kRemoved = {"ae", "ai", "ar", "ios", "hud", "os"};

constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty", "forty", "fifty",
                                                  "sixty",  "seventy", "eighty", "ninety"};

Phones split(std::string_view s) {
  Phones out;
  std::istringstream in{std::string(s)};
  for (std::string p; in >> p;) out.push_back(p);
  return out;
}

bool isVowelPhone(const std::string& p) { return !p.empty() && std::isdigit(static_cast<unsigned char>(p.back())); }

}  // namespace

const EnglishLexicon& EnglishLexicon::instance() {
  static const EnglishLexicon lexicon;
  return lexicon;
}

std::vector<CmuEntry> EnglishLexicon::entries(std::string_view word) const {
  if (std::find(kRemoved.begin(), kRemoved.end(), word) != kRemoved.end()) return {};
  return CmuDict::instance().lookup(word);
}

Phones EnglishLexicon::lookup(std::string_view word) const {
  for (const auto& extra : kExtras)
    if (word == extra.word) return split(extra.phones);
  if (std::find(kRemoved.begin(), kRemoved.end(), word) != kRemoved.end()) return {};
  if (Phones phones = CmuDict::instance().first(word); !phones.empty()) return phones;

  // CMU lists the possessive of most of its words; derive it the same way.
  if (word.size() > 2 && word.ends_with("'s")) {
    Phones base = lookup(word.substr(0, word.size() - 2));
    if (!base.empty()) {
      appendPossessive(base, true);
      return base;
    }
  }
  // Plural possessive "dogs'" sounds like "dogs".
  if (word.size() > 2 && word.ends_with("s'")) {
    if (Phones base = lookup(word.substr(0, word.size() - 1)); !base.empty()) return base;
  }
  return hyphenated(word);
}

Phones EnglishLexicon::hyphenated(std::string_view word) const {
  // "twenty-five": CMU has these number words, with secondary stress on the second part.
  const auto dash = word.find('-');
  if (dash == std::string_view::npos || word.find('-', dash + 1) != std::string_view::npos) return {};
  const std::string_view head = word.substr(0, dash), tail = word.substr(dash + 1);
  if (std::find(kTens.begin(), kTens.end(), head) == kTens.end()) return {};
  Phones first = CmuDict::instance().first(head), second = CmuDict::instance().first(tail);
  if (first.empty() || second.empty()) return {};
  for (auto& p : second)
    if (isVowelPhone(p) && p.back() == '1') p.back() = '2';
  first.insert(first.end(), second.begin(), second.end());
  return first;
}

Phones EnglishLexicon::letter(char c) const {
  const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return CmuDict::instance().first(std::string_view(&lower, 1));
}

void EnglishLexicon::appendPossessive(Phones& phones, bool dictionaryStyle) {
  static const std::array<std::string_view, 6> kVoiceless = {"P", "T", "K", "F", "TH", "HH"};
  static const std::array<std::string_view, 6> kSibilant = {"S", "Z", "SH", "ZH", "CH", "JH"};
  const std::string last = phones.empty() ? "" : phones.back();
  if (std::find(kVoiceless.begin(), kVoiceless.end(), last) != kVoiceless.end()) {
    phones.push_back("S");
  } else if (std::find(kSibilant.begin(), kSibilant.end(), last) != kSibilant.end()) {
    phones.push_back(dictionaryStyle ? "IH0" : "AH0");
    phones.push_back("Z");
  } else {
    phones.push_back("Z");
  }
}

}  // namespace timbre::text::english
