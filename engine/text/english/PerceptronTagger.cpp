#include "text/english/PerceptronTagger.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "text/english/EnglishData.h"

namespace timbre::text::english {

namespace {

void forEachLine(std::string_view data, auto&& fn) {
  std::size_t start = 0;
  while (start < data.size()) {
    std::size_t end = data.find('\n', start);
    if (end == std::string_view::npos) end = data.size();
    if (end > start) fn(data.substr(start, end - start));
    start = end + 1;
  }
}

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// PerceptronTagger.normalize: the word as the context features see it.
std::string normalizeWord(const std::string& word) {
  if (word.find('-') != std::string::npos && word[0] != '-') return "!HYPHEN";
  if (word.size() == 4 && std::all_of(word.begin(), word.end(), isAsciiDigit)) return "!YEAR";
  if (!word.empty() && isAsciiDigit(word[0])) return "!DIGITS";
  std::string lower = word;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// Python's s[-3:].
std::string lastThree(const std::string& s) { return s.size() <= 3 ? s : s.substr(s.size() - 3); }

}  // namespace

PerceptronTagger::PerceptronTagger() {
  using namespace detail;
  forEachLine(blob(kTaggerClasses, kTaggerClassesSize), [&](std::string_view line) { m_classes.emplace_back(line); });
  forEachLine(blob(kTaggerTagdict, kTaggerTagdictSize), [&](std::string_view line) {
    const auto tab = line.find('\t');
    m_tagdict.emplace(line.substr(0, tab), line.substr(tab + 1));
  });
  m_weights.reserve(280000);
  // Weights are stored in thousandths (see EnglishDataGen.cpp); k / 1000.0 is the very
  // double NLTK's round(w, 3) produced.
  const auto* p = reinterpret_cast<const unsigned char*>(kTaggerWeights);
  const auto* end = p + kTaggerWeightsSize;
  while (p < end) {
    const std::string_view feature(reinterpret_cast<const char*>(p));
    p += feature.size() + 1;
    const std::size_t count = *p++, begin = m_weights.size();
    for (std::size_t i = 0; i < count; ++i) {
      const unsigned char tag = *p++;
      const int bytes = (tag & 0x80) ? 4 : 2;
      std::uint32_t bits = 0;
      for (int b = 0; b < bytes; ++b) bits |= static_cast<std::uint32_t>(*p++) << (8 * b);
      const std::int32_t milli = bytes == 4 ? static_cast<std::int32_t>(bits)
                                            : static_cast<std::int16_t>(static_cast<std::uint16_t>(bits));
      m_weights.push_back({static_cast<std::size_t>(tag & 0x7f), static_cast<double>(milli) / 1000.0});
    }
    m_features.emplace(feature, std::make_pair(begin, m_weights.size()));
  }
}

const PerceptronTagger& PerceptronTagger::instance() {
  static const PerceptronTagger tagger;
  return tagger;
}

std::size_t PerceptronTagger::predict(const std::vector<std::string>& features) const {
  // Summed in feature order, as AveragedPerceptron.predict adds them.
  std::vector<double> scores(m_classes.size(), 0.0);
  for (const auto& feature : features) {
    const auto it = m_features.find(feature);
    if (it == m_features.end()) continue;
    for (std::size_t w = it->second.first; w < it->second.second; ++w) scores[m_weights[w].tag] += m_weights[w].value;
  }
  // max(classes, key=(score, label)): the highest score, then the greatest label.
  std::size_t best = 0;
  for (std::size_t c = 1; c < m_classes.size(); ++c)
    if (scores[c] > scores[best] || (scores[c] == scores[best] && m_classes[c] > m_classes[best])) best = c;
  return best;
}

std::vector<std::string> PerceptronTagger::tag(const std::vector<std::string>& tokens) const {
  // Context: -START- -START2- normalised words -END- -END2-.
  std::vector<std::string> context = {"-START-", "-START2-"};
  for (const auto& t : tokens) context.push_back(normalizeWord(t));
  context.push_back("-END-");
  context.push_back("-END2-");

  std::vector<std::string> tags;
  std::string prev = "-START-", prev2 = "-START2-";
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& word = tokens[i];
    std::string tag;
    if (const auto known = m_tagdict.find(word); known != m_tagdict.end()) {
      tag = known->second;
    } else {
      const std::size_t c = i + 2;
      const std::vector<std::string> features = {
          "bias",
          "i suffix " + lastThree(word),
          "i pref1 " + word.substr(0, 1),
          "i-1 tag " + prev,
          "i-2 tag " + prev2,
          "i tag+i-2 tag " + prev + " " + prev2,
          "i word " + context[c],
          "i-1 tag+i word " + prev + " " + context[c],
          "i-1 word " + context[c - 1],
          "i-1 suffix " + lastThree(context[c - 1]),
          "i-2 word " + context[c - 2],
          "i+1 word " + context[c + 1],
          "i+1 suffix " + lastThree(context[c + 1]),
          "i+2 word " + context[c + 2],
      };
      tag = m_classes[predict(features)];
    }
    tags.push_back(tag);
    prev2 = prev;
    prev = tag;
  }
  return tags;
}

}  // namespace timbre::text::english
