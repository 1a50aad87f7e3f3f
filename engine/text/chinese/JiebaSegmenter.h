#pragma once
// Word segmentation as jieba 0.42 does it: a prefix-dictionary DAG, the most probable
// route through it, and an HMM for runs of characters the dictionary does not join.
// posCut is jieba.posseg.lcut (words with part-of-speech tags, used by the tone rules);
// cutForSearch is jieba.cut_for_search (used to split words for third-tone sandhi).
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace timbre::text::chinese {

struct TaggedWord {
  std::u32string word;
  std::string tag;
};

// Words a caller adds for one conversion (jieba.add_word), on top of the dictionary.
class UserWords {
 public:
  void add(const std::u32string& word);  // frequency as jieba's suggest_freq gives it
  bool empty() const { return m_words.empty(); }
  const std::int64_t* freq(const std::u32string& word) const;
  bool isPrefix(const std::u32string& fragment) const { return m_prefixes.count(fragment) > 0; }
  double extraTotal() const { return m_extraTotal; }

 private:
  std::unordered_map<std::u32string, std::int64_t> m_words;
  std::unordered_set<std::u32string> m_prefixes;
  double m_extraTotal = 0;
};

// [(word, tag)] for a sentence; user words (may be null) join the dictionary.
std::vector<TaggedWord> posCut(const std::u32string& sentence, const UserWords* user = nullptr);
// jieba.cut(sentence, HMM=True).
std::vector<std::u32string> cut(const std::u32string& sentence, const UserWords* user = nullptr);
std::vector<std::u32string> cutForSearch(const std::u32string& sentence, const UserWords* user = nullptr);

}  // namespace timbre::text::chinese
