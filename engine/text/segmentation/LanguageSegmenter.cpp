#include "text/segmentation/LanguageSegmenter.h"

#include "text/Utf8.h"
#include "timbre/Error.h"

#include <array>
#include <optional>

namespace timbre::text {

namespace {

constexpr std::array<std::string_view, 11> kModes{"zh",     "ja",     "ko",     "yue",  "en",      "all_zh",
                                                   "all_ja", "all_ko", "all_yue", "auto", "auto_yue"};

struct Run {
  std::string lang;
  std::u32string text;
};

bool isAsciiLetter(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z'); }

bool isLatinLetter(char32_t c) {
  if (isAsciiLetter(c)) return true;
  // Latin-1 letters and Latin Extended-A/B (× and ÷ are not letters), Latin Extended Additional.
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  return c >= 0x1E00 && c <= 0x1EFF;
}

// Characters an English run carries along once it has started.
bool continuesEnglish(char32_t c) {
  return isLatinLetter(c) || (c >= 0x20 && c <= 0x7E) || c == U'\t' || c == U'\n' || c == U'\r' ||
         c == U'’';
}

bool isKana(char32_t c) {
  return (c >= 0x3041 && c <= 0x3096) || c == 0x3099 || c == 0x309A || c == 0x309D || c == 0x309E ||
         (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FE) || (c >= 0x31F0 && c <= 0x31FF) ||
         (c >= 0xFF66 && c <= 0xFF9F);
}

bool isHangul(char32_t c) {
  return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) || (c >= 0xA960 && c <= 0xA97F) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xD7B0 && c <= 0xD7FF);
}

bool isHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F) || c == 0x3005 || c == 0x3007;  // 々 〇
}

// Ends a sentence for the "does this sentence hold kana" test of the auto modes.
bool endsSentence(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?' || c == U'\n' || c == U'．';
}

void append(std::vector<Run>& runs, std::string lang, std::u32string_view text) {
  if (text.empty()) return;
  if (!runs.empty() && runs.back().lang == lang) {
    runs.back().text += text;
  } else {
    runs.push_back({std::move(lang), std::u32string(text)});
  }
}

// Cuts the text into English runs and the stretches between them (lang "").
std::vector<Run> splitEnglish(std::u32string_view text) {
  std::vector<Run> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i;
    if (isLatinLetter(text[i])) {
      while (j < text.size() && continuesEnglish(text[j])) ++j;
      out.push_back({"en", std::u32string(text.substr(i, j - i))});
    } else {
      while (j < text.size() && !isLatinLetter(text[j])) ++j;
      out.push_back({"", std::u32string(text.substr(i, j - i))});
    }
    i = j;
  }
  return out;
}

// The auto modes: script runs inside one non-English stretch. `kanaSentence`
// tells, per character of the stretch, whether its sentence holds kana.
std::vector<Run> splitScripts(std::u32string_view text, const std::vector<bool>& kanaSentence,
                              const std::string& hanLang) {
  std::vector<Run> out;
  std::u32string pending;  // neutral characters before the first script letter
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    std::optional<std::string> lang;
    if (isKana(c)) {
      lang = "ja";
    } else if (isHangul(c)) {
      lang = "ko";
    } else if (isHan(c)) {
      lang = kanaSentence[i] ? "ja" : hanLang;
    }
    if (!lang) {
      if (out.empty()) {
        pending.push_back(c);
      } else {
        out.back().text.push_back(c);
      }
      continue;
    }
    if (out.empty() || out.back().lang != *lang) out.push_back({*lang, {}});
    if (!pending.empty()) {
      out.back().text += pending;
      pending.clear();
    }
    out.back().text.push_back(c);
  }
  if (!pending.empty()) out.push_back({"", pending});  // no script letter at all
  return out;
}

std::vector<Run> segmentAuto(std::u32string_view text, const std::string& hanLang) {
  // Which characters sit in a sentence that holds kana.
  std::vector<bool> kanaSentence(text.size(), false);
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = start;
    bool hasKana = false;
    while (end < text.size()) {
      hasKana = hasKana || isKana(text[end]);
      if (endsSentence(text[end++])) break;
    }
    for (std::size_t k = start; k < end; ++k) kanaSentence[k] = hasKana;
    start = end;
  }

  std::vector<Run> pieces;
  std::size_t offset = 0;
  for (auto& run : splitEnglish(text)) {
    const std::size_t length = run.text.size();
    if (run.lang == "en") {
      pieces.push_back(std::move(run));
    } else {
      const std::vector<bool> flags(kanaSentence.begin() + static_cast<std::ptrdiff_t>(offset),
                                    kanaSentence.begin() + static_cast<std::ptrdiff_t>(offset + length));
      for (auto& script : splitScripts(run.text, flags, hanLang)) pieces.push_back(std::move(script));
    }
    offset += length;
  }

  // A stretch without letters joins its predecessor, at the start its successor.
  std::vector<Run> out;
  std::u32string leading;
  for (auto& piece : pieces) {
    if (piece.lang.empty()) {
      if (out.empty()) {
        leading += piece.text;
      } else {
        out.back().text += piece.text;
      }
      continue;
    }
    if (!leading.empty()) {
      piece.text.insert(0, leading);
      leading.clear();
    }
    append(out, piece.lang, piece.text);
  }
  if (!leading.empty()) append(out, hanLang, leading);
  return out;
}

std::u32string collapseSpaces(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (const char32_t c : text) {
    if (c == U' ' && !out.empty() && out.back() == U' ') continue;
    out.push_back(c);
  }
  return out;
}

}  // namespace

bool isLanguageMode(std::string_view mode) {
  for (const auto m : kModes) {
    if (m == mode) return true;
  }
  return false;
}

std::vector<LanguageSegment> segmentLanguages(const std::string& input, const std::string& mode) {
  if (!isLanguageMode(mode)) {
    throw Error(ErrorCode::InvalidArgument,
                "unknown language mode '" + mode +
                    "' (expected zh, ja, ko, yue, en, all_zh, all_ja, all_ko, all_yue, auto or auto_yue)");
  }
  const std::u32string text = collapseSpaces(decodeUtf8(input));  // re.sub(r' {2,}', ' ', text)
  std::vector<Run> runs;
  if (text.empty()) {
    // nothing to split
  } else if (mode == "en") {
    runs.push_back({"en", text});
  } else if (mode == "auto" || mode == "auto_yue") {
    runs = segmentAuto(text, mode == "auto" ? "zh" : "yue");
  } else {
    const std::string lang = mode.starts_with("all_") ? mode.substr(4) : mode;
    for (auto& run : splitEnglish(text)) append(runs, run.lang.empty() ? lang : run.lang, run.text);
  }

  std::vector<LanguageSegment> out;
  out.reserve(runs.size());
  for (const auto& run : runs) out.push_back({run.lang, encodeUtf8(run.text)});
  return out;
}

}  // namespace timbre::text
