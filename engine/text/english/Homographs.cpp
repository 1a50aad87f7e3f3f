#include "text/english/Homographs.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <sstream>
#include <string_view>

namespace timbre::text::english {

namespace {

enum class Pos { Verb, PastVerb, Noun, Adjective };

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool hasLetter(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

template <std::size_t N>
bool oneOf(const std::string& w, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Words after which a verb in its base or present form follows.
constexpr std::array<std::string_view, 30> kBeforeVerb = {
    "to", "will", "would", "can", "could", "shall", "should", "may", "might", "must",
    "do", "does", "don't", "doesn't", "didn't", "won't", "can't", "cannot", "please", "let's",
    "i", "you", "we", "they", "he", "she", "it", "not", "never", "always"};
// Words after which a past participle follows ("have read", "was read").
constexpr std::array<std::string_view, 12> kBeforePast = {
    "have", "has", "had", "was", "were", "been", "be", "is", "are", "i've", "we've", "you've"};
// Words that start a noun phrase: what follows is a noun or an adjective.
constexpr std::array<std::string_view, 22> kDeterminers = {
    "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her",
    "its", "our", "their", "some", "any", "no", "every", "each", "another", "one", "of"};
// Function words: a word followed by one of these is not an attributive adjective.
constexpr std::array<std::string_view, 38> kFunction = {
    "the", "a", "an", "it", "them", "him", "her", "me", "us", "you", "this", "that", "these", "those",
    "my", "your", "his", "our", "their", "to", "on", "in", "at", "for", "with", "from", "of", "into",
    "up", "out", "and", "or", "but", "is", "are", "was", "were", "by"};
// Words that start an object or adverbial: the word before them is likely a verb.
constexpr std::array<std::string_view, 24> kAfterVerb = {
    "the", "a", "an", "it", "them", "him", "her", "me", "us", "this", "these", "those",
    "my", "your", "his", "our", "their", "on", "in", "at", "with", "up", "out", "for"};

struct Override {
  std::string_view word;
  Pos pos;
  std::string_view phones;
};
// Readings that differ from (or are missing in) Festival's tagged CMU entries; these
// follow the reference's homograph table (GPT-SoVITS overrides "read" and "complex").
constexpr std::array<Override, 7> kOverrides = {{
    {"read", Pos::Verb, "R IY1 D"},
    {"read", Pos::PastVerb, "R EH1 D"},
    {"read", Pos::Noun, "R EH1 D"},
    {"complex", Pos::Adjective, "K AH0 M P L EH1 K S"},
    {"complex", Pos::Noun, "K AA1 M P L EH0 K S"},
    {"complex", Pos::Verb, "K AA1 M P L EH0 K S"},
    {"record", Pos::Verb, "R IH0 K AO1 R D"},
}};

Phones split(std::string_view s) {
  Phones out;
  std::istringstream in{std::string(s)};
  for (std::string p; in >> p;) out.push_back(p);
  return out;
}

std::string neighbour(const std::vector<std::string>& tokens, std::size_t index, int step) {
  const auto j = static_cast<long>(index) + step;
  if (j < 0 || j >= static_cast<long>(tokens.size())) return {};
  const std::string& t = tokens[static_cast<std::size_t>(j)];
  return hasLetter(t) ? lower(t) : std::string();  // punctuation ends the context
}

Pos guessPos(const std::vector<std::string>& tokens, std::size_t index) {
  const std::string prev = neighbour(tokens, index, -1), next = neighbour(tokens, index, +1);
  const bool nextIsContent = !next.empty() && !oneOf(next, kFunction);
  if (oneOf(prev, kBeforePast)) return Pos::PastVerb;
  if (oneOf(prev, kBeforeVerb)) return Pos::Verb;
  if (oneOf(prev, kDeterminers)) return nextIsContent ? Pos::Adjective : Pos::Noun;
  if (oneOf(next, kAfterVerb)) return Pos::Verb;
  if (nextIsContent) return Pos::Adjective;
  // No clue from the neighbours. Festival's noun readings of "-ing" words are names
  // (Reading the town), and "does" as a noun is the plural of doe: prefer the verb.
  const std::string word = lower(tokens[index]);
  if (word == "does" || (word.size() > 4 && word.ends_with("ing"))) return Pos::Verb;
  return Pos::Noun;
}

}  // namespace

std::optional<Phones> homographPhones(const std::vector<std::string>& tokens, std::size_t index) {
  const std::string word = lower(tokens[index]);
  const bool overridden =
      std::any_of(kOverrides.begin(), kOverrides.end(), [&](const Override& o) { return o.word == word; });
  std::vector<CmuEntry> entries;
  if (!overridden) {
    entries = EnglishLexicon::instance().entries(word);
    // Only words Festival lists with distinct part-of-speech readings are homographs.
    const bool tagged = entries.size() > 1 && std::all_of(entries.begin(), entries.end(), [](const CmuEntry& e) {
                          return e.pos == "n" || e.pos == "v" || e.pos == "j";
                        });
    if (!tagged) return std::nullopt;
  }
  const Pos pos = guessPos(tokens, index);
  if (overridden) {
    for (const auto& o : kOverrides)
      if (o.word == word && o.pos == pos) return split(o.phones);
    if (pos == Pos::PastVerb || pos == Pos::Adjective) {
      // Fall back to the plain verb / noun reading.
      const Pos alt = pos == Pos::PastVerb ? Pos::Verb : Pos::Noun;
      for (const auto& o : kOverrides)
        if (o.word == word && o.pos == alt) return split(o.phones);
    }
    entries = EnglishLexicon::instance().entries(word);
  }
  const char* wanted = pos == Pos::Noun ? "n" : pos == Pos::Adjective ? "j" : "v";
  for (const auto& e : entries)
    if (e.pos == wanted) return e.phones;
  if (pos == Pos::Adjective)
    for (const auto& e : entries)
      if (e.pos == "n") return e.phones;
  if (!entries.empty()) return entries.front().phones;
  return std::nullopt;
}

}  // namespace timbre::text::english
