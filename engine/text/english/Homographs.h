#pragma once
// g2p_en's homograph table (homographs.en): words with two readings, the first taken
// when the word's part-of-speech tag starts with a given prefix. GPT-SoVITS replaces
// the entries for "read" and "complex"; both changes are applied here.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace timbre::text::english {

class Homographs {
 public:
  static const Homographs& instance();

  // Reading of a lowercase word tagged posTag (Penn Treebank), or nullopt when the
  // word is no homograph.
  std::optional<std::vector<std::string>> reading(const std::string& word, std::string_view posTag) const;

 private:
  Homographs();
  struct Entry {
    std::vector<std::string> first, second;
    std::string firstPos;  // tag prefix that selects the first reading
  };
  std::unordered_map<std::string, Entry> m_entries;
};

}  // namespace timbre::text::english
