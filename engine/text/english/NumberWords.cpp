#include "text/english/NumberWords.h"

#include <array>
#include <vector>

namespace timbre::text::english {

namespace {

constexpr std::array<const char*, 10> kUnits = {"",     "one", "two",   "three", "four",
                                                "five", "six", "seven", "eight", "nine"};
constexpr std::array<const char*, 10> kTeens = {"ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                                "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<const char*, 10> kTens = {"",      "",      "twenty",  "thirty", "forty",
                                               "fifty", "sixty", "seventy", "eighty", "ninety"};
// Scale word for each group of three digits, counted from the right.
constexpr std::array<const char*, 12> kScales = {"",           " thousand",    " million",    " billion",
                                                 " trillion",  " quadrillion", " quintillion", " sextillion",
                                                 " septillion", " octillion",  " nonillion",  " decillion"};

std::string tensWords(int tens, int units) {
  if (tens == 1) return kTeens[units];
  if (tens >= 2) return std::string(kTens[tens]) + (units ? std::string("-") + kUnits[units] : "");
  return kUnits[units];
}

std::string digitWord(char d) { return d == '0' ? "zero" : kUnits[d - '0']; }

}  // namespace

std::string cardinalWords(std::string_view digits, std::string_view andWord) {
  std::size_t first = digits.find_first_not_of('0');
  if (first == std::string_view::npos) return "zero";
  digits = digits.substr(first);
  const std::size_t groups = (digits.size() + 2) / 3;
  if (groups > kScales.size()) {
    // Beyond decillions: read it digit by digit, as nobody says these numbers aloud.
    std::string out;
    for (char d : digits) out += (out.empty() ? "" : " ") + digitWord(d);
    return out;
  }
  std::vector<std::string> parts;  // non-empty groups, most significant first
  for (std::size_t g = 0; g < groups; ++g) {
    const std::size_t fromRight = groups - 1 - g;
    const std::size_t end = digits.size() - fromRight * 3;
    const std::size_t begin = end >= 3 ? end - 3 : 0;
    int value = 0;
    for (std::size_t i = begin; i < end; ++i) value = value * 10 + (digits[i] - '0');
    if (value == 0) continue;
    const int hundreds = value / 100, tens = (value / 10) % 10, units = value % 10;
    std::string part;
    if (hundreds) {
      part = std::string(kUnits[hundreds]) + " hundred";
      if (tens || units) {
        if (!andWord.empty()) part += " " + std::string(andWord);
        part += " " + tensWords(tens, units);
      }
    } else {
      part = tensWords(tens, units);
    }
    parts.push_back(part + kScales[fromRight]);
  }
  std::string out = parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const bool lastIsOneWord = i + 1 == parts.size() && parts[i].find(' ') == std::string::npos;
    // "one thousand and one": a final one-word group is joined by the and-word, not a comma.
    if (lastIsOneWord)
      out += andWord.empty() ? " " : " " + std::string(andWord) + " ";
    else
      out += ", ";
    out += parts[i];
  }
  return out;
}

std::string pairedWords(std::string_view digits) {
  std::vector<std::string> parts;
  std::size_t i = 0;
  for (; i + 1 < digits.size(); i += 2) {
    const int tens = digits[i] - '0', units = digits[i + 1] - '0';
    if (tens)
      parts.push_back(tensWords(tens, units));
    else if (units)
      parts.push_back(std::string("oh ") + kUnits[units]);
    else
      parts.push_back("oh oh");
  }
  if (i < digits.size()) parts.push_back(digitWord(digits[i]));
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : " ") + p;
  return out;
}

std::string ordinalOfWords(const std::string& words) {
  // Only the last word changes; it may be the second half of "twenty-one".
  std::size_t cut = words.find_last_of(" -");
  std::size_t start = cut == std::string::npos ? 0 : cut + 1;
  std::string head = words.substr(0, start), last = words.substr(start);
  static const std::array<std::pair<const char*, const char*>, 6> kIrregular = {{
      {"one", "first"}, {"two", "second"}, {"three", "third"}, {"five", "fifth"}, {"eight", "eighth"},
      {"nine", "ninth"}}};
  for (const auto& [cardinal, ordinal] : kIrregular)
    if (last == cardinal) return head + ordinal;
  if (last == "twelve") return head + "twelfth";
  if (!last.empty() && last.back() == 'y') return head + last.substr(0, last.size() - 1) + "ieth";
  return head + last + "th";
}

std::string ordinalSuffix(std::string_view digits) {
  std::string out(digits);
  const int last = digits.empty() ? 0 : digits.back() - '0';
  const int tens = digits.size() >= 2 ? digits[digits.size() - 2] - '0' : 0;
  if (tens == 1) return out + "th";
  if (last == 1) return out + "st";
  if (last == 2) return out + "nd";
  if (last == 3) return out + "rd";
  return out + "th";
}

}  // namespace timbre::text::english
