#pragma once
// English text -> GPT-SoVITS phones (cleaner.clean_text with language "en").
#include <map>
#include <string>
#include <vector>

#include "text/PhoneTable.h"
#include "text/PhonemizedText.h"

namespace timbre::text {

// Normalises, converts to ARPAbet, puts a "," in front of results shorter than 4
// phones (as the reference does for very short inputs) and maps to ids in the given
// table. word2ph is nullopt for English.
// userArpabet: lower-case word -> ARPAbet phones, overriding the dictionary.
PhonemizedText phonemizeEnglish(const std::string& text, PhoneTableVersion version = PhoneTableVersion::V2,
                                const std::map<std::string, std::vector<std::string>>* userArpabet = nullptr);

}  // namespace timbre::text
