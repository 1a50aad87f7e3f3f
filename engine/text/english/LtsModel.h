#pragma once
// The letter-to-sound model's definition, shared by its build-time trainer
// (timbre_lts_gen, LtsGen.cpp) and the runtime (LetterToSound.cpp) so that both
// cut the same letter contexts, hold out the same words and fix stress the same way.
//
// Model: every letter of a word emits a label: nothing ("_"), one phone ("K", "AH0")
// or two phones ("K+S" for x). A label is chosen from the letter's context: a chain
// of windows from the letter alone up to 5 letters either side; the longest window
// seen in training decides. Only windows whose label differs from what the next
// shorter window gives are stored, so the table stays small.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace timbre::text::english::lts {

struct Shape {
  int left;
  int right;
};

// Windows tried from the shortest to the longest; each grows the previous by one letter.
// Left-first growth measured slightly better on the held-out words than right-first.
inline constexpr Shape kShapes[] = {{0, 0}, {1, 0}, {1, 1}, {2, 1}, {2, 2}, {3, 2},
                                   {3, 3}, {4, 3}, {4, 4}, {5, 4}, {5, 5}};
inline constexpr std::size_t kShapeCount = sizeof(kShapes) / sizeof(kShapes[0]);

// Words the model learns from: lowercase a-z only, at least two letters.
inline bool isTrainingWord(std::string_view word) {
  return word.size() >= 2 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// About 5 % of the training words are never shown to the trainer, so that tests can
// measure the model on words it has not seen. FNV-1a: stable across compilers.
inline bool isHeldOut(std::string_view word) {
  std::uint32_t h = 2166136261u;
  for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h % 20 == 0;
}

// Key of the window around word[pos]: "left|c|right"; '#' marks a word edge and ends
// the window there, so a key names its letters exactly whatever shape produced it.
inline std::string contextKey(std::string_view word, std::size_t pos, Shape shape) {
  std::string left, right;
  for (int k = 1; k <= shape.left; ++k) {
    if (static_cast<int>(pos) - k < 0) {
      left.insert(left.begin(), '#');
      break;
    }
    left.insert(left.begin(), word[pos - static_cast<std::size_t>(k)]);
  }
  for (int k = 1; k <= shape.right; ++k) {
    if (pos + static_cast<std::size_t>(k) >= word.size()) {
      right.push_back('#');
      break;
    }
    right.push_back(word[pos + static_cast<std::size_t>(k)]);
  }
  return left + '|' + word[pos] + '|' + right;
}

inline bool isVowel(const std::string& phone) {
  return !phone.empty() && phone.back() >= '0' && phone.back() <= '2';
}

// Makes exactly one vowel carry primary stress: of several, the first keeps it and the
// rest become secondary; with none, the first secondary (else the first full vowel,
// else the first vowel) is promoted.
inline void fixStress(std::vector<std::string>& phones) {
  std::vector<std::size_t> vowels;
  for (std::size_t i = 0; i < phones.size(); ++i)
    if (isVowel(phones[i])) vowels.push_back(i);
  if (vowels.empty()) return;
  bool seen = false;
  for (std::size_t i : vowels) {
    if (phones[i].back() != '1') continue;
    if (seen) phones[i].back() = '2';
    seen = true;
  }
  if (seen) return;
  for (std::size_t i : vowels)
    if (phones[i].back() == '2') {
      phones[i].back() = '1';
      return;
    }
  for (std::size_t i : vowels)
    if (phones[i] != "AH0" && phones[i] != "IH0" && phones[i] != "ER0") {
      phones[i].back() = '1';
      return;
    }
  phones[vowels.front()].back() = '1';
}

// Phones of a lowercase a-z word. find(key) returns the stored label or an empty view.
template <class Find>
std::vector<std::string> predict(std::string_view word, const Find& find) {
  std::vector<std::string> phones;
  for (std::size_t pos = 0; pos < word.size(); ++pos) {
    std::string_view label;
    for (std::size_t s = kShapeCount; s-- > 0 && label.empty();) label = find(contextKey(word, pos, kShapes[s]));
    if (label.empty() || label == "_") continue;
    const auto plus = label.find('+');
    phones.emplace_back(label.substr(0, plus));
    if (plus != std::string_view::npos) phones.emplace_back(label.substr(plus + 1));
  }
  fixStress(phones);
  return phones;
}

// Phones that differ between a guess and the dictionary's reading (Levenshtein
// over phones): the phone-accuracy figure of training and of the tests.
inline std::size_t phoneEditDistance(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace timbre::text::english::lts
