#include "text/japanese/ProsodyPhones.h"

#include <algorithm>
#include <string_view>

#include "text/japanese/KanaTable.h"

namespace timbre::text::japanese {
namespace {

constexpr int kNoValue = -50;  // what the reference's regex helper returns for "xx"

struct Phoneme {
  std::string name;
  int mora = -1;  // -1: a pause
};

struct Phrase {
  int accent = 0;
  int firstMora = -1;
  int lastMora = -1;
};

// Builds phonemes, moras and accent phrases word by word, as JPCommonLabel_push_word does.
class LabelBuilder {
 public:
  void pushWord(const NjdNode& node) {
    const std::string_view pron = node.pron;
    if (pron == "、" || pron == "？") {  // a pause (a question mark only adds a flag we do not need)
      m_pausePending = true;
      return;
    }
    int word = -1;
    for (std::size_t pos = 0; pos < pron.size();) {
      const std::string_view rest = pron.substr(pos);
      if (rest.starts_with("ー")) {
        // Long vowel: repeats the last phoneme as a mora of the previous word.
        if (!m_phonemes.empty() && !m_pausePending) {
          const int mora = static_cast<int>(m_moraWord.size());
          m_moraWord.push_back(m_moraWord.back());
          m_phonemes.push_back({m_phonemes.back().name, mora});
        }
        pos += std::string_view("ー").size();
        continue;
      }
      if (rest.starts_with("’")) {  // unvoicing mark: no effect on lower-case phones
        pos += std::string_view("’").size();
        continue;
      }
      const MoraPhonemes* mora = matchMora(rest);
      if (!mora) break;  // Open JTalk stops reading a pronunciation it does not know
      if (m_pausePending) {
        if (!m_phonemes.empty()) m_phonemes.push_back({"pau", -1});
        m_pausePending = false;
      }
      if (word < 0) {
        word = static_cast<int>(m_wordPhrase.size());
        m_wordPhrase.push_back(-1);
      }
      const int index = static_cast<int>(m_moraWord.size());
      m_moraWord.push_back(word);
      m_phonemes.push_back({std::string(mora->consonant), index});
      if (!mora->vowel.empty()) m_phonemes.push_back({std::string(mora->vowel), index});
      pos += mora->kana.size();
    }
    if (word < 0) return;
    if (word == 0 || node.chainFlag != 1) {
      m_phrases.push_back({node.acc, -1, -1});
    }
    m_wordPhrase[word] = static_cast<int>(m_phrases.size()) - 1;
  }

  std::vector<std::string> phones() {
    // Mora ranges of the phrases.
    for (std::size_t m = 0; m < m_moraWord.size(); ++m) {
      Phrase& phrase = m_phrases[m_wordPhrase[m_moraWord[m]]];
      if (phrase.firstMora < 0) phrase.firstMora = static_cast<int>(m);
      phrase.lastMora = static_cast<int>(m);
    }
    struct Features {
      int a1 = kNoValue, a2 = kNoValue, a3 = kNoValue, f1 = kNoValue;
    };
    std::vector<Features> features(m_phonemes.size());
    for (std::size_t i = 0; i < m_phonemes.size(); ++i) {
      const int mora = m_phonemes[i].mora;
      if (mora < 0) continue;
      const Phrase& phrase = m_phrases[m_wordPhrase[m_moraWord[mora]]];
      const int count = phrase.lastMora - phrase.firstMora + 1;
      const int index = mora - phrase.firstMora + 1;
      const int accent = phrase.accent == 0 ? count : phrase.accent;
      features[i] = {std::clamp(index - accent, -49, 49), std::clamp(index, 1, 49),
                     std::clamp(count - index + 1, 1, 49), std::clamp(count, 1, 49)};
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < m_phonemes.size(); ++i) {
      const std::string& p = m_phonemes[i].name;
      if (m_phonemes[i].mora < 0) {
        out.push_back("_");
        continue;
      }
      out.push_back(p);
      const Features& f = features[i];
      const int nextA2 = i + 1 < m_phonemes.size() ? features[i + 1].a2 : kNoValue;
      if (f.a3 == 1 && nextA2 == 1 && std::string_view("aeiouAEIOUNcl").find(p) != std::string_view::npos)
        out.push_back("#");
      else if (f.a1 == 0 && nextA2 == f.a2 + 1 && f.a2 != f.f1)
        out.push_back("]");
      else if (f.a2 == 1 && nextA2 == 2)
        out.push_back("[");
    }
    return out;
  }

 private:
  std::vector<Phoneme> m_phonemes;
  std::vector<int> m_moraWord;    // mora -> word
  std::vector<int> m_wordPhrase;  // word -> accent phrase
  std::vector<Phrase> m_phrases;
  bool m_pausePending = false;
};

}  // namespace

std::vector<std::string> prosodyPhones(const NjdList& nodes) {
  LabelBuilder builder;
  for (const auto& node : nodes) builder.pushWord(node);
  return builder.phones();
}

}  // namespace timbre::text::japanese
