#pragma once
// The CMU pronouncing dictionary as compiled into timbre_text (converted at build
// time from Debian's festlex-cmu by timbre_cmudict_gen). Words are lowercase; a word
// can have several entries, told apart by a coarse part of speech.
#include <string>
#include <string_view>
#include <vector>

namespace timbre::text::english {

struct CmuEntry {
  std::string pos;                  // Festival's tag: "-" (none), "n", "v", "j" (adjective), "dt", ...
  std::vector<std::string> phones;  // ARPAbet with stress digits, e.g. {"HH", "AH0", "L", "OW1"}
};

class CmuDict {
 public:
  static const CmuDict& instance();

  // Every entry for a lowercase word, in dictionary order; empty when absent.
  std::vector<CmuEntry> lookup(std::string_view word) const;
  // The first entry's phones (what the reference uses by default); empty when absent.
  std::vector<std::string> first(std::string_view word) const;
  bool contains(std::string_view word) const;
  std::size_t lineCount() const { return m_lines.size(); }
  // The word of entry line (0 <= line < lineCount()), in sorted order.
  std::string_view wordAt(std::size_t line) const;

 private:
  CmuDict();
  std::size_t lowerBound(std::string_view word) const;

  std::vector<std::string_view> m_lines;  // "word pos PH PH ...", sorted by word
};

}  // namespace timbre::text::english
