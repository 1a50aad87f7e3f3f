#include "text/chinese/Utf32.h"

#include "text/Utf8.h"

namespace timbre::text::chinese {

std::u32string toU32(std::string_view s) { return decodeUtf8(s); }

std::string toUtf8(char32_t c) { return encodeUtf8(std::u32string_view(&c, 1)); }

std::string toUtf8(std::u32string_view text) { return encodeUtf8(text); }

bool isNumericChar(char32_t c) {
  // The CJK characters Python's isnumeric() accepts (Unicode Numeric_Type), plus digits.
  static const std::u32string_view kCjk =
      U"㐅㒃㠪㭍一七万三九二五亖亿什仟仨伍佰億兆兩八六十千卄卅卌叁参參叄四壱壹幺廾廿弌弍弎弐拾捌柒漆玖百肆萬貮貳贰阡陆陌陸零〇";
  if (isAsciiDigit(c)) return true;
  return kCjk.find(c) != std::u32string_view::npos;
}

}  // namespace timbre::text::chinese
