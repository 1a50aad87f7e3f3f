#include "text/english/EnglishFrontend.h"

#include "text/english/CmuDict.h"
#include "text/english/EnglishG2p.h"
#include "text/english/EnglishNormalizer.h"
#include "timbre/Error.h"

namespace timbre::text {

PhonemizedText phonemizeEnglish(const std::string& text, PhoneTableVersion version,
                                const std::map<std::string, std::vector<std::string>>* userArpabet) {
  if (english::CmuDict::instance().lineCount() == 0)
    throw Error(ErrorCode::UnsupportedFormat,
                "English text needs the CMU pronouncing dictionary, and this build has none "
                "(build Timbre with Debian's festlex-cmu installed)");
  PhonemizedText result;
  result.normText = english::normalizeEnglish(text);
  result.phones = english::englishG2p(result.normText, userArpabet);
  if (result.phones.size() < 4) result.phones.insert(result.phones.begin(), ",");
  result.phoneIds = PhoneTable::get(version).toIds(result.phones);
  return result;
}

}  // namespace timbre::text
