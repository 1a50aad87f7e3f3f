#pragma once
// The new voice's reference clip, picked from the user's own training clips:
// a whole clip (never cut) of 3–10 s, as inference accepts, with the best
// quality verdict of the Voice panel's check (QualityReport), then the one
// closest to 6 s (long enough for the timbre, short enough to stay one phrase).
#include "audio/QualityReport.h"

#include <optional>
#include <string>
#include <vector>

namespace timbre::training {

struct ReferenceClip {
  std::string path, text, language;  // language as inference codes it (zh, en, ja, ko, yue)
  double seconds = 0;
  audio::QualityLevel level = audio::QualityLevel::Fail;
};

// The clips of an official .list (path|speaker|lang|text); with `kept` not
// empty, only those items (the prepared set's names: the listed file names).
// Unreadable clips are passed over. nullopt when no clip is 3–10 s long.
// Throws timbre::Error(Io) when the list cannot be read.
std::optional<ReferenceClip> chooseReferenceClip(const std::string& listPath, const std::vector<std::string>& kept = {});

}  // namespace timbre::training
