#include "text/english/EnglishG2p.h"

#include <algorithm>
#include <cctype>

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

// A word that is not a single letter and not a homograph (en_G2p.qryword).
Phones queryWord(const std::string& word) {
  const auto& lexicon = EnglishLexicon::instance();
  if (word.size() > 1)
    if (Phones p = lexicon.lookup(word); !p.empty()) return p;
  if (word.size() <= 3) return spellOut(word);
  // "'s" after a word we can read some other way.
  if (word.size() > 2 && word.ends_with("'s") &&
      std::all_of(word.begin(), word.end() - 2, isAlpha)) {
    Phones p = queryWord(word.substr(0, word.size() - 2));
    EnglishLexicon::appendPossessive(p, false);
    return p;
  }
  // The reference splits compounds with wordsegment's unigram model here and falls back
  // to g2p_en's neural model; we go straight to Festival's letter-to-sound rules.
  return letterToSound(word);
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
      pron = queryWord(word);
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
