#pragma once
// The sentences the training wizard's "Read aloud" mode shows, one at a time: short
// everyday sentences per language whose transcript is known, so no ASR is needed.
// Each set is ordered so that its first sentences already cover most of the
// language's phones (a user who records only a minute still gets broad coverage).
// The text is compiled in from resources/training/read-aloud/<lang>.txt; nothing is
// read from disk at run time.
#include <string>
#include <vector>

namespace timbre::training::data {

// The sentences for `language` (zh, en, ja, ko, yue: text::phonemizerLanguages()),
// in reading order, without the files' "#" comment lines and blank lines.
// Throws timbre::Error(InvalidArgument) naming the language and the supported ones.
std::vector<std::string> readAloudSentences(const std::string& language);

}  // namespace timbre::training::data
