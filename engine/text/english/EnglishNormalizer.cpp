#include "text/english/EnglishNormalizer.h"

#include <cctype>
#include <functional>
#include <regex>
#include <vector>

#include "text/english/NumberWords.h"

namespace timbre::text::english {

namespace {

using Replacer = std::function<std::string(const std::smatch&)>;

// Python's re.sub with a function: every non-overlapping match, left to right.
std::string substitute(const std::string& text, const std::regex& re, const Replacer& fn) {
  std::string out;
  auto begin = std::sregex_iterator(text.begin(), text.end(), re);
  std::size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    out.append(text, last, static_cast<std::size_t>(m.position(0)) - last);
    out += fn(m);
    last = static_cast<std::size_t>(m.position(0) + m.length(0));
  }
  out.append(text, last, std::string::npos);
  return out;
}

std::string stripLeadingZerosToInt(const std::string& digits) {
  std::size_t first = digits.find_first_not_of('0');
  return first == std::string::npos ? "0" : digits.substr(first);
}

bool isZero(const std::string& digits) { return digits.find_first_not_of('0') == std::string::npos; }
bool isOne(const std::string& digits) { return stripLeadingZerosToInt(digits) == "1"; }

std::vector<std::string> splitOn(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t end = s.find(sep, start);
    parts.push_back(s.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return parts;
}

// "12.5" with units (dollar, cent) -> "12 dollars and 50 cents"; the numbers are
// spelled out by the later number pass.
std::string expandMoney(const std::string& amount, const char* unit, const char* units,
                        const char* subunit, const char* subunits, const char* zero) {
  auto parts = splitOn(amount, '.');
  if (parts.size() > 2) return amount + " " + units;
  // The comma pass already removed thousands separators from well-formed amounts.
  for (auto& p : parts) std::erase(p, ',');
  const std::string whole = parts[0].empty() ? "0" : parts[0];
  std::string fraction = parts.size() > 1 ? parts[1] : "";
  if (!fraction.empty() && fraction.size() < 2) fraction += std::string(2 - fraction.size(), '0');
  if (fraction.empty()) fraction = "0";
  const std::string main = stripLeadingZerosToInt(whole), sub = stripLeadingZerosToInt(fraction);
  const bool hasMain = !isZero(whole), hasSub = !isZero(fraction);
  if (hasMain && hasSub)
    return main + " " + (isOne(main) ? unit : units) + " and " + sub + " " + (isOne(sub) ? subunit : subunits);
  if (hasMain) return main + " " + (isOne(main) ? unit : units);
  if (hasSub) return sub + " " + (isOne(sub) ? subunit : subunits);
  return zero;
}

struct Unit {
  const char* symbol;
  const char* singular;
  const char* plural;
};
constexpr Unit kUnits[] = {
    {"m", "meter", "meters"},       {"km", "kilometer", "kilometers"},
    {"km/h", "kilometer per hour", "kilometers per hour"},
    {"ft", "feet", "feet"},         {"L", "liter", "liters"},
    {"tbsp", "tablespoon", "tablespoons"}, {"tsp", "teaspoon", "teaspoons"},
    {"h", "hour", "hours"},         {"min", "minute", "minutes"},
    {"s", "second", "seconds"},     {"\xC2\xB0" "C", "degree celsius", "degrees celsius"},
    {"\xC2\xB0" "F", "degree fahrenheit", "degrees fahrenheit"},
};

// Latin letters with diacritics (U+00C0..U+017F) -> base letter, as NFD + dropping
// combining marks does. Letters without a decomposition (ß, æ, ø, đ, ł) map to "".
const char* baseLetter(char32_t cp) {
  static const char* kLatin1 =  // U+00C0..U+00FF
      "AAAAAA" "\x01" "CEEEEIIII" "\x01" "NOOOOO" "\x01" "\x01" "UUUUY" "\x01" "\x01"
      "aaaaaa" "\x01" "ceeeeiiii" "\x01" "nooooo" "\x01" "\x01" "uuuuy" "\x01" "y";
  static const char* kExtA =  // U+0100..U+017F
      "AaAaAaCcCcCcCcDd" "\x01\x01" "EeEeEeEeEeGgGgGgGgHh" "\x01\x01" "IiIiIiIiI" "\x01"
      "\x01\x01" "JjKk" "\x01" "LlLlLl" "\x01\x01\x01\x01" "NnNnNn" "\x01\x01\x01"
      "OoOoOo" "\x01\x01" "RrRrRrSsSsSsSsTtTt" "\x01\x01" "UuUuUuUuUuUuWwYyYZzZzZz" "\x01";
  static thread_local char buf[2] = {0, 0};
  char c = 1;
  if (cp >= 0xC0 && cp <= 0xFF) c = kLatin1[cp - 0xC0];
  else if (cp >= 0x100 && cp <= 0x17F) c = kExtA[cp - 0x100];
  if (c == 1) return nullptr;  // no decomposition: the filter below removes it
  buf[0] = c;
  return buf;
}

// Decodes UTF-8; invalid bytes come back as U+FFFD one byte at a time.
char32_t nextCodePoint(const std::string& s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? b : b & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    const auto cb = static_cast<unsigned char>(s[i + k]);
    if ((cb >> 6) != 2) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cb & 0x3F);
  }
  i += len;
  return cp;
}

bool keepChar(char c) {
  return c == ' ' || std::isalpha(static_cast<unsigned char>(c)) || c == '\'' || c == '.' || c == ',' ||
         c == '?' || c == '!' || c == '-';
}

// GPT-SoVITS's punctuation list ("…" cannot occur any more): "-" is one of them.
bool isPunct(char c) { return c == '!' || c == '?' || c == ',' || c == '.' || c == '-'; }

std::string replaceAllCaseless(const std::string& text, const std::string& needle, const std::string& with) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    bool match = i + needle.size() <= text.size();
    for (std::size_t k = 0; match && k < needle.size(); ++k)
      match = std::tolower(static_cast<unsigned char>(text[i + k])) == needle[k];
    if (match) {
      out += with;
      i += needle.size();
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace

std::string normalizeEnglish(const std::string& input) {
  std::string text = input;

  // No punctuation is mapped first: english.py's replacement table ([;:] -> ",", ’ -> ')
  // is compiled with its patterns escaped, so it never matches (the golden "here; we've"
  // comes out "here we've"); those marks fall to the character filter below.
  // "3. " (a numbered item) -> "3rd, ".
  static const std::regex kOrdinalItem(R"(\b([0-9]+)\. )");
  text = substitute(text, kOrdinalItem, [](const std::smatch& m) { return ordinalSuffix(m.str(1)) + ", "; });

  // Simple arithmetic with spaced operators, repeated until none is left.
  static const std::regex kArithmetic(
      R"(((-?)([0-9]+)(\.[0-9]+)?|(\.[0-9]+)|([A-Za-z]))\s+(\+|-|\xC3\x97|\xC3\xB7|=)\s+((-?)([0-9]+)(\.[0-9]+)?|(\.[0-9]+)|([A-Za-z])))");
  while (std::regex_search(text, kArithmetic)) {
    text = substitute(text, kArithmetic, [](const std::smatch& m) {
      const std::string op = m.str(7);
      const char* word = op == "+" ? " plus " : op == "-" ? " minus " : op == "=" ? " Equals "
                         : op == "\xC3\x97" ? " times " : " divided by ";
      return m.str(1) + word + m.str(8);
    });
  }
  // A leading minus sign; like the reference this swallows the space before it.
  static const std::regex kNegative(R"((?:^|\s+)(-)([0-9]+))");
  text = substitute(text, kNegative, [](const std::smatch& m) { return "negative " + m.str(2); });

  static const std::regex kCommaNumber(R"(([0-9][0-9,]+[0-9]))");
  text = substitute(text, kCommaNumber, [](const std::smatch& m) {
    std::string s = m.str(1);
    std::erase(s, ',');
    return s;
  });

  // 24-hour times; like the reference, hours below 12 read as a.m. whatever follows.
  static const std::regex kTime(R"(\b([01]?[0-9]|2[0-3]):([0-5][0-9])\b)");
  text = substitute(text, kTime, [](const std::smatch& m) {
    int hours = std::stoi(m.str(1));
    const int minutes = std::stoi(m.str(2));
    const std::string period = hours < 12 ? "a.m." : "p.m.";
    if (hours > 12) hours -= 12;
    const std::string hourWord = cardinalWords(std::to_string(hours));
    if (minutes == 0) return hourWord + " o'clock " + period;
    return hourWord + " " + cardinalWords(std::to_string(minutes)) + " " + period;
  });

  static const std::regex kMeasurement(
      "\\b([0-9]+(\\.[0-9]+)?(m|km|km/h|ft|L|tbsp|tsp|h|min|s|\xC2\xB0" "C|\xC2\xB0" "F))\\b");
  text = substitute(text, kMeasurement, [](const std::smatch& m) {
    const std::string whole = m.str(1), symbol = m.str(3);
    const std::string number = whole.substr(0, whole.size() - symbol.size());
    std::string digitsOnly = number;
    std::erase(digitsOnly, '.');
    const bool singular = !m[2].matched && isOne(digitsOnly);
    for (const auto& u : kUnits)
      if (symbol == u.symbol) return number + " " + (singular ? u.singular : u.plural);
    return whole;
  });

  static const std::regex kPoundsBefore("\xC2\xA3([0-9.,]*[0-9]+)");
  static const std::regex kPoundsAfter("([0-9.,]*[0-9]+)\xC2\xA3");
  static const std::regex kDollarsBefore(R"(\$([0-9.,]*[0-9]+))");
  static const std::regex kDollarsAfter(R"(([(0-9.,]*[0-9]+)\$)");
  auto pounds = [](const std::smatch& m) {
    return expandMoney(m.str(1), "pound", "pounds", "penny", "pence", "zero pounds");
  };
  auto dollars = [](const std::smatch& m) {
    std::string amount = m.str(1);
    std::erase(amount, '(');
    return expandMoney(amount, "dollar", "dollars", "cent", "cents", "zero dollars");
  };
  text = substitute(text, kPoundsBefore, pounds);
  text = substitute(text, kPoundsAfter, pounds);
  text = substitute(text, kDollarsBefore, dollars);
  text = substitute(text, kDollarsAfter, dollars);

  // "3.14" -> "3 point 1 4" (digits after the point are read one by one).
  static const std::regex kDecimal(R"(([0-9]+\.\s*[0-9]+))");
  text = substitute(text, kDecimal, [](const std::smatch& m) {
    const std::string s = m.str(1);
    const auto dot = s.find('.');
    std::string out = s.substr(0, dot) + " point";
    for (std::size_t i = dot + 1; i < s.size(); ++i) out += std::string(" ") + s[i];
    return out;
  });

  static const std::regex kFraction(R"(([0-9]+/[0-9]+))");
  text = substitute(text, kFraction, [](const std::smatch& m) {
    const std::string s = m.str(1);
    const auto slash = s.find('/');
    const std::string num = s.substr(0, slash), den = stripLeadingZerosToInt(s.substr(slash + 1));
    const std::string numWords = cardinalWords(num);
    if (den == "2") return numWords + (isOne(num) ? " half" : " halves");
    if (den == "1") return numWords;
    std::string denWords = ordinalOfWords(cardinalWords(den));
    if (stripLeadingZerosToInt(num) != "0" && !isOne(num)) denWords += "s";
    return numWords + " " + denWords;
  });

  static const std::regex kOrdinal(R"([0-9]+(st|nd|rd|th))");
  text = substitute(text, kOrdinal, [](const std::smatch& m) {
    const std::string s = m.str(0);
    return ordinalOfWords(cardinalWords(s.substr(0, s.size() - 2)));
  });

  // Plain numbers; 1001..2999 read like years ("nineteen oh five", "fifteen hundred").
  static const std::regex kNumber(R"([0-9]+)");
  text = substitute(text, kNumber, [](const std::smatch& m) {
    const std::string digits = stripLeadingZerosToInt(m.str(0));
    if (digits.size() == 4) {
      const int n = std::stoi(digits);
      if (n > 1000 && n < 3000) {
        if (n == 2000) return std::string("two thousand");
        if (n > 2000 && n < 2010) return "two thousand " + cardinalWords(std::to_string(n % 100), "");
        if (n % 100 == 0) return cardinalWords(std::to_string(n / 100)) + " hundred";
        return pairedWords(digits);
      }
    }
    return cardinalWords(digits, "");
  });

  // Strip accents, then keep only what the English G2P reads.
  {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
      const char32_t cp = nextCodePoint(text, i);
      if (cp < 0x80) {
        const char c = static_cast<char>(cp);
        if (c == '%')
          out += " percent";
        else if (keepChar(c))
          out += c;
      } else if (const char* base = baseLetter(cp)) {
        out += base;
      }
    }
    text = std::move(out);
  }

  text = replaceAllCaseless(text, "i.e.", "that is");
  text = replaceAllCaseless(text, "e.g.", "for example");

  // A capital letter that does not start the text or a word starts a new word:
  // "NASA" -> "N A S A", "U.S.A." -> "U. S. A.".
  {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (i > 0 && std::isupper(static_cast<unsigned char>(c)) && text[i - 1] != ' ') out += ' ';
      out += c;
    }
    text = std::move(out);
  }

  // Punctuation right after punctuation or a space is dropped ("a ,b" -> "a b", "!!" -> "!").
  {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      out += c;
      if (isPunct(c) || c == ' ')
        while (i + 1 < text.size() && isPunct(text[i + 1])) ++i;
    }
    text = std::move(out);
  }
  return text;
}

}  // namespace timbre::text::english
