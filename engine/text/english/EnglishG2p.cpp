#include "text/english/EnglishG2p.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "text/PhoneTable.h"
#include "text/english/EnglishDictionary.h"
#include "text/english/EnglishTokenizer.h"
#include "text/english/Homographs.h"
#include "text/english/NeuralG2p.h"
#include "text/english/PerceptronTagger.h"

namespace timbre::text::english {

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool isAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Python's str.istitle() on ASCII: some cased letter, capitals only at the start of a
// run of letters, small letters only inside one ("Smith", "O'Brien"; not "McKay").
bool isTitle(const std::string& s) {
  bool cased = false, previousCased = false;
  for (char c : s) {
    if (isUpper(c)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (isLower(c)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}

Phones letterPhones(char letter) {
  return EnglishDictionary::instance().lookup(std::string(1, letter)).value_or(Phones{});
}

// The reference's rule for "'s" after a word it had to derive.
void appendPossessive(Phones& phones) {
  static constexpr std::array<std::string_view, 6> kVoiceless = {"P", "T", "K", "F", "TH", "HH"};
  static constexpr std::array<std::string_view, 6> kSibilant = {"S", "Z", "SH", "ZH", "CH", "JH"};
  const std::string last = phones.empty() ? "" : phones.back();
  if (std::find(kVoiceless.begin(), kVoiceless.end(), last) != kVoiceless.end()) {
    phones.push_back("S");
  } else if (std::find(kSibilant.begin(), kSibilant.end(), last) != kSibilant.end()) {
    phones.push_back("AH0");
    phones.push_back("Z");
  } else {
    phones.push_back("Z");
  }
}

Phones queryWord(const std::string& original);

// The reference splits an unknown word with wordsegment (letters and digits only,
// so hyphens, dots and apostrophes go) and reads each piece on its own. Without
// wordsegment's corpus counts we split where the word says so (hyphens, underscores,
// the dots of a domain name), and otherwise into two dictionary words of at least 5
// letters, which wordsegment's counts always prefer to one unknown word. Empty when
// there is no split.
std::vector<std::string> compoundParts(const std::string& word) {
  std::vector<std::string> parts;
  std::string part;
  for (char c : word) {
    if (c == '-' || c == '_' || c == '.') {
      if (!part.empty()) parts.push_back(std::move(part));
      part.clear();
    } else if (c != '\'') {
      part += c;
    }
  }
  if (!part.empty()) parts.push_back(std::move(part));
  if (parts.size() > 1) return parts;

  const auto& dictionary = EnglishDictionary::instance();
  constexpr std::size_t kMinPart = 5;
  if (word.size() < 2 * kMinPart || !std::all_of(word.begin(), word.end(), isLower)) return {};
  for (std::size_t len = word.size() - kMinPart; len >= kMinPart; --len)
    if (dictionary.lookup(word.substr(0, len)) && dictionary.lookup(word.substr(len)))
      return {word.substr(0, len), word.substr(len)};
  return {};
}

// en_G2p.qryword: a word that is not a single letter and not a homograph.
Phones queryWord(const std::string& original) {
  const auto& dictionary = EnglishDictionary::instance();
  const std::string word = lower(original);
  if (word.size() > 1)
    if (auto p = dictionary.lookup(word)) return *p;
  if (isTitle(original))
    if (auto p = dictionary.lookupName(word)) return *p;
  if (word.size() <= 3) {
    Phones out;
    for (char c : word) {
      if (c == 'a') {
        out.push_back("EY1");
      } else if (!isAlpha(c)) {
        out.emplace_back(1, c);
      } else {
        Phones l = letterPhones(c);
        out.insert(out.end(), l.begin(), l.end());
      }
    }
    return out;
  }
  if (word.size() > 2 && word.ends_with("'s") && std::all_of(word.begin(), word.end() - 2, isLower)) {
    Phones p = queryWord(word.substr(0, word.size() - 2));
    appendPossessive(p);
    return p;
  }
  const std::vector<std::string> parts = compoundParts(word);
  if (parts.size() <= 1) return NeuralG2p::instance().predict(word);
  Phones out;
  for (const auto& part : parts) {
    Phones p = queryWord(part);
    out.insert(out.end(), p.begin(), p.end());
  }
  return out;
}

// english.py g2p: what the reference drops from g2p_en's output, and "<unk>" as UNK.
bool droppedMark(const std::string& p) {
  return p == " " || p == "<pad>" || p == "UW" || p == "</s>" || p == "<s>";
}

}  // namespace

std::vector<std::string> englishG2p(const std::string& normText,
                                    const std::map<std::string, std::vector<std::string>>* userArpabet) {
  const std::vector<std::string> tokens = tokenizeEnglish(normText);
  const std::vector<std::string> tags = PerceptronTagger::instance().tag(tokens);
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
    } else if (std::none_of(word.begin(), word.end(), isLower)) {
      pron = {word};
    } else if (word.size() == 1) {
      pron = original == "A" ? Phones{"EY1"} : letterPhones(word[0]);
    } else if (auto h = Homographs::instance().reading(word, tags[i])) {
      pron = std::move(*h);
    } else {
      pron = queryWord(original);
    }
    for (auto& p : pron) {
      if (droppedMark(p)) continue;
      if (p == "<unk>") p = "UNK";
      // The reference keeps only phones its table knows, with "'" read as "-".
      if (p == "'") p = "-";
      if (table.contains(p)) phones.push_back(std::move(p));
    }
  }
  return phones;
}

}  // namespace timbre::text::english
