#include "text/Utf8.h"

#include "timbre/Error.h"

namespace timbre::text {

namespace {

[[noreturn]] void malformed(std::size_t offset, const char* what) {
  throw Error(ErrorCode::InvalidArgument,
              "text is not valid UTF-8: " + std::string(what) + " at byte " + std::to_string(offset));
}

}  // namespace

std::u32string decodeUtf8(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
      out.push_back(lead);
      ++i;
      continue;
    }
    std::size_t length = 0;
    char32_t cp = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
      length = 2, cp = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3, cp = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4, cp = lead & 0x07, minimum = 0x10000;
    } else {
      malformed(i, "invalid lead byte");
    }
    if (i + length > text.size()) malformed(i, "truncated sequence");
    for (std::size_t k = 1; k < length; ++k) {
      const auto cont = static_cast<unsigned char>(text[i + k]);
      if ((cont & 0xC0) != 0x80) malformed(i, "invalid continuation byte");
      cp = (cp << 6) | (cont & 0x3F);
    }
    if (cp < minimum) malformed(i, "overlong sequence");
    if (cp >= 0xD800 && cp <= 0xDFFF) malformed(i, "encoded surrogate");
    if (cp > 0x10FFFF) malformed(i, "code point above U+10FFFF");
    out.push_back(cp);
    i += length;
  }
  return out;
}

std::string encodeUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t cp = text[i];
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      throw Error(ErrorCode::InvalidArgument,
                  "cannot encode code point " + std::to_string(static_cast<unsigned long>(cp)) + " at index " +
                      std::to_string(i) + " as UTF-8");
    }
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  return out;
}

}  // namespace timbre::text
