#pragma once
// UTF-8 <-> UTF-32 for the Mandarin frontend, which works on code points (as the
// reference's Python str does).
#include <string>
#include <string_view>

namespace timbre::text::chinese {

// Thin names over text/Utf8.h (malformed UTF-8 throws InvalidArgument).
std::u32string toU32(std::string_view utf8);
std::string toUtf8(std::u32string_view text);
std::string toUtf8(char32_t c);

inline bool isAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool isAsciiLetter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
// Python's re "[\u4e00-\u9fa5]" (what the reference keeps as Chinese).
inline bool isHanKept(char32_t c) { return c >= 0x4E00 && c <= 0x9FA5; }
// Python's str.isnumeric() over the characters that reach the tone rules.
bool isNumericChar(char32_t c);

}  // namespace timbre::text::chinese
