#pragma once
// NLTK's English part-of-speech tagger (nltk.tag.perceptron.PerceptronTagger, the
// averaged-perceptron model NLTK 3.8's pos_tag loads), with its weights compiled in.
// g2p_en, and so GPT-SoVITS, picks homograph readings from these tags.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace timbre::text::english {

class PerceptronTagger {
 public:
  static const PerceptronTagger& instance();

  // One Penn Treebank tag per token (tokens as TweetTokenizer gives them, case kept).
  std::vector<std::string> tag(const std::vector<std::string>& tokens) const;

 private:
  PerceptronTagger();
  // The class with the highest summed weight; ties go to the greater tag name.
  std::size_t predict(const std::vector<std::string>& features) const;

  struct Weight {
    std::size_t tag;
    double value;
  };
  std::vector<std::string> m_classes;
  std::unordered_map<std::string_view, std::string_view> m_tagdict;  // frequent unambiguous words
  std::unordered_map<std::string_view, std::pair<std::size_t, std::size_t>> m_features;  // -> [begin, end)
  std::vector<Weight> m_weights;
};

}  // namespace timbre::text::english
