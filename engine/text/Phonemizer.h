#pragma once
// One entry point over the language frontends: what cleaner.clean_text does for
// a piece of text already known to be in one language.
#include <string>
#include <vector>

#include "text/PhoneTable.h"
#include "text/PhonemizedText.h"
#include "text/UserDictionary.h"

namespace timbre::text {

// Languages clean_text knows (after "all_" is stripped): zh, en, ja, ko, yue.
const std::vector<std::string>& phonemizerLanguages();
bool isPhonemizerLanguage(const std::string& lang);

// Throws timbre::Error(InvalidArgument) naming the language when it is not one
// of phonemizerLanguages() (a leading "all_" is accepted and ignored).
// The user dictionary, when given, overrides built-in readings (zh, en, ja).
PhonemizedText phonemize(const std::string& text, const std::string& lang,
                         PhoneTableVersion version = PhoneTableVersion::V2,
                         const UserDictionary* userDictionary = nullptr);

}  // namespace timbre::text
