#pragma once
// Mandarin tone sandhi as GPT-SoVITS applies it (text/tone_sandhi.py, from PaddleSpeech):
// merging of 不/一/reduplications/third-tone pairs/儿 into the segmentation, then per
// word the 不, 一, neutral-tone and third-tone rules on the TONE3 finals.
#include <string>
#include <vector>

#include "text/chinese/JiebaSegmenter.h"
#include "text/chinese/PinyinConverter.h"

namespace timbre::text::chinese {

class ToneSandhi {
 public:
  ToneSandhi(const UserWords* words, const UserPinyin* pinyin) : m_words(words), m_pinyin(pinyin) {}

  // pre_merge_for_modify: [(word, tag)] -> merged [(word, tag)].
  std::vector<TaggedWord> preMerge(std::vector<TaggedWord> seg) const;
  // modified_tone: finals (one per character, "ao3") -> finals after sandhi.
  std::vector<std::string> modifiedTone(const std::u32string& word, const std::string& pos,
                                        std::vector<std::string> finals) const;

 private:
  std::vector<std::string> finalsOf(const std::u32string& word) const;
  std::vector<std::u32string> splitWord(const std::u32string& word) const;
  std::vector<std::string> buSandhi(const std::u32string& word, std::vector<std::string> finals) const;
  std::vector<std::string> yiSandhi(const std::u32string& word, std::vector<std::string> finals) const;
  std::vector<std::string> neutralSandhi(const std::u32string& word, const std::string& pos,
                                         std::vector<std::string> finals) const;
  std::vector<std::string> threeSandhi(const std::u32string& word, std::vector<std::string> finals) const;
  std::vector<TaggedWord> mergeContinuousThreeTones(const std::vector<TaggedWord>& seg, bool wholeWords) const;

  const UserWords* m_words;
  const UserPinyin* m_pinyin;
};

}  // namespace timbre::text::chinese
