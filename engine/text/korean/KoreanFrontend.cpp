#include "text/korean/KoreanFrontend.h"

#include <array>
#include <utility>

#include "text/korean/Hangul.h"
#include "text/korean/KoreanNumbers.h"
#include "text/korean/KoreanPronunciation.h"
#include "text/Utf8.h"
#include "timbre/Error.h"

namespace timbre::text {

namespace korean {

char32_t onsetToCompat(int onset) {
  static const std::array<char32_t, 19> kOnsets = {U'ㄱ', U'ㄲ', U'ㄴ', U'ㄷ', U'ㄸ', U'ㄹ', U'ㅁ',
                                                   U'ㅂ', U'ㅃ', U'ㅅ', U'ㅆ', U'ㅇ', U'ㅈ', U'ㅉ',
                                                   U'ㅊ', U'ㅋ', U'ㅌ', U'ㅍ', U'ㅎ'};
  return kOnsets.at(static_cast<std::size_t>(onset));
}

char32_t codaToCompat(int coda) {
  static const std::array<char32_t, 28> kCodas = {0,     U'ㄱ', U'ㄲ', U'ㄳ', U'ㄴ', U'ㄵ', U'ㄶ', U'ㄷ', U'ㄹ', U'ㄺ',
                                                  U'ㄻ', U'ㄼ', U'ㄽ', U'ㄾ', U'ㄿ', U'ㅀ', U'ㅁ', U'ㅂ', U'ㅄ', U'ㅅ',
                                                  U'ㅆ', U'ㅇ', U'ㅈ', U'ㅊ', U'ㅋ', U'ㅌ', U'ㅍ', U'ㅎ'};
  return kCodas.at(static_cast<std::size_t>(coda));
}

}  // namespace korean

namespace {

using namespace korean;

std::u32string decode(const std::string& text) { return decodeUtf8(text); }

std::string encode(char32_t c) { return encodeUtf8(std::u32string_view(&c, 1)); }

void replaceAll(std::u32string& text, const std::u32string& from, const std::u32string& to, bool notAfterDigit) {
  std::size_t pos = 0;
  while ((pos = text.find(from, pos)) != std::u32string::npos) {
    if (notAfterDigit && pos > 0 && text[pos - 1] >= U'0' && text[pos - 1] <= U'9') {
      pos += from.size();
      continue;
    }
    text.replace(pos, from.size(), to);
    pos += to.size();
  }
}

// ASCII letters are read by their Korean names, one letter at a time (latin_to_hangul).
std::u32string latinToHangul(const std::u32string& text) {
  static const std::array<std::u32string, 26> kNames = {
      U"에이", U"비", U"시", U"디", U"이", U"에프", U"지", U"에이치", U"아이", U"제이", U"케이", U"엘", U"엠",
      U"엔", U"오", U"피", U"큐", U"아르", U"에스", U"티", U"유", U"브이", U"더블유", U"엑스", U"와이", U"제트"};
  std::u32string out;
  for (char32_t c : text) {
    if (c >= U'a' && c <= U'z')
      out += kNames[c - U'a'];
    else if (c >= U'A' && c <= U'Z')
      out += kNames[c - U'A'];
    else
      out += c;
  }
  return out;
}

// Words whose pronunciation the rules cannot derive: ㄴ insertion in compounds
// (색연필 -> 생년필), tensification in compounds and Sino-Korean words (발전 -> 발쩐,
// 길가 -> 길까), the sai-siot words (햇살 -> 해쌀), ㄹ/ㄴ exceptions (생산량 -> 생산냥)
// and number words (10월 -> 시월). Pronunciations from the standard pronunciation rules.
const std::pair<std::u32string, std::u32string> kWordPronunciations[] = {
    {U"의견란", U"의견난"}, {U"생산량", U"생산냥"}, {U"결단력", U"결딴녁"}, {U"공권력", U"공꿘녁"},
    {U"상견례", U"상견녜"}, {U"이원론", U"이원논"}, {U"입원료", U"이붠뇨"},
    {U"갈등", U"갈뜽"}, {U"발동", U"발똥"}, {U"절도", U"절또"}, {U"일시", U"일씨"}, {U"갈증", U"갈쯩"},
    {U"물질", U"물찔"}, {U"발전", U"발쩐"}, {U"몰상식", U"몰쌍식"}, {U"문고리", U"문꼬리"},
    {U"눈동자", U"눈똥자"}, {U"신바람", U"신빠람"}, {U"손재주", U"손째주"}, {U"길가", U"길까"},
    {U"발바닥", U"발빠닥"}, {U"술잔", U"술짠"}, {U"바람결", U"바람껼"}, {U"아침밥", U"아침빱"},
    {U"잠자리", U"잠짜리"}, {U"강가", U"강까"}, {U"등불", U"등뿔"}, {U"강줄기", U"강쭐기"},
    {U"솜이불", U"솜니불"}, {U"막일", U"망닐"}, {U"맨입", U"맨닙"}, {U"꽃잎", U"꼰닙"},
    {U"색연필", U"생년필"}, {U"담요", U"담뇨"}, {U"식용유", U"시굥뉴"}, {U"금융", U"금늉"},
    {U"솔잎", U"솔립"}, {U"물약", U"물략"}, {U"서울역", U"서울력"}, {U"휘발유", U"휘발류"},
    {U"한여름", U"한녀름"}, {U"할일", U"할릴"}, {U"냇가", U"내까"}, {U"햇살", U"해쌀"},
    {U"뱃속", U"배쏙"}, {U"콧등", U"코뜽"}, {U"깃발", U"기빨"}, {U"콧날", U"콘날"},
    {U"아랫니", U"아랜니"}, {U"깻잎", U"깬닙"}, {U"나뭇잎", U"나문닙"}, {U"%", U"퍼센트"},
};
// Number words: matched only when no digit precedes ("11번째" is not "1번째").
const std::pair<std::u32string, std::u32string> kNumberWords[] = {
    {U"1번째", U"첫번째"}, {U"10월", U"시월"}, {U"6월", U"유월"}};

bool inV2Table(std::string_view phone) { return PhoneTable::get(PhoneTableVersion::V2).contains(phone); }

}  // namespace

PhonemizedText phonemizeKorean(const std::string& text, PhoneTableVersion version) {
  PhonemizedText result;
  result.normText = text;

  std::u32string u = latinToHangul(decode(text));
  for (const auto& [from, to] : kWordPronunciations) replaceAll(u, from, to, false);
  for (const auto& [from, to] : kNumberWords) replaceAll(u, from, to, true);
  u = spellOutNumbers(u);
  u = applyPronunciationRules(u);

  // divide_hangul: syllables -> compatibility jamo, compound vowels -> two vowels.
  auto pushVowel = [](std::u32string& out, int vowel) {
    static const std::array<std::pair<int, int>, 21> kSplit = {{
        {vA, -1}, {vAE, -1}, {vI, vA}, {vI, vAE}, {vEO, -1}, {vE, -1}, {vI, vEO},
        {vI, vE}, {vO, -1}, {vO, vA}, {vO, vAE}, {vO, vI}, {vI, vO}, {vU, -1},
        {vU, vEO}, {vU, vE}, {vU, vI}, {vI, vU}, {vEU, -1}, {vEU, vI}, {vI, -1}}};
    const auto [first, second] = kSplit.at(static_cast<std::size_t>(vowel));
    out += vowelToCompat(first);
    if (second >= 0) out += vowelToCompat(second);
  };
  std::u32string jamo;
  for (char32_t c : u) {
    if (isHangulSyllable(c)) {
      const Syllable s = decomposeSyllable(c);
      jamo += onsetToCompat(s.onset);
      pushVowel(jamo, s.vowel);
      if (s.coda != cNone) jamo += codaToCompat(s.coda);
    } else if (c >= 0x314F && c <= 0x3163) {
      pushVowel(jamo, static_cast<int>(c - 0x314F));
    } else {
      jamo += c;
    }
  }
  if (!jamo.empty() && jamo.back() >= 0x3131 && jamo.back() <= 0x3163) jamo += U'.';

  // post_replace_ph, one code point at a time.
  for (char32_t c : jamo) {
    std::string phone;
    switch (c) {
      case U'：': case U'；': case U'，': case U'·': case U'、': phone = ","; break;
      case U'。': case U'\n': phone = "."; break;
      case U'！': phone = "!"; break;
      case U'？': phone = "?"; break;
      case U' ': phone = "空"; break;
      default: phone = encode(c); break;
    }
    if (!inV2Table(phone)) phone = "停";
    result.phones.push_back(std::move(phone));
  }
  result.phoneIds = PhoneTable::get(version).toIds(result.phones);
  return result;
}

}  // namespace timbre::text
