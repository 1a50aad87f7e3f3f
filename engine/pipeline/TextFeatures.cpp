#include "pipeline/TextFeatures.h"

#include "text/Phonemizer.h"
#include "text/segmentation/LanguageSegmenter.h"
#include "text/Utf8.h"
#include "timbre/Error.h"

#include <regex>

namespace timbre::pipeline {
namespace {

constexpr std::size_t kMinPhones = 6;  // fewer: the official preprocessor retries with "." + text

std::string collapseSpaces(const std::string& text) {
  static const std::regex spaces(" {2,}");
  return std::regex_replace(text, spaces, " ");
}

}  // namespace

TextFeatures::TextFeatures(const VoiceModels& models, const text::UserDictionary* userDictionary)
    : m_models(models), m_userDictionary(userDictionary) {}

at::Tensor TextFeatures::bertFeatures(const std::string& normText, const std::vector<int>& word2ph) const {
  const std::u32string chars = text::decodeUtf8(normText);
  if (chars.size() != word2ph.size())
    throw Error(ErrorCode::Internal, "word2ph has " + std::to_string(word2ph.size()) + " entries for the " +
                                         std::to_string(chars.size()) + " characters of '" + normText + "'");
  const auto& tokenizer = m_models.tokenizer();
  std::vector<int64_t> ids = tokenizer.encode(normText);
  // GPT-SoVITS needs one token per character. Normalised Chinese text gives
  // that; if a character ever merges with a neighbour, tokenise character by
  // character so the features stay aligned.
  if (ids.size() != chars.size() + 2) {
    std::vector<int64_t> perChar{ids.front()};
    for (char32_t c : chars) {
      const auto pieces = tokenizer.tokenize(text::encodeUtf8(std::u32string(1, c)));
      perChar.push_back(tokenizer.idOf(pieces.empty() ? "[UNK]" : pieces.front()));
    }
    perChar.push_back(ids.back());
    ids = std::move(perChar);
  }
  const at::Tensor hidden = m_models.bert().hiddenState(ids, -3).to(at::kCPU, at::kFloat);  // [T+2, H]
  const at::Tensor perChar = hidden.narrow(0, 1, static_cast<int64_t>(chars.size()));
  const at::Tensor repeats = at::tensor(std::vector<int64_t>(word2ph.begin(), word2ph.end()), at::kLong);
  return perChar.repeat_interleave(repeats, 0).t().contiguous();
}

PhonesAndBert TextFeatures::extractOnce(const std::string& input, const std::string& lang) const {
  const auto table = m_models.usesV1Phones() ? text::PhoneTableVersion::V1 : text::PhoneTableVersion::V2;
  const int64_t bertDim = m_models.gpt().config().bertDim;
  PhonesAndBert out;
  std::vector<at::Tensor> berts;
  for (const text::LanguageSegment& segment : text::segmentLanguages(collapseSpaces(input), lang)) {
    const text::PhonemizedText p = text::phonemize(segment.text, segment.lang, table, m_userDictionary);
    const std::string bare = segment.lang.rfind("all_", 0) == 0 ? segment.lang.substr(4) : segment.lang;
    if (bare == "zh" && p.word2ph && !p.phoneIds.empty()) {
      berts.push_back(bertFeatures(p.normText, *p.word2ph));
    } else {
      berts.push_back(at::zeros({bertDim, static_cast<int64_t>(p.phoneIds.size())}, at::kFloat));
    }
    out.phones.insert(out.phones.end(), p.phoneIds.begin(), p.phoneIds.end());
    out.normText += p.normText;
  }
  out.bert = berts.empty() ? at::zeros({bertDim, 0}, at::kFloat) : at::cat(berts, 1);
  return out;
}

PhonesAndBert TextFeatures::extract(const std::string& text, const std::string& lang) const {
  if (!text::isLanguageMode(lang))
    throw Error(ErrorCode::InvalidArgument, "unsupported language '" + lang +
                                                "' (use zh, en, ja, ko, yue, auto, auto_yue, all_zh, all_ja, "
                                                "all_ko or all_yue)");
  PhonesAndBert result = extractOnce(text, lang);
  if (result.phones.size() < kMinPhones) result = extractOnce("." + text, lang);
  return result;
}

}  // namespace timbre::pipeline
