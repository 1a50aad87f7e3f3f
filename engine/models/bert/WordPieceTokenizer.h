#pragma once
// The BERT tokenizer of chinese-roberta-wwm-ext-large as transformers'
// BertTokenizer runs it: clean-up, CJK characters as single words, lower-casing
// with accent stripping, punctuation split, then greedy longest-match WordPiece.
// Plain C++ over ICU (no ATen), so the text side can use it too.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace timbre::bert {

class WordPieceTokenizer {
 public:
  // From a model folder: vocab.txt (one token per line, line number = id) or,
  // when absent, the WordPiece vocabulary inside tokenizer.json. Lower-casing
  // follows tokenizer_config.json / tokenizer.json (default on). Throws
  // timbre::Error (Io, CorruptFile) naming the file.
  static WordPieceTokenizer fromFolder(const std::string& folder);
  // From vocab.txt contents (tests, and callers holding the vocabulary already).
  static WordPieceTokenizer fromVocabText(const std::string& vocabText, bool lowercase = true);

  // UTF-8 text -> WordPiece tokens, without [CLS]/[SEP].
  std::vector<std::string> tokenize(const std::string& text) const;
  // [CLS] tokens [SEP] as ids, what the model is fed.
  std::vector<int64_t> encode(const std::string& text) const;
  int64_t idOf(const std::string& token) const;  // [UNK]'s id for an unknown token
  size_t vocabSize() const { return m_vocab.size(); }

 private:
  std::unordered_map<std::string, int64_t> m_vocab;
  std::vector<std::string> m_specialTokens;  // never split, never lower-cased
  bool m_lowercase = true;
  int64_t m_unkId = 0, m_clsId = 0, m_sepId = 0;

  void finish(const std::string& source);
  void basicTokenize(const std::string& text, std::vector<std::string>& out) const;
  void wordPiece(const std::string& word, std::vector<std::string>& out) const;
};

}  // namespace timbre::bert
