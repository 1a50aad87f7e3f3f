#include "text/segmentation/SentenceSplitter.h"

#include "text/segmentation/PyCharClass.h"
#include "text/Utf8.h"

#include <algorithm>
#include <array>

namespace timbre::text {

namespace {

using Pieces = std::vector<std::u32string>;

// The reference's `punctuation` set: a piece made only of these (or empty) is
// dropped by cut0..cut4.
bool isPunctuationOrSpace(char32_t c) {
  return c == U'!' || c == U'?' || c == U'…' || c == U',' || c == U'.' || c == U'-' || c == U' ';
}

// cut5's own mark set; note the ASCII ";" only (no full-width "；") and no "~".
bool isCut5Mark(char32_t c) {
  static constexpr std::u32string_view kMarks = U",.;?!、，。？！：…";
  return kMarks.find(c) != std::u32string_view::npos;
}

template <typename Pred>
bool allOf(std::u32string_view s, Pred pred) {
  return std::all_of(s.begin(), s.end(), pred);
}

// Drops pieces whose characters all lie in the set (Python set(item).issubset(...)),
// which includes empty pieces.
template <typename Pred>
Pieces dropPureMarks(Pieces pieces, Pred inSet) {
  std::erase_if(pieces, [&](const std::u32string& p) { return allOf(p, inSet); });
  return pieces;
}

std::u32string join(const Pieces& pieces) {
  std::u32string out;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i) out.push_back(U'\n');
    out += pieces[i];
  }
  return out;
}

std::u32string replaceAll(std::u32string s, std::u32string_view from, std::u32string_view to) {
  std::size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::u32string::npos) {
    s.replace(pos, from.size(), to);
    pos += to.size();
  }
  return s;
}

// The reference's split(): "……" -> "。", "——" -> "，", a final "。" when the text
// does not end in a split mark, then one clause per split mark (mark included).
Pieces clauses(std::u32string_view input) {
  std::u32string text = replaceAll(replaceAll(std::u32string(input), U"……", U"。"), U"——", U"，");
  if (text.empty() || !isSplitMark(text.back())) text.push_back(U'。');
  Pieces out;
  std::size_t tail = 0;
  for (std::size_t head = 0; head < text.size(); ++head) {
    if (isSplitMark(text[head])) {
      out.push_back(text.substr(tail, head + 1 - tail));
      tail = head + 1;
    }
  }
  return out;
}

std::u32string cut0(std::u32string_view text) {
  // Deliberate difference: the reference returns "/n" here, which later reads as the letter "n".
  if (allOf(text, isPunctuationOrSpace)) return {};
  return std::u32string(text);
}

std::u32string cut1(std::u32string_view text) {
  const Pieces parts = clauses(text);
  // Groups start every 4 clauses; the last start is dropped, so the tail joins
  // the group before it, and with at most 4 clauses the unmodified text is kept.
  Pieces groups;
  const std::size_t starts = (parts.size() + 3) / 4;
  if (starts > 1) {
    for (std::size_t g = 0; g + 1 < starts; ++g) {
      const std::size_t begin = g * 4;
      const std::size_t end = (g + 2 == starts) ? parts.size() : begin + 4;
      std::u32string group;
      for (std::size_t i = begin; i < end; ++i) group += parts[i];
      groups.push_back(std::move(group));
    }
  } else {
    groups.emplace_back(text);
  }
  return join(dropPureMarks(std::move(groups), isPunctuationOrSpace));
}

std::u32string cut2(std::u32string_view text) {
  constexpr std::size_t kMaxLength = 50;
  const Pieces parts = clauses(text);
  if (parts.size() < 2) return std::u32string(text);
  Pieces groups;
  std::size_t sum = 0;
  std::u32string current;
  for (const auto& part : parts) {
    sum += part.size();
    current += part;
    if (sum > kMaxLength) {
      sum = 0;
      groups.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) groups.push_back(std::move(current));
  if (groups.size() > 1 && groups.back().size() < kMaxLength) {
    groups[groups.size() - 2] += groups.back();
    groups.pop_back();
  }
  return join(dropPureMarks(std::move(groups), isPunctuationOrSpace));
}

Pieces splitOn(std::u32string_view text, char32_t mark) {
  Pieces out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == mark) {
      out.emplace_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::u32string cut3(std::u32string_view text) {
  return join(dropPureMarks(splitOn(pychar::strip(text, U'。'), U'。'), isPunctuationOrSpace));
}

std::u32string cut4(std::u32string_view input) {
  // re.split(r"(?<!\d)\.(?!\d)", ...): a "." with a decimal digit on either side stays.
  const std::u32string_view text = pychar::strip(input, U'.');
  Pieces parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != U'.') continue;
    const bool digitBefore = i > 0 && pychar::isDecimal(text[i - 1]);
    const bool digitAfter = i + 1 < text.size() && pychar::isDecimal(text[i + 1]);
    if (digitBefore || digitAfter) continue;
    parts.emplace_back(text.substr(start, i - start));
    start = i + 1;
  }
  parts.emplace_back(text.substr(start));
  return join(dropPureMarks(std::move(parts), isPunctuationOrSpace));
}

std::u32string cut5(std::u32string_view text) {
  Pieces parts;
  std::u32string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    current.push_back(c);
    if (!isCut5Mark(c)) continue;
    // A decimal point (str.isdigit on both sides) does not end the piece.
    const bool decimalPoint = c == U'.' && i > 0 && i + 1 < text.size() && pychar::isDigit(text[i - 1]) &&
                              pychar::isDigit(text[i + 1]);
    if (decimalPoint) continue;
    parts.push_back(std::move(current));
    current.clear();
  }
  if (!current.empty()) parts.push_back(std::move(current));
  // Unlike cut0..cut4, cut5 filters with its own mark set (spaces are not in it).
  return join(dropPureMarks(std::move(parts), isCut5Mark));
}

}  // namespace

std::optional<SplitMethod> parseSplitMethod(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, SplitMethod>, 6> kNames{{
      {"cut0", SplitMethod::Cut0},
      {"cut1", SplitMethod::Cut1},
      {"cut2", SplitMethod::Cut2},
      {"cut3", SplitMethod::Cut3},
      {"cut4", SplitMethod::Cut4},
      {"cut5", SplitMethod::Cut5},
  }};
  for (const auto& [n, m] : kNames) {
    if (n == name) return m;
  }
  return std::nullopt;
}

std::string_view toString(SplitMethod method) {
  switch (method) {
    case SplitMethod::Cut0: return "cut0";
    case SplitMethod::Cut1: return "cut1";
    case SplitMethod::Cut2: return "cut2";
    case SplitMethod::Cut3: return "cut3";
    case SplitMethod::Cut4: return "cut4";
    case SplitMethod::Cut5: return "cut5";
  }
  return "cut?";
}

bool isSplitMark(char32_t c) {
  static constexpr std::u32string_view kMarks = U"，。？！,.?!~:：—…";
  return kMarks.find(c) != std::u32string_view::npos;
}

std::u32string applySplitMethod(std::u32string_view text, SplitMethod method) {
  if (method == SplitMethod::Cut0) return cut0(text);
  // cut1..cut5 first drop newlines at both ends (str.strip("\n")).
  const std::u32string_view body = pychar::strip(text, U'\n');
  if (body.empty()) return {};  // the reference would index an empty string here
  switch (method) {
    case SplitMethod::Cut1: return cut1(body);
    case SplitMethod::Cut2: return cut2(body);
    case SplitMethod::Cut3: return cut3(body);
    case SplitMethod::Cut4: return cut4(body);
    case SplitMethod::Cut5: return cut5(body);
    case SplitMethod::Cut0: break;
  }
  return cut0(text);
}

std::vector<std::string> splitSentences(const std::string& text, SplitMethod method) {
  const std::u32string output = applySplitMethod(decodeUtf8(text), method);
  std::vector<std::string> pieces;
  if (output.empty()) return pieces;
  for (const auto& piece : splitOn(output, U'\n')) pieces.push_back(encodeUtf8(piece));
  return pieces;
}

}  // namespace timbre::text
