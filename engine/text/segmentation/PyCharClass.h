#pragma once
// Python 3 character predicates on code points, as the reference's splitting
// rules use them: re's \w / \d / \s on str (Unicode-aware) and str.isdigit().
// Tables come from Python's unicodedata (UnicodeTables.inc, see UnicodeTablesGen.py).
#include <string_view>

namespace timbre::text::pychar {

bool isWord(char32_t c);     // re \w: str.isalnum() or "_" (CJK ideographs and kana are word characters)
bool isDecimal(char32_t c);  // re \d: str.isdecimal(), e.g. "0".."9", "０".."９"
bool isDigit(char32_t c);    // str.isdigit(): decimals plus superscripts, circled digits, ...
bool isSpace(char32_t c);    // re \s and str.isspace()

// str.strip() with no argument: drops Python whitespace at both ends.
std::u32string_view strip(std::u32string_view s);
// str.strip(chars) for one character.
std::u32string_view strip(std::u32string_view s, char32_t c);

}  // namespace timbre::text::pychar
