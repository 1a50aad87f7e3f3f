#pragma once
// The English frontend's data as compiled in by timbre_english_data_gen (see
// EnglishDataGen.cpp for the layout and data/LICENSES.md for the sources).
#include <cstddef>
#include <string_view>

namespace timbre::text::english::detail {

extern const char kLexiconPhones[];  // one phone per line; a lexicon byte 0x80+i is line i
extern const std::size_t kLexiconPhonesSize;
extern const char kLexicon[];  // sorted "word\t<phone bytes>\n" (CMU revision + hot words)
extern const std::size_t kLexiconSize;
extern const char kNames[];  // same layout: the name dictionary, first readings
extern const std::size_t kNamesSize;
extern const char kHomographs[];  // g2p_en homographs.en as shipped
extern const std::size_t kHomographsSize;
extern const char kTaggerClasses[];  // one tag per line
extern const std::size_t kTaggerClassesSize;
extern const char kTaggerTagdict[];  // "word\ttag" lines
extern const std::size_t kTaggerTagdictSize;
extern const char kTaggerWeights[];  // per feature: name, NUL, count, (tag, weight in 1/1000)*
extern const std::size_t kTaggerWeightsSize;
extern const char kG2pShapes[];  // "name rows cols" lines
extern const std::size_t kG2pShapesSize;
extern const char kG2pWeights[];  // float32 little-endian, arrays back to back
extern const std::size_t kG2pWeightsSize;

inline std::string_view blob(const char* data, std::size_t size) { return {data, size}; }

}  // namespace timbre::text::english::detail
