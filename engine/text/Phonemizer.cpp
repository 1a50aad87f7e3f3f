#include "text/Phonemizer.h"

#include "text/english/EnglishFrontend.h"
#include "timbre/Error.h"

#include <algorithm>

// The other frontends land one by one; each is used as soon as its folder exists.
#if __has_include("text/chinese/ChineseFrontend.h")
#include "text/chinese/ChineseFrontend.h"
#define TIMBRE_HAS_ZH 1
#endif
#if __has_include("text/japanese/JapaneseFrontend.h")
#include "text/japanese/JapaneseFrontend.h"
#define TIMBRE_HAS_JA 1
#endif
#if __has_include("text/korean/KoreanFrontend.h")
#include "text/korean/KoreanFrontend.h"
#define TIMBRE_HAS_KO 1
#endif
#if __has_include("text/cantonese/CantoneseFrontend.h")
#include "text/cantonese/CantoneseFrontend.h"
#define TIMBRE_HAS_YUE 1
#endif

namespace timbre::text {

const std::vector<std::string>& phonemizerLanguages() {
  static const std::vector<std::string> languages = {"zh", "en", "ja", "ko", "yue"};
  return languages;
}

bool isPhonemizerLanguage(const std::string& lang) {
  const std::string bare = lang.rfind("all_", 0) == 0 ? lang.substr(4) : lang;
  const auto& all = phonemizerLanguages();
  return std::find(all.begin(), all.end(), bare) != all.end();
}

PhonemizedText phonemize(const std::string& text, const std::string& lang, PhoneTableVersion version,
                         const UserDictionary* user) {
  const std::string bare = lang.rfind("all_", 0) == 0 ? lang.substr(4) : lang;
  if (bare == "en") return phonemizeEnglish(text, version, user ? &user->englishArpabet : nullptr);
#ifdef TIMBRE_HAS_ZH
  if (bare == "zh") return phonemizeChinese(text, version, user ? &user->chinesePinyin : nullptr);
#endif
#ifdef TIMBRE_HAS_JA
  if (bare == "ja") return phonemizeJapanese(text, version, user ? &user->japaneseKana : nullptr);
#endif
#ifdef TIMBRE_HAS_KO
  if (bare == "ko") return phonemizeKorean(text, version);
#endif
#ifdef TIMBRE_HAS_YUE
  if (bare == "yue") return phonemizeCantonese(text, version);
#endif
  if (isPhonemizerLanguage(bare))
    throw Error(ErrorCode::InvalidArgument, "language '" + lang + "' has no text frontend in this build");
  throw Error(ErrorCode::InvalidArgument,
              "unsupported language '" + lang + "' (supported: zh, en, ja, ko, yue, optionally with all_)");
}

}  // namespace timbre::text
