#pragma once
// The pronunciation dictionaries GPT-SoVITS's English frontend reads, compiled in:
// its CMU revision (cmudict.rep + cmudict-fast.rep, overridden by engdict-hot.rep,
// minus the abbreviations english.py removes) and its name dictionary. Each word has
// one reading, as in the reference's engdict cache.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace timbre::text::english {

using Phones = std::vector<std::string>;

class EnglishDictionary {
 public:
  static const EnglishDictionary& instance();

  // Reading of a lowercase word, or nullopt when the dictionary lacks it.
  std::optional<Phones> lookup(std::string_view word) const;
  // Reading of a lowercase name (the reference consults it for title-case words).
  std::optional<Phones> lookupName(std::string_view word) const;
  std::size_t wordCount() const { return m_words.size(); }
  std::size_t nameCount() const { return m_names.size(); }

 private:
  EnglishDictionary();
  std::optional<Phones> find(const std::vector<std::string_view>& lines, std::string_view word) const;

  std::vector<std::string> m_phoneNames;   // phone byte 0x80+i -> name
  std::vector<std::string_view> m_words;   // "word\t<phone bytes>", sorted
  std::vector<std::string_view> m_names;
};

}  // namespace timbre::text::english
