#include "text/english/EnglishG2p.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "text/PhoneTable.h"
#include "text/english/EnglishLexicon.h"
#include "text/english/EnglishTokenizer.h"
#include "text/english/Homographs.h"
#include "text/english/LetterToSound.h"

namespace timbre::text::english {

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool isAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Reads letters one by one ("xyz" -> EH1 K S W AY1 Z IY1); "a" here is the letter EY1.
Phones spellOut(const std::string& word) {
  Phones out;
  for (char c : word) {
    if (c == 'a') {
      out.push_back("EY1");
    } else if (!isAlpha(c)) {
      out.emplace_back(1, c);
    } else {
      Phones l = EnglishLexicon::instance().letter(c);
      out.insert(out.end(), l.begin(), l.end());
    }
  }
  return out;
}

bool hasVowelLetter(const std::string& word) {
  return word.find_first_of("aeiouy") != std::string::npos;
}

// Phones of an unknown word made of two dictionary words ("waterbottle" -> water +
// bottle); the second part's primary stress becomes secondary, as CMU marks compounds.
// Both parts need 5 letters: on held-out dictionary words that split, 4-letter parts
// were right less often than the letter-to-sound model (271 vs 346 of 650), 5-letter
// parts slightly more often (72 vs 68 of 134).
Phones compoundPhones(const std::string& word) {
  const auto& lexicon = EnglishLexicon::instance();
  constexpr std::size_t kMinPart = 5;
  if (word.size() < 2 * kMinPart) return {};
  for (std::size_t len = word.size() - kMinPart; len >= kMinPart; --len) {
    Phones head = lexicon.lookup(word.substr(0, len));
    if (head.empty()) continue;
    Phones tail = lexicon.lookup(word.substr(len));
    if (tail.empty()) continue;
    for (auto& p : tail)
      if (!p.empty() && p.back() == '1') p.back() = '2';
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
  }
  return {};
}

// A word that is not a single letter and not a homograph (en_G2p.qryword).
// original keeps the token's case, to tell acronyms apart.
Phones queryWord(const std::string& word, const std::string& original) {
  const auto& lexicon = EnglishLexicon::instance();
  if (word.size() > 1)
    if (Phones p = lexicon.lookup(word); !p.empty()) return p;
  if (word.size() <= 3) return spellOut(word);
  // "'s" after a word we can read some other way.
  if (word.size() > 2 && word.ends_with("'s") &&
      std::all_of(word.begin(), word.end() - 2, isAlpha)) {
    Phones p = queryWord(word.substr(0, word.size() - 2), original.substr(0, original.size() - 2));
    EnglishLexicon::appendPossessive(p, false);
    return p;
  }
  // Joined words ("sun-dried", "snake_case"): read each part on its own.
  if (const auto joint = word.find_first_of("-_"); joint != std::string::npos) {
    Phones out;
    std::size_t start = 0;
    while (start <= word.size()) {
      std::size_t end = word.find_first_of("-_", start);
      if (end == std::string::npos) end = word.size();
      if (end > start) {
        const std::string part = word.substr(start, end - start), originalPart = original.substr(start, end - start);
        Phones p = part.size() == 1 ? lexicon.letter(part[0]) : queryWord(part, originalPart);
        out.insert(out.end(), p.begin(), p.end());
      }
      start = end + 1;
    }
    return out;
  }
  // Acronyms: nothing to pronounce without a vowel ("html"), or short and all capitals.
  const bool allCaps = std::none_of(original.begin(), original.end(),
                                    [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
  if (!hasVowelLetter(word) || (allCaps && word.size() <= 4)) return spellOut(word);
  // The reference splits compounds with wordsegment's unigram model and falls back to
  // g2p_en's neural model; we split into dictionary words, then use our own
  // letter-to-sound model trained from the dictionary.
  if (Phones p = compoundPhones(word); !p.empty()) return p;
  std::string letters;
  std::copy_if(word.begin(), word.end(), std::back_inserter(letters), isAlpha);
  if (Phones p = letterToSound(letters); !p.empty()) return p;
  return spellOut(word);
}

}  // namespace

std::vector<std::string> englishG2p(const std::string& normText,
                                    const std::map<std::string, std::vector<std::string>>* userArpabet) {
  const std::vector<std::string> tokens = tokenizeEnglish(normText);
  const auto& table = PhoneTable::get(PhoneTableVersion::V2);
  std::vector<std::string> phones;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& original = tokens[i];
    const std::string word = lower(original);
    Phones pron;
    const std::vector<std::string>* userPron = nullptr;
    if (userArpabet)
      if (auto it = userArpabet->find(word); it != userArpabet->end()) userPron = &it->second;
    if (userPron) {
      pron = *userPron;
    } else if (std::none_of(word.begin(), word.end(), isAlpha)) {
      pron = {word};
    } else if (word.size() == 1) {
      pron = original == "A" ? Phones{"EY1"} : EnglishLexicon::instance().letter(word[0]);
    } else if (auto h = homographPhones(tokens, i)) {
      pron = std::move(*h);
    } else {
      pron = queryWord(word, original);
    }
    for (auto& p : pron) {
      // The reference keeps only phones its table knows, with "'" read as "-".
      if (p == "'") p = "-";
      if (table.contains(p)) phones.push_back(std::move(p));
    }
  }
  return phones;
}

}  // namespace timbre::text::english
