#include "text/english/EnglishFrontend.h"

#include "text/english/EnglishG2p.h"
#include "text/english/EnglishNormalizer.h"

namespace timbre::text {

PhonemizedText phonemizeEnglish(const std::string& text, PhoneTableVersion version,
                                const std::map<std::string, std::vector<std::string>>* userArpabet) {
  PhonemizedText result;
  result.normText = english::normalizeEnglish(text);
  result.phones = english::englishG2p(result.normText, userArpabet);
  if (result.phones.size() < 4) result.phones.insert(result.phones.begin(), ",");
  result.phoneIds = PhoneTable::get(version).toIds(result.phones);
  return result;
}

}  // namespace timbre::text
