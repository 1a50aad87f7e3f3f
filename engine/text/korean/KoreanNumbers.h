#pragma once
// Arabic numerals -> Hangul readings for the Korean frontend.
#include <string>

namespace timbre::text::korean {

// Sino-Korean reading of a non-negative integer given as decimal digits
// ("1500" -> "천오백", "0" -> "영"); digits beyond 10^20 are read one by one.
std::u32string sinoNumber(const std::u32string& digits);

// Native Korean counting form used before a counter ("3" -> "세", "20" -> "스무",
// "21" -> "스물한"); values of 100 and more get a Sino-Korean hundreds part
// ("120" -> "백스무"). Returns an empty string for values the native system lacks (0).
std::u32string nativeNumber(const std::u32string& digits);

// Replaces every number in the text by its reading. What g2pk does (with mecab-ko's
// bound-noun tags) is approximated without a tagger:
//  - a number directly followed by a counter that takes native numerals (개, 명, 살,
//    시, 번, 마리, ...) is read natively: "3개" -> "세개", "12시" -> "열두시";
//  - any other number is read in Sino-Korean as a whole: "2024년" -> "이천이십사년",
//    "1500" -> "천오백" (g2pk reads numbers without a bound noun digit by digit;
//    a speaker reads them as numbers, so we do too);
//  - numbers with a leading zero ("010") and hyphenated digit groups ("010-1234-5678")
//    are read digit by digit (phone numbers, codes);
//  - "3.14" -> "삼점일사", "1,000" -> "천".
std::u32string spellOutNumbers(const std::u32string& text);

}  // namespace timbre::text::korean
