#pragma once
// The Mandarin frontend's tables (jieba dictionary and HMMs, pypinyin's readings,
// traditional -> simplified), parsed once from the blob compiled into timbre_text.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace timbre::text::chinese {

struct JiebaEntry {
  std::int64_t freq = 0;  // 0 for a bare prefix of a longer word (jieba's pfdict)
  std::string tag;        // posseg tag; empty when the dictionary gives none
  bool hasTag = false;
};

// Hidden Markov model as jieba stores it: states by name ("B" or "B,a"), log probabilities.
struct Hmm {
  std::vector<std::string> names;              // state names; ids index this
  std::unordered_map<std::string, int> ids;
  std::vector<double> start;                   // per state
  std::vector<std::vector<std::pair<int, double>>> trans;  // per state, file order
  std::vector<std::unordered_map<int, double>> transMap;
  std::vector<std::unordered_map<char32_t, double>> emit;
  std::unordered_map<char32_t, std::vector<int>> charStates;  // posseg only
  int id(const std::string& name);
};

class ChineseData {
 public:
  // Parsed at first use; throws timbre::Error(UnsupportedFormat) when the build had no data.
  static const ChineseData& get();

  std::unordered_map<std::u32string, JiebaEntry> jieba;  // words and their prefixes
  double jiebaTotal = 0;                                  // sum of all frequencies
  Hmm finalSeg;
  Hmm posSeg;
  // pypinyin's tables in TONE3 (neutral tone 5): a character's default reading, a
  // phrase's syllables, and every prefix of a phrase (for pypinyin's forward matching).
  std::unordered_map<char32_t, std::string> charPinyin;
  std::unordered_map<std::u32string, std::vector<std::string>> phrasePinyin;
  std::unordered_set<std::u32string> phrasePrefixes;
  std::unordered_map<char32_t, char32_t> t2s;

 private:
  ChineseData();
};

}  // namespace timbre::text::chinese
