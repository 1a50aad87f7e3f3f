#include "text/korean/KoreanNumbers.h"

#include <array>

#include "text/korean/Hangul.h"

namespace timbre::text::korean {

namespace {

const std::array<std::u32string, 10> kSinoDigits = {U"영", U"일", U"이", U"삼", U"사",
                                                    U"오", U"육", U"칠", U"팔", U"구"};
const std::array<std::u32string, 10> kNativeOnes = {U"", U"한", U"두", U"세", U"네",
                                                    U"다섯", U"여섯", U"일곱", U"여덟", U"아홉"};
const std::array<std::u32string, 10> kNativeTens = {U"", U"열", U"스물", U"서른", U"마흔",
                                                    U"쉰", U"예순", U"일흔", U"여든", U"아흔"};

// Counters (bound nouns) read with native numerals. g2pk's list plus the everyday
// ones it misses (명, 사람, 잔, 가지, 장, 곳, 달, 시간, 병, 송이, 자루).
const std::array<std::u32string, 40> kNativeCounters = {
    U"군데", U"권", U"개", U"그루", U"닢", U"대", U"두", U"마리", U"모", U"모금",
    U"뭇", U"발", U"발짝", U"방", U"번", U"벌", U"보루", U"살", U"수", U"술",
    U"시", U"쌈", U"움큼", U"정", U"짝", U"채", U"척", U"첩", U"축", U"켤레",
    U"톨", U"통", U"명", U"사람", U"잔", U"가지", U"장", U"곳", U"달", U"병"};
// Words that start like a native counter but take Sino-Korean numerals.
const std::array<std::u32string, 6> kSinoExceptions = {U"개월", U"번지", U"번호", U"번길", U"대학", U"시즌"};

bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool startsWith(const std::u32string& text, std::size_t pos, const std::u32string& prefix) {
  return text.compare(pos, prefix.size(), prefix) == 0;
}

// Reads one group of up to four digits (thousands, hundreds, tens, ones); "일" is
// dropped before 십/백/천 as speakers do.
std::u32string sinoGroup(const std::u32string& group) {
  static const std::array<std::u32string, 4> kUnits = {U"", U"십", U"백", U"천"};
  std::u32string out;
  const std::size_t n = group.size();
  for (std::size_t i = 0; i < n; ++i) {
    const int d = static_cast<int>(group[i] - U'0');
    const std::size_t place = n - 1 - i;
    if (d == 0) continue;
    if (!(d == 1 && place > 0)) out += kSinoDigits[d];
    out += kUnits[place];
  }
  return out;
}

}  // namespace

std::u32string sinoNumber(const std::u32string& digitsIn) {
  std::u32string digits = digitsIn;
  while (digits.size() > 1 && digits[0] == U'0') digits.erase(0, 1);
  if (digits.empty() || digits == U"0") return U"영";
  static const std::array<std::u32string, 5> kBigUnits = {U"", U"만", U"억", U"조", U"경"};
  if (digits.size() > 4 * kBigUnits.size()) {
    std::u32string out;
    for (char32_t c : digits) out += kSinoDigits[c - U'0'];
    return out;
  }
  std::u32string out;
  const std::size_t groups = (digits.size() + 3) / 4;
  std::size_t start = 0;
  for (std::size_t g = 0; g < groups; ++g) {
    const std::size_t len = digits.size() - start - 4 * (groups - 1 - g);
    const std::u32string group = digits.substr(start, len);
    start += len;
    const std::size_t unit = groups - 1 - g;
    std::u32string spoken = sinoGroup(group);
    if (spoken.empty()) continue;
    // 10000 is "만", not "일만"; 억 and above keep the 일 ("일억").
    if (unit == 1 && spoken == U"일") spoken.clear();
    out += spoken + kBigUnits[unit];
  }
  return out;
}

std::u32string nativeNumber(const std::u32string& digitsIn) {
  std::u32string digits = digitsIn;
  while (digits.size() > 1 && digits[0] == U'0') digits.erase(0, 1);
  if (digits.size() > 6) return sinoNumber(digits);
  const long value = std::stol(std::string(digits.begin(), digits.end()));
  if (value == 0) return {};
  const long below100 = value % 100;
  std::u32string out;
  if (value >= 100) {
    const std::string hundreds = std::to_string(value - below100);
    out = sinoNumber(std::u32string(hundreds.begin(), hundreds.end()));
  }
  if (below100 == 20) return out + U"스무";
  out += kNativeTens[below100 / 10];
  out += kNativeOnes[below100 % 10];
  return out;
}

std::u32string spellOutNumbers(const std::u32string& text) {
  std::u32string out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!isDigit(text[i])) {
      out += text[i++];
      continue;
    }
    // Integer part: digits with thousands separators ("1,000").
    std::u32string digits;
    std::size_t j = i;
    while (j < text.size()) {
      if (isDigit(text[j])) {
        digits += text[j++];
      } else if (text[j] == U',' && j + 1 < text.size() && isDigit(text[j + 1]) && !digits.empty()) {
        ++j;
      } else {
        break;
      }
    }
    std::u32string fraction;
    if (j + 1 < text.size() && text[j] == U'.' && isDigit(text[j + 1])) {
      ++j;
      while (j < text.size() && isDigit(text[j])) fraction += text[j++];
    }
    std::u32string spoken;
    // Hyphenated digit groups (010-1234-5678) are phone numbers or codes: digit by digit.
    const bool hyphenGroup = (i >= 2 && text[i - 1] == U'-' && isDigit(text[i - 2])) ||
                             (j + 1 < text.size() && text[j] == U'-' && isDigit(text[j + 1]));
    if ((digits.size() > 1 && digits[0] == U'0') || (hyphenGroup && fraction.empty())) {
      for (char32_t c : digits) spoken += kSinoDigits[c - U'0'];
    } else {
      bool native = false;
      if (fraction.empty() && j < text.size() && isHangulSyllable(text[j])) {
        bool exception = false;
        for (const auto& w : kSinoExceptions) exception = exception || startsWith(text, j, w);
        if (!exception)
          for (const auto& w : kNativeCounters) native = native || startsWith(text, j, w);
      }
      if (native) spoken = nativeNumber(digits);
      if (spoken.empty()) spoken = sinoNumber(digits);
    }
    if (!fraction.empty()) {
      spoken += U"점";
      for (char32_t c : fraction) spoken += kSinoDigits[c - U'0'];
    }
    out += spoken;
    i = j;
  }
  return out;
}

}  // namespace timbre::text::korean
