#include "text/chinese/ChineseNormalizer.h"

#include <array>
#include <functional>
#include <optional>
#include <utility>

#include "text/chinese/ChineseData.h"
#include "text/chinese/Utf32.h"

namespace timbre::text::chinese {

namespace {

using U = std::u32string;
using Pos = std::size_t;

bool digitAt(const U& s, Pos p) { return p < s.size() && isAsciiDigit(s[p]); }
bool charAt(const U& s, Pos p, char32_t c) { return p < s.size() && s[p] == c; }
bool inRange(const U& s, Pos p, char32_t lo, char32_t hi) { return p < s.size() && s[p] >= lo && s[p] <= hi; }
bool inSet(const U& s, Pos p, std::u32string_view set) {
  return p < s.size() && set.find(s[p]) != std::u32string_view::npos;
}
Pos digitsEnd(const U& s, Pos p) {
  while (digitAt(s, p)) ++p;
  return p;
}
bool startsWith(const U& s, Pos p, std::u32string_view w) { return s.compare(p, w.size(), w) == 0; }
U stripLeft(const U& s, char32_t c) {
  Pos i = 0;
  while (i < s.size() && s[i] == c) ++i;
  return s.substr(i);
}
U replaceAll(U s, std::u32string_view from, std::u32string_view to) {
  if (from.empty()) return s;
  Pos p = 0;
  while ((p = s.find(from, p)) != U::npos) {
    s.replace(p, from.size(), to);
    p += to.size();
  }
  return s;
}

// A regex-like substitution: at each position `match` returns the end of a match
// (and fills the replacement) or nullopt; unmatched characters are copied.
U substitute(const U& s, const std::function<std::optional<Pos>(Pos, U&)>& match) {
  U out;
  Pos p = 0;
  while (p <= s.size()) {
    U rep;
    auto end = p < s.size() ? match(p, rep) : std::nullopt;
    if (end && *end > p) {
      out += rep;
      p = *end;
    } else {
      if (p < s.size()) out += s[p];
      ++p;
    }
  }
  return out;
}

const U kDigitChars = U"零一二三四五六七八九";

}  // namespace

// --- num.py ------------------------------------------------------------------------------

std::u32string verbalizeDigits(const std::u32string& digits, bool altOne) {
  U out;
  for (char32_t c : digits)
    if (isAsciiDigit(c)) out += (altOne && c == U'1') ? U'幺' : kDigitChars[c - U'0'];
  return out;
}

namespace {

std::vector<U> getValue(const U& value, bool useZero = true) {
  const U stripped = stripLeft(value, U'0');
  if (stripped.empty()) return {};
  if (stripped.size() == 1) {
    if (useZero && stripped.size() < value.size()) return {U"零", U(1, kDigitChars[stripped[0] - U'0'])};
    return {U(1, kDigitChars[stripped[0] - U'0'])};
  }
  static const std::array<std::pair<std::size_t, char32_t>, 5> kUnits = {
      {{8, U'亿'}, {4, U'万'}, {3, U'千'}, {2, U'百'}, {1, U'十'}}};
  std::size_t unit = 1;
  char32_t unitChar = U'十';
  for (const auto& [power, ch] : kUnits)
    if (power < stripped.size()) {
      unit = power;
      unitChar = ch;
      break;
    }
  auto out = getValue(value.substr(0, value.size() - unit));
  out.push_back(U(1, unitChar));
  auto rest = getValue(value.substr(value.size() - unit));
  out.insert(out.end(), rest.begin(), rest.end());
  return out;
}

}  // namespace

std::u32string verbalizeCardinal(const std::u32string& digits) {
  if (digits.empty()) return U();
  const U value = stripLeft(digits, U'0');
  if (value.empty()) return U"零";
  auto symbols = getValue(value);
  if (symbols.size() >= 2 && symbols[0] == U"一" && symbols[1] == U"十") symbols.erase(symbols.begin());
  U out;
  for (const auto& s : symbols) out += s;
  return out;
}

std::u32string numberToChinese(const std::u32string& value) {
  const Pos dot = value.find(U'.');
  U integer = dot == U::npos ? value : value.substr(0, dot);
  U decimal = dot == U::npos ? U() : value.substr(dot + 1);
  U result = verbalizeCardinal(integer);
  if (!decimal.empty() && decimal.back() == U'0') {
    while (!decimal.empty() && decimal.back() == U'0') decimal.pop_back();
    decimal += U'0';
  } else {
    while (!decimal.empty() && decimal.back() == U'0') decimal.pop_back();
  }
  if (!decimal.empty()) {
    if (result.empty()) result = U"零";
    result += U"点" + verbalizeDigits(decimal);
  }
  return result;
}

namespace {

// -?\d+(\.\d+)? at p, greedy; returns end (or nullopt). withSign/withDecimal choose the
// variant, as regex backtracking would try them.
std::optional<Pos> numberAt(const U& s, Pos p, bool withSign, bool withDecimal) {
  Pos q = p;
  if (withSign) {
    if (!charAt(s, q, U'-')) return std::nullopt;
    ++q;
  }
  if (!digitAt(s, q)) return std::nullopt;
  q = digitsEnd(s, q);
  if (withDecimal) {
    if (!charAt(s, q, U'.') || !digitAt(s, q + 1)) return std::nullopt;
    q = digitsEnd(s, q + 1);
  }
  return q;
}

// RE_NUMBER / replace_number at p: (-?)((\d+)(\.\d+)?)|(\.(\d+)); decimalRequired is RE_DECIMAL_NUM.
std::optional<Pos> numberRule(const U& s, Pos p, U& rep, bool decimalRequired) {
  for (bool sign : {true, false}) {
    for (bool dec : {true, false}) {
      if (decimalRequired && !dec) continue;
      if (auto e = numberAt(s, p, sign, dec)) {
        rep = (sign ? U"负" : U()) + numberToChinese(s.substr(p + (sign ? 1 : 0), *e - p - (sign ? 1 : 0)));
        return e;
      }
    }
  }
  if (charAt(s, p, U'.') && digitAt(s, p + 1)) {
    const Pos e = digitsEnd(s, p + 1);
    rep = numberToChinese(s.substr(p, e - p));
    return e;
  }
  return std::nullopt;
}

U subNumbers(const U& s, bool decimalRequired) {
  return substitute(s, [&](Pos p, U& rep) { return numberRule(s, p, rep, decimalRequired); });
}

// --- chronology.py ------------------------------------------------------------------------

std::vector<Pos> hourCandidates(const U& s, Pos p) {  // ([0-1]?[0-9]|2[0-3])
  std::vector<Pos> out;
  if (inRange(s, p, U'0', U'1') && digitAt(s, p + 1)) out.push_back(p + 2);
  if (digitAt(s, p)) out.push_back(p + 1);
  if (charAt(s, p, U'2') && inRange(s, p + 1, U'0', U'3')) out.push_back(p + 2);
  return out;
}

struct Clock {
  U hour, minute, second;
  Pos end = 0;
};

std::optional<Clock> clockAt(const U& s, Pos p) {
  for (Pos h : hourCandidates(s, p)) {
    if (!charAt(s, h, U':') || !inRange(s, h + 1, U'0', U'5') || !digitAt(s, h + 2)) continue;
    Clock c;
    c.hour = s.substr(p, h - p);
    c.minute = s.substr(h + 1, 2);
    c.end = h + 3;
    if (charAt(s, c.end, U':') && inRange(s, c.end + 1, U'0', U'5') && digitAt(s, c.end + 2)) {
      c.second = s.substr(c.end + 1, 2);
      c.end += 3;
    }
    return c;
  }
  return std::nullopt;
}

U timeNum(const U& num) {
  U r = numberToChinese(stripLeft(num, U'0'));
  if (!num.empty() && num[0] == U'0') r = U"零" + r;
  return r;
}

int toInt(const U& digits) {
  int v = 0;
  for (char32_t c : digits) v = v * 10 + static_cast<int>(c - U'0');
  return v;
}

U subTimes(const U& s, bool range) {
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    auto a = clockAt(s, p);
    if (!a) return std::nullopt;
    std::optional<Clock> b;
    if (range) {
      if (!inSet(s, a->end, U"~-")) return std::nullopt;
      b = clockAt(s, a->end + 1);
      if (!b) return std::nullopt;
    }
    rep = numberToChinese(a->hour) + U"点";
    if (!stripLeft(a->minute, U'0').empty()) rep += toInt(a->minute) == 30 ? U"半" : timeNum(a->minute) + U"分";
    if (!a->second.empty() && !stripLeft(a->second, U'0').empty()) rep += timeNum(a->second) + U"秒";
    if (range) {
      rep += U"至" + numberToChinese(b->hour) + U"点";
      // The reference tests the first minute here; kept.
      if (!stripLeft(b->minute, U'0').empty())
        rep += toInt(a->minute) == 30 ? U"半" : timeNum(b->minute) + U"分";
      if (!b->second.empty() && !stripLeft(b->second, U'0').empty()) rep += timeNum(b->second) + U"秒";
      return b->end;
    }
    return a->end;
  });
}

// (0?[1-9]|1[0-2]) then `suffix`; returns the digits' end.
std::optional<Pos> monthAt(const U& s, Pos p, std::u32string_view suffix) {
  std::vector<Pos> c;
  if (charAt(s, p, U'0') && inRange(s, p + 1, U'1', U'9')) c.push_back(p + 2);
  if (inRange(s, p, U'1', U'9')) c.push_back(p + 1);
  if (charAt(s, p, U'1') && inRange(s, p + 1, U'0', U'2')) c.push_back(p + 2);
  for (Pos e : c)
    if (inSet(s, e, suffix)) return e;
  return std::nullopt;
}

// ((0?[1-9])|((1|2)[0-9])|30|31) then [日号].
std::optional<Pos> dayAt(const U& s, Pos p) {
  std::vector<Pos> c;
  if (charAt(s, p, U'0') && inRange(s, p + 1, U'1', U'9')) c.push_back(p + 2);
  if (inRange(s, p, U'1', U'9')) c.push_back(p + 1);
  if (inRange(s, p, U'1', U'2') && digitAt(s, p + 1)) c.push_back(p + 2);
  if (charAt(s, p, U'3') && inRange(s, p + 1, U'0', U'1')) c.push_back(p + 2);
  for (Pos e : c)
    if (inSet(s, e, U"日号")) return e;
  return std::nullopt;
}

U subDates(const U& s) {
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    for (Pos len : {Pos{4}, Pos{2}}) {
      bool ok = p + len <= s.size();
      for (Pos k = 0; ok && k < len; ++k) ok = digitAt(s, p + k);
      if (!ok || !charAt(s, p + len, U'年')) continue;
      Pos q = p + len + 1;
      rep = verbalizeDigits(s.substr(p, len)) + U"年";
      if (auto m = monthAt(s, q, U"月")) {
        rep += verbalizeCardinal(s.substr(q, *m - q)) + U"月";
        q = *m + 1;
      }
      if (auto d = dayAt(s, q)) {
        rep += verbalizeCardinal(s.substr(q, *d - q)) + s[*d];
        q = *d + 1;
      }
      return q;
    }
    return std::nullopt;
  });
}

U subDates2(const U& s) {  // (\d{4})([- /.])(0[1-9]|1[012])\2(0[1-9]|[12][0-9]|3[01])
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    for (Pos k = 0; k < 4; ++k)
      if (!digitAt(s, p + k)) return std::nullopt;
    if (!inSet(s, p + 4, U"- /.")) return std::nullopt;
    const char32_t sep = s[p + 4];
    const Pos m = p + 5;
    const bool monthOk = (charAt(s, m, U'0') && inRange(s, m + 1, U'1', U'9')) ||
                         (charAt(s, m, U'1') && inRange(s, m + 1, U'0', U'2'));
    if (!monthOk || !charAt(s, m + 2, sep)) return std::nullopt;
    const Pos d = m + 3;
    const bool dayOk = (charAt(s, d, U'0') && inRange(s, d + 1, U'1', U'9')) ||
                       (inRange(s, d, U'1', U'2') && digitAt(s, d + 1)) ||
                       (charAt(s, d, U'3') && inRange(s, d + 1, U'0', U'1'));
    if (!dayOk) return std::nullopt;
    rep = verbalizeDigits(s.substr(p, 4)) + U"年" + verbalizeCardinal(s.substr(m, 2)) + U"月" +
          verbalizeCardinal(s.substr(d, 2)) + U"日";
    return d + 2;
  });
}

// --- quantifier.py --------------------------------------------------------------------------

const std::vector<U>& toRangeUnits() {
  static const std::vector<U> kUnits = {U"%",  U"°C", U"℃",  U"度", U"摄氏度", U"cm2", U"cm²", U"cm3",
                                        U"cm³", U"cm", U"db", U"ds", U"kg",    U"km",  U"m2",  U"m²",
                                        U"m³", U"m3", U"ml", U"m",  U"mm",    U"s"};
  return kUnits;
}

std::optional<Pos> unitAt(const U& s, Pos p) {
  for (const auto& u : toRangeUnits())
    if (startsWith(s, p, u)) return p + u.size();
  return std::nullopt;
}

// RE_TO_RANGE: number+unit ~ number+unit: the "~" becomes 至.
U subToRange(const U& s) {
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    auto side = [&](Pos q) -> std::optional<Pos> {
      std::optional<Pos> e;
      for (bool sign : {true, false})
        for (bool dec : {true, false})
          if (!e) e = numberAt(s, q, sign, dec);
      if (!e && charAt(s, q, U'.') && digitAt(s, q + 1)) e = digitsEnd(s, q + 1);
      if (!e) return std::nullopt;
      return unitAt(s, *e);
    };
    auto a = side(p);
    if (!a || !charAt(s, *a, U'~')) return std::nullopt;
    auto b = side(*a + 1);
    if (!b) return std::nullopt;
    rep = s.substr(p, *a - p) + U"至" + s.substr(*a + 1, *b - *a - 1);
    return b;
  });
}

U subTemperature(const U& s) {
  static const std::array<std::u32string_view, 4> kUnits = {U"°C", U"℃", U"度", U"摄氏度"};
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    for (bool sign : {true, false})
      for (bool dec : {true, false}) {
        auto e = numberAt(s, p, sign, dec);
        if (!e) continue;
        for (auto u : kUnits)
          if (startsWith(s, *e, u)) {
            // The reference compares the decimal group with "摄氏度": always "度".
            rep = (sign ? U"零下" : U()) + numberToChinese(s.substr(p + sign, *e - p - sign)) + U"度";
            return *e + u.size();
          }
      }
    return std::nullopt;
  });
}

U replaceMeasure(U s) {
  static const std::array<std::pair<std::u32string_view, std::u32string_view>, 17> kMeasures = {{
      {U"cm2", U"平方厘米"}, {U"cm²", U"平方厘米"}, {U"cm3", U"立方厘米"}, {U"cm³", U"立方厘米"},
      {U"cm", U"厘米"},     {U"db", U"分贝"},      {U"ds", U"毫秒"},      {U"kg", U"千克"},
      {U"km", U"千米"},     {U"m2", U"平方米"},    {U"m²", U"平方米"},    {U"m³", U"立方米"},
      {U"m3", U"立方米"},   {U"ml", U"毫升"},      {U"m", U"米"},         {U"mm", U"毫米"},
      {U"s", U"秒"},
  }};
  for (const auto& [from, to] : kMeasures) s = replaceAll(std::move(s), from, to);
  return s;
}

// --- arithmetic and powers -----------------------------------------------------------------

bool isSuperscript(char32_t c) { return std::u32string_view(U"⁰¹²³⁴⁵⁶⁷⁸⁹ˣʸⁿ").find(c) != U::npos; }
Pos supersEnd(const U& s, Pos p) {
  while (p < s.size() && isSuperscript(s[p])) ++p;
  return p;
}

// One RE_ASMD operand: (-?)(\d+)(\.\d+)?sup* | \.\d+sup* | [A-Za-z]sup*; all variants in regex order.
std::vector<Pos> operandEnds(const U& s, Pos p) {
  std::vector<Pos> out;
  for (bool sign : {true, false})
    for (bool dec : {true, false})
      if (auto e = numberAt(s, p, sign, dec)) out.push_back(supersEnd(s, *e));
  if (charAt(s, p, U'.') && digitAt(s, p + 1)) out.push_back(supersEnd(s, digitsEnd(s, p + 1)));
  if (p < s.size() && isAsciiLetter(s[p])) out.push_back(supersEnd(s, p + 1));
  return out;
}

U asmdWord(char32_t op) {
  switch (op) {
    case U'+': return U"加";
    case U'-': return U"减";
    case U'×': return U"乘";
    case U'÷': return U"除";
    default: return U"等于";
  }
}

std::optional<Pos> asmdAt(const U& s, Pos p, U& rep) {
  for (Pos e1 : operandEnds(s, p)) {
    if (!inSet(s, e1, U"+-×÷=")) continue;
    auto second = operandEnds(s, e1 + 1);
    if (second.empty()) continue;
    rep = s.substr(p, e1 - p) + asmdWord(s[e1]) + s.substr(e1 + 1, second[0] - e1 - 1);
    return second[0];
  }
  return std::nullopt;
}

U subAsmd(U s) {
  for (;;) {
    bool found = false;
    for (Pos p = 0; p < s.size() && !found; ++p) {
      U rep;
      found = asmdAt(s, p, rep).has_value();
    }
    if (!found) return s;
    s = substitute(s, [&](Pos p, U& rep) { return asmdAt(s, p, rep); });
  }
}

U subPower(const U& s) {
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    const Pos e = supersEnd(s, p);
    if (e == p) return std::nullopt;
    static const std::u32string_view kFrom = U"⁰¹²³⁴⁵⁶⁷⁸⁹ˣʸⁿ";
    static const std::u32string_view kTo = U"0123456789xyn";
    rep = U"的";
    for (Pos k = p; k < e; ++k) rep += kTo[kFrom.find(s[k])];
    rep += U"次方";
    return e;
  });
}

// --- fractions, percentages, phone numbers, ranges ----------------------------------------------

U subFraction(const U& s) {
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    for (bool sign : {true, false}) {
      Pos q = p + (sign ? 1 : 0);
      if (sign && !charAt(s, p, U'-')) continue;
      if (!digitAt(s, q)) continue;
      const Pos e1 = digitsEnd(s, q);
      if (!charAt(s, e1, U'/') || !digitAt(s, e1 + 1)) continue;
      const Pos e2 = digitsEnd(s, e1 + 1);
      rep = (sign ? U"负" : U()) + numberToChinese(s.substr(e1 + 1, e2 - e1 - 1)) + U"分之" +
            numberToChinese(s.substr(q, e1 - q));
      return e2;
    }
    return std::nullopt;
  });
}

U subPercentage(const U& s) {
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    for (bool sign : {true, false})
      for (bool dec : {true, false}) {
        auto e = numberAt(s, p, sign, dec);
        if (!e || !charAt(s, *e, U'%')) continue;
        rep = (sign ? U"负" : U()) + U"百分之" + numberToChinese(s.substr(p + sign, *e - p - sign));
        return *e + 1;
      }
    return std::nullopt;
  });
}

bool digitBefore(const U& s, Pos p) { return p > 0 && isAsciiDigit(s[p - 1]); }

U joinedDigits(const U& text, bool mobile) {
  // phone2str: split on whitespace (mobile) or "-" (landline), digits with 一 read 幺.
  std::vector<U> parts;
  U cur;
  for (char32_t c : text) {
    const bool sep = mobile ? (c == U' ') : (c == U'-');
    if (mobile && c == U'+') continue;
    if (sep) {
      if (mobile ? !cur.empty() : true) parts.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (mobile ? !cur.empty() : true) parts.push_back(cur);
  U out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? U"，" : U"") + verbalizeDigits(parts[i], true);
  return out;
}

U subMobile(const U& s) {
  // (?<!\d)((\+?86 ?)?1([38]\d|5[0-35-9]|7[678]|9[89])\d{8})(?!\d)
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    if (digitBefore(s, p)) return std::nullopt;
    std::vector<Pos> starts;
    for (bool plus : {true, false})
      for (bool space : {true, false}) {
        Pos q = p;
        if (plus) {
          if (!charAt(s, q, U'+')) continue;
          ++q;
        }
        if (!charAt(s, q, U'8') || !charAt(s, q + 1, U'6')) continue;
        q += 2;
        if (space) {
          if (!charAt(s, q, U' ')) continue;
          ++q;
        }
        starts.push_back(q);
      }
    starts.push_back(p);
    for (Pos q : starts) {
      if (!charAt(s, q, U'1')) continue;
      const char32_t a = q + 1 < s.size() ? s[q + 1] : 0;
      const bool second = (a == U'3' || a == U'8') ? digitAt(s, q + 2)
                          : a == U'5'              ? (inRange(s, q + 2, U'0', U'3') || inRange(s, q + 2, U'5', U'9'))
                          : a == U'7'              ? inRange(s, q + 2, U'6', U'8')
                          : a == U'9'              ? inRange(s, q + 2, U'8', U'9')
                                                   : false;
      if (!second) continue;
      Pos e = q + 3;
      bool ok = true;
      for (int k = 0; k < 8 && ok; ++k) ok = digitAt(s, e++);
      if (!ok || digitAt(s, e)) continue;
      rep = joinedDigits(s.substr(p, e - p), true);
      return e;
    }
    return std::nullopt;
  });
}

U subTelephone(const U& s) {
  // (?<!\d)((0(10|2[1-3]|[3-9]\d{2})-?)?[1-9]\d{6,7})(?!\d)
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    if (digitBefore(s, p)) return std::nullopt;
    std::vector<Pos> starts;
    if (charAt(s, p, U'0')) {
      std::vector<Pos> areaEnds;
      if (charAt(s, p + 1, U'1') && charAt(s, p + 2, U'0')) areaEnds.push_back(p + 3);
      if (charAt(s, p + 1, U'2') && inRange(s, p + 2, U'1', U'3')) areaEnds.push_back(p + 3);
      if (inRange(s, p + 1, U'3', U'9') && digitAt(s, p + 2) && digitAt(s, p + 3)) areaEnds.push_back(p + 4);
      for (Pos a : areaEnds) {
        if (charAt(s, a, U'-')) starts.push_back(a + 1);
        starts.push_back(a);
      }
    }
    starts.push_back(p);
    for (Pos q : starts) {
      if (!inRange(s, q, U'1', U'9')) continue;
      for (int n : {7, 6}) {
        Pos e = q + 1;
        bool ok = true;
        for (int k = 0; k < n && ok; ++k) ok = digitAt(s, e++);
        if (!ok || digitAt(s, e)) continue;
        rep = joinedDigits(s.substr(p, e - p), false);
        return e;
      }
    }
    return std::nullopt;
  });
}

U subNationalNumber(const U& s) {  // (400)(-)?\d{3}(-)?\d{4}
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    if (!startsWith(s, p, U"400")) return std::nullopt;
    for (bool d1 : {true, false})
      for (bool d2 : {true, false}) {
        Pos q = p + 3;
        if (d1) {
          if (!charAt(s, q, U'-')) continue;
          ++q;
        }
        bool ok = true;
        for (int k = 0; k < 3 && ok; ++k) ok = digitAt(s, q++);
        if (!ok) continue;
        if (d2) {
          if (!charAt(s, q, U'-')) continue;
          ++q;
        }
        for (int k = 0; k < 4 && ok; ++k) ok = digitAt(s, q++);
        if (!ok) continue;
        rep = joinedDigits(s.substr(p, q - p), false);
        return q;
      }
    return std::nullopt;
  });
}

// RE_RANGE's look-around class [\d\+\-\×÷=].
bool rangeGuard(const U& s, Pos p) {
  return p < s.size() && (isAsciiDigit(s[p]) || std::u32string_view(U"+-×÷=").find(s[p]) != U::npos);
}

U subRange(const U& s) {
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    if (p > 0 && rangeGuard(s, p - 1)) return std::nullopt;
    for (bool sign1 : {true, false})
      for (bool dec1 : {true, false}) {
        auto e1 = numberAt(s, p, sign1, dec1);
        if (!e1 || !inSet(s, *e1, U"-~")) continue;
        for (bool sign2 : {true, false})
          for (bool dec2 : {true, false}) {
            auto e2 = numberAt(s, *e1 + 1, sign2, dec2);
            if (!e2 || rangeGuard(s, *e2)) continue;
            rep = subNumbers(s.substr(p, *e1 - p), false) + U"到" + subNumbers(s.substr(*e1 + 1, *e2 - *e1 - 1), false);
            return e2;
          }
      }
    return std::nullopt;
  });
}

U subNegative(const U& s) {
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    if (!charAt(s, p, U'-') || !digitAt(s, p + 1)) return std::nullopt;
    const Pos e = digitsEnd(s, p + 1);
    rep = U"负" + numberToChinese(s.substr(p + 1, e - p - 1));
    return e;
  });
}

U subVersion(const U& s) {  // \d+(\.\d+){2,}: each digit on its own, "." read 点
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    if (!digitAt(s, p)) return std::nullopt;
    Pos e = digitsEnd(s, p);
    int groups = 0;
    while (charAt(s, e, U'.') && digitAt(s, e + 1)) {
      e = digitsEnd(s, e + 1);
      ++groups;
    }
    if (groups < 2) return std::nullopt;
    rep.clear();
    for (Pos k = p; k < e; ++k) rep += s[k] == U'.' ? U"点" : numberToChinese(U(1, s[k]));
    return e;
  });
}

// COM_QUANTIFIERS, its groups expanded in the order the regex tries them.
const std::vector<U>& quantifiers() {
  static const std::vector<U> kList = [] {
    const U spec =
        U"处|台|架|枚|趟|幅|平|方|堵|间|床|株|批|项|例|列|篇|栋|注|亩|封|艘|把|目|套|段|人|所|朵|匹|张|座|回|场|尾|条|个|首|阙|阵|网|炮|"
        U"顶|丘|棵|只|支|袭|辆|挑|担|颗|壳|窠|曲|墙|群|腔|砣|座|客|贯|扎|捆|刀|令|打|手|罗|坡|山|岭|江|溪|钟|队|单|双|对|出|口|头|"
        U"脚|板|跳|枝|件|贴|针|线|管|名|位|身|堂|课|本|页|家|户|层|丝|毫|厘|分|钱|两|斤|担|铢|石|钧|锱|忽|千克|毫克|微克|毫|厘|公分|"
        U"分|寸|尺|丈|里|寻|常|铺|程|千米|分米|厘米|毫米|微米|米|撮|勺|合|升|斗|石|盘|碗|碟|叠|桶|笼|盆|盒|杯|钟|斛|锅|簋|篮|盘|"
        U"桶|罐|瓶|壶|卮|盏|箩|箱|煲|啖|袋|钵|年|月|日|季|刻|时|周|天|秒|分|小时|旬|纪|岁|世|更|夜|春|夏|秋|冬|代|伏|辈|丸|泡|粒|"
        U"颗|幢|堆|条|根|支|道|面|片|张|颗|块|元|亿|千万|百万|万|千|百|亿元|千万元|百万元|万元|千元|百元|美元|元|亿吨|千万吨|百万吨|"
        U"万吨|千吨|百吨|十吨|吨|亿块|千万块|百万块|万块|千块|百块|块|角|毛|分";
    std::vector<U> out;
    Pos i = 0;
    while (i <= spec.size()) {
      Pos j = spec.find(U'|', i);
      if (j == U::npos) j = spec.size();
      out.push_back(spec.substr(i, j - i));
      i = j + 1;
    }
    return out;
  }();
  return kList;
}

U subPositiveQuantifier(const U& s) {
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    if (!digitAt(s, p)) return std::nullopt;
    const Pos e = digitsEnd(s, p);
    for (bool more : {true, false}) {
      Pos q = e;
      U moreText;
      if (more) {
        if (!inSet(s, q, U"多余几+")) continue;
        moreText = s[q] == U'+' ? U"多" : U(1, s[q]);
        ++q;
      }
      for (const auto& quant : quantifiers())
        if (startsWith(s, q, quant)) {
          U number = numberToChinese(s.substr(p, e - p));
          if (number == U"二") number = U"两";
          rep = number + moreText + quant;
          return q + quant.size();
        }
    }
    return std::nullopt;
  });
}

U subDefaultNumber(const U& s) {  // \d{3}\d*
  return substitute(s, [&](Pos p, U& rep) -> std::optional<Pos> {
    const Pos e = digitsEnd(s, p);
    if (e - p < 3) return std::nullopt;
    rep = verbalizeDigits(s.substr(p, e - p), true);
    return e;
  });
}

U postReplace(U s) {
  static const std::array<std::pair<std::u32string_view, std::u32string_view>, 48> kReplace = {{
      {U"/", U"每"},       {U"①", U"一"},         {U"②", U"二"},       {U"③", U"三"},       {U"④", U"四"},
      {U"⑤", U"五"},      {U"⑥", U"六"},         {U"⑦", U"七"},       {U"⑧", U"八"},       {U"⑨", U"九"},
      {U"⑩", U"十"},      {U"α", U"阿尔法"},      {U"β", U"贝塔"},      {U"γ", U"伽玛"},      {U"Γ", U"伽玛"},
      {U"δ", U"德尔塔"},   {U"Δ", U"德尔塔"},      {U"ε", U"艾普西龙"},  {U"ζ", U"捷塔"},      {U"η", U"依塔"},
      {U"θ", U"西塔"},     {U"Θ", U"西塔"},        {U"ι", U"艾欧塔"},    {U"κ", U"喀帕"},      {U"λ", U"拉姆达"},
      {U"Λ", U"拉姆达"},   {U"μ", U"缪"},          {U"ν", U"拗"},        {U"ξ", U"克西"},      {U"Ξ", U"克西"},
      {U"ο", U"欧米克伦"}, {U"π", U"派"},          {U"Π", U"派"},        {U"ρ", U"肉"},        {U"ς", U"西格玛"},
      {U"Σ", U"西格玛"},   {U"σ", U"西格玛"},      {U"τ", U"套"},        {U"υ", U"宇普西龙"},  {U"φ", U"服艾"},
      {U"Φ", U"服艾"},     {U"χ", U"器"},          {U"ψ", U"普赛"},      {U"Ψ", U"普赛"},      {U"ω", U"欧米伽"},
      {U"Ω", U"欧米伽"},   {U"+", U"加"},          {U"-", U"减"},
  }};
  for (const auto& [from, to] : kReplace) s = replaceAll(std::move(s), from, to);
  s = replaceAll(std::move(s), U"×", U"乘");
  s = replaceAll(std::move(s), U"÷", U"除");
  s = replaceAll(std::move(s), U"=", U"等");
  U out;
  static const std::u32string_view kDrop = U"-—《》【】<=>{}()（）#&@“”^_|\\";
  for (char32_t c : s)
    if (kDrop.find(c) == std::u32string_view::npos) out += c;
  return out;
}

bool isPySpace(char32_t c) {
  return c == U' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

U pyStrip(const U& s) {
  Pos a = 0, b = s.size();
  while (a < b && isPySpace(s[a])) ++a;
  while (b > a && isPySpace(s[b - 1])) --b;
  return s.substr(a, b - a);
}

}  // namespace

std::u32string normalizeSentence(std::u32string s) {
  const auto& t2s = ChineseData::get().t2s;
  for (auto& c : s) {
    auto it = t2s.find(c);
    if (it != t2s.end()) c = it->second;
    if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A) || (c >= 0xFF10 && c <= 0xFF19)) c -= 0xFEE0;
    if (c == 0x3000) c = U' ';
  }
  s = subDates(s);
  s = subDates2(s);
  s = subTimes(s, true);
  s = subTimes(s, false);
  s = subToRange(s);
  s = subTemperature(s);
  s = replaceMeasure(std::move(s));
  s = subAsmd(std::move(s));
  s = subPower(s);
  s = subFraction(s);
  s = subPercentage(s);
  s = subMobile(s);
  s = subTelephone(s);
  s = subNationalNumber(s);
  s = subRange(s);
  s = subNegative(s);
  s = subVersion(s);
  s = subNumbers(s, true);
  s = subPositiveQuantifier(s);
  s = subDefaultNumber(s);
  s = subNumbers(s, false);
  return postReplace(std::move(s));
}

std::vector<std::u32string> normalizeSentences(const std::u32string& text) {
  static const std::u32string_view kDrop = U"—《》【】<=>{}()（）#&@“”^_|\\";
  U t;
  for (char32_t c : text)
    if (c != U' ' && kDrop.find(c) == std::u32string_view::npos) t += c;
  // A newline after each splitting mark (and a closing quote right after it).
  U marked;
  for (Pos i = 0; i < t.size(); ++i) {
    marked += t[i];
    if (std::u32string_view(U"：、，；。？！,;?!").find(t[i]) != std::u32string_view::npos) {
      if (i + 1 < t.size() && (t[i + 1] == U'”' || t[i + 1] == U'’')) marked += t[++i];
      marked += U'\n';
    }
  }
  marked = pyStrip(marked);
  std::vector<U> sentences;
  Pos i = 0;
  while (true) {
    Pos j = marked.find(U'\n', i);
    sentences.push_back(pyStrip(marked.substr(i, j == U::npos ? U::npos : j - i)));
    if (j == U::npos) break;
    i = j;
    while (i < marked.size() && marked[i] == U'\n') ++i;
  }
  for (auto& sentence : sentences) sentence = normalizeSentence(std::move(sentence));
  return sentences;
}

bool isPhonePunctuation(char32_t c) { return std::u32string_view(U"!?…,.-").find(c) != std::u32string_view::npos; }

std::u32string replacePunctuation(const std::u32string& sentence) {
  U s = replaceAll(replaceAll(sentence, U"嗯", U"恩"), U"呣", U"母");
  U mapped;
  for (Pos i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    if (c == U'.' && startsWith(s, i, U"...")) {
      mapped += U'…';
      i += 2;
      continue;
    }
    switch (c) {
      case U'：': case U'；': case U'，': case U'·': case U'、': case U'/': mapped += U','; break;
      case U'。': case U'\n': case U'$': mapped += U'.'; break;
      case U'！': mapped += U'!'; break;
      case U'？': mapped += U'?'; break;
      case U'—': mapped += U'-'; break;
      case U'~': case U'～': mapped += U'…'; break;
      default: mapped += c;
    }
  }
  U out;
  for (char32_t c : mapped)
    if (isHanKept(c) || isPhonePunctuation(c)) out += c;
  return out;
}

std::u32string collapsePunctuation(const std::u32string& text) {
  U out;
  for (Pos i = 0; i < text.size(); ++i) {
    if (isPhonePunctuation(text[i]) && i > 0 && isPhonePunctuation(text[i - 1]) && !out.empty() &&
        isPhonePunctuation(out.back()))
      continue;
    out += text[i];
  }
  return out;
}

}  // namespace timbre::text::chinese
