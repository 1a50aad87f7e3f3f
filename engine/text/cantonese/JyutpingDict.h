#pragma once
// Characters and words with their Jyutping, compiled in from rime-data-jyut6ping3
// (see JyutpingDictGen.cpp): traditional keys plus their simplified (OpenCC t2s) forms.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace timbre::text::cantonese {

class JyutpingDict {
 public:
  static const JyutpingDict& instance();

  // False when timbre_text was built without the dictionary (package missing).
  bool available() const { return !m_lines.empty(); }
  // Space-separated syllables with tones ("hoeng1 gong2"), or nothing.
  std::optional<std::string_view> lookup(std::string_view key) const;
  // Longest key in characters, for longest-match segmentation.
  std::size_t maxChars() const;

 private:
  JyutpingDict();
  std::vector<std::string_view> m_lines;  // "key\treading", sorted by key; views into the blob
};

}  // namespace timbre::text::cantonese
