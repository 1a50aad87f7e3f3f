#pragma once
// MeCab over Open JTalk's naist-jdic (Debian: open-jtalk-mecab-naist-jdic), the
// morphological analysis pyopenjtalk runs before its NJD rules.
//
// The dictionary folder is /var/lib/mecab/dic/open-jtalk/naist-jdic unless the
// environment variable TIMBRE_JA_DICT names another one (checked at first use).
// Debian ships that folder without the "dicrc" file Debian's libmecab insists on,
// so when it is missing we point MeCab at a private folder (under the system temp
// folder) holding a minimal dicrc and symbolic links to the dictionary files.
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "text/japanese/NjdNode.h"

namespace timbre::text::japanese {

class MecabAnalyzer {
 public:
  // The shared analyser; opens the dictionary on first use. Throws timbre::Error
  // (Io or UnsupportedFormat) naming the folder and the Debian package.
  static MecabAnalyzer& instance();

  // A byte range of the MeCab input that must come out as one token.
  struct Span {
    std::size_t begin = 0, end = 0;
  };

  // Text already converted by toMecabInput -> one NJD node per morpheme (compound
  // dictionary entries give several). Each span in `wholeTokens` (sorted, disjoint)
  // is forced to be a single token and comes out as a placeholder node (surface
  // only) whose index is stored in `tokenIndex` (same order), for the caller to replace.
  std::vector<NjdNode> analyze(const std::string& mecabInput, const std::vector<Span>& wholeTokens = {},
                               std::vector<std::size_t>* tokenIndex = nullptr);

  ~MecabAnalyzer();
  MecabAnalyzer(const MecabAnalyzer&) = delete;
  MecabAnalyzer& operator=(const MecabAnalyzer&) = delete;

 private:
  MecabAnalyzer();
  struct Impl;
  std::unique_ptr<Impl> m_impl;
  std::mutex m_mutex;  // one tagger, one lattice: analyses are serialised
};

// The dictionary folder in use (TIMBRE_JA_DICT or the Debian default).
std::string japaneseDictionaryDir();

}  // namespace timbre::text::japanese
