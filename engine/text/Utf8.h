#pragma once
// UTF-8 <-> code points. The reference's splitting rules count and index Python
// str characters (code points), so every rule here works on std::u32string.
#include <string>
#include <string_view>

namespace timbre::text {

// Decodes UTF-8; throws timbre::Error(InvalidArgument) naming the byte offset of
// the first malformed sequence (overlong forms, surrogates and > U+10FFFF included).
std::u32string decodeUtf8(std::string_view text);
// Encodes code points as UTF-8; throws timbre::Error(InvalidArgument) for a
// surrogate or a value above U+10FFFF.
std::string encodeUtf8(std::u32string_view text);

}  // namespace timbre::text
