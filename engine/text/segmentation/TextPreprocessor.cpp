#include "text/segmentation/TextPreprocessor.h"

#include "text/segmentation/PyCharClass.h"
#include "text/Utf8.h"
#include "timbre/Error.h"

#include <algorithm>

namespace timbre::text {

namespace {

using Pieces = std::vector<std::u32string>;

constexpr std::size_t kMergeThreshold = 5;  // merge_short_text_in_array(.., 5)
constexpr std::size_t kShortFirstClause = 4;

// The set replace_consecutive_punctuation collapses.
bool isRepeatablePunctuation(char32_t c) {
  return c == U'!' || c == U'?' || c == U'…' || c == U',' || c == U'.' || c == U'-';
}

char32_t fullStop(const std::string& lang) { return lang == "en" ? U'.' : U'。'; }

std::u32string collapseRepeatedPunctuation(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && isRepeatablePunctuation(text[i]) && isRepeatablePunctuation(text[i - 1])) continue;
    out.push_back(text[i]);
  }
  return out;
}

// get_first: the text up to the first split mark, Python-stripped.
std::u32string_view firstClause(std::u32string_view text) {
  const auto end = std::find_if(text.begin(), text.end(), isSplitMark);
  return pychar::strip(text.substr(0, static_cast<std::size_t>(end - text.begin())));
}

Pieces splitLines(std::u32string_view text) {
  Pieces out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == U'\n') {
      out.emplace_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// merge_short_text_in_array: concatenate until a piece reaches the threshold;
// a short remainder joins the last piece (or stands alone when there is none).
Pieces mergeShortPieces(Pieces pieces, std::size_t threshold) {
  if (pieces.size() < 2) return pieces;
  Pieces out;
  std::u32string current;
  for (auto& piece : pieces) {
    current += piece;
    if (current.size() >= threshold) {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) {
    if (out.empty()) {
      out.push_back(std::move(current));
    } else {
      out.back() += current;
    }
  }
  return out;
}

// split_big_text: cut at split marks (each mark its own segment) and gather
// segments greedily while the piece stays within maxLength.
Pieces splitBigText(std::u32string_view text, std::size_t maxLength) {
  Pieces segments;
  std::u32string current;
  for (const char32_t c : text) {
    if (isSplitMark(c)) {
      segments.push_back(std::move(current));
      current.clear();
      segments.emplace_back(1, c);
    } else {
      current.push_back(c);
    }
  }
  segments.push_back(std::move(current));

  Pieces out;
  current.clear();
  for (const auto& segment : segments) {
    if (current.size() + segment.size() > maxLength) {
      out.push_back(std::move(current));
      current = segment;
    } else {
      current += segment;
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

}  // namespace

std::vector<std::string> preprocessTargetText(const std::string& input, const std::string& lang,
                                              SplitMethod method) {
  std::u32string text = collapseRepeatedPunctuation(decodeUtf8(input));
  text = std::u32string(pychar::strip(text, U'\n'));
  if (text.empty()) return {};
  if (!isSplitMark(text.front()) && firstClause(text).size() < kShortFirstClause) {
    text.insert(text.begin(), fullStop(lang));
  }

  // The method's output, blank lines collapsed, cut at newlines.
  Pieces pieces = splitLines(applySplitMethod(text, method));
  std::erase_if(pieces, [](const std::u32string& p) { return p.empty(); });  // == collapsing "\n\n"
  if (pieces.empty()) pieces.emplace_back();  // "".split("\n") == [""]

  // filter_text
  const auto isBlankEntry = [](const std::u32string& p) { return p.empty() || p == U" "; };
  if (std::all_of(pieces.begin(), pieces.end(), isBlankEntry)) {
    throw Error(ErrorCode::InvalidArgument,
                "no text to synthesise: the target text (" + std::to_string(input.size()) +
                    " bytes) has nothing left after cutting with " + std::string(toString(method)));
  }
  std::erase_if(pieces, isBlankEntry);
  pieces = mergeShortPieces(std::move(pieces), kMergeThreshold);

  std::vector<std::string> out;
  for (auto& piece : pieces) {
    if (pychar::strip(piece).empty()) continue;
    if (std::none_of(piece.begin(), piece.end(), pychar::isWord)) continue;  // only symbols
    if (!isSplitMark(piece.back())) piece.push_back(fullStop(lang));
    if (piece.size() <= kMaxPieceLength) {
      out.push_back(encodeUtf8(piece));
      continue;
    }
    for (const auto& big : splitBigText(piece, kMaxPieceLength)) {
      // The reference can yield "" and over-long pieces here (and then fails); we
      // drop the former and cut the latter at the limit.
      for (std::size_t start = 0; start < big.size(); start += kMaxPieceLength) {
        out.push_back(encodeUtf8(std::u32string_view(big).substr(start, kMaxPieceLength)));
      }
    }
  }
  return out;
}

std::string preprocessPromptText(const std::string& input, const std::string& lang) {
  std::u32string text(pychar::strip(decodeUtf8(input), U'\n'));
  if (text.empty()) return {};
  if (!isSplitMark(text.back())) text.push_back(fullStop(lang));
  return encodeUtf8(text);
}

}  // namespace timbre::text
