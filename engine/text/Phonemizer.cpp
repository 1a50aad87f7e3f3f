#include "text/Phonemizer.h"

#include "text/cantonese/CantoneseFrontend.h"
#include "text/chinese/ChineseFrontend.h"
#include "text/english/EnglishFrontend.h"
#include "text/japanese/JapaneseFrontend.h"
#include "text/korean/KoreanFrontend.h"
#include "timbre/Error.h"

#include <algorithm>

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
  if (bare == "zh") return phonemizeChinese(text, version, user ? &user->chinesePinyin : nullptr);
  if (bare == "ja") return phonemizeJapanese(text, version, user ? &user->japaneseKana : nullptr);
  if (bare == "ko") return phonemizeKorean(text, version);
  if (bare == "yue") return phonemizeCantonese(text, version);
  throw Error(ErrorCode::InvalidArgument,
              "unsupported language '" + lang + "' (supported: zh, en, ja, ko, yue, optionally with all_)");
}

}  // namespace timbre::text
