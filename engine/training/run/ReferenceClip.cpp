#include "training/run/ReferenceClip.h"

#include "audio/AudioFile.h"
#include "timbre/Error.h"
#include "training/data/ListFile.h"

#include <algorithm>
#include <cmath>

namespace timbre::training {

std::optional<ReferenceClip> chooseReferenceClip(const std::string& listPath, const std::vector<std::string>& kept) {
  const data::ListFileContents list = data::readListFile(listPath);
  std::optional<ReferenceClip> best;
  for (const data::ClipEntry& entry : list.entries) {
    if (!kept.empty() && std::find(kept.begin(), kept.end(), entry.name) == kept.end()) continue;
    audio::AudioBuffer audio;
    try {
      audio = audio::readAudioFile(entry.audioPath);
    } catch (const Error&) {
      continue;  // the dataset report names it; a reference needs a readable clip
    }
    const double seconds = audio.durationSeconds();
    if (seconds < audio::kMinReferenceSeconds || seconds > audio::kMaxReferenceSeconds) continue;
    const audio::QualityLevel level = audio::analyzeReference(audio).overall();
    // QualityLevel orders Pass < Warn < Fail.
    const bool better = !best || level < best->level ||
                        (level == best->level && std::abs(seconds - 6.0) < std::abs(best->seconds - 6.0));
    if (better) best = ReferenceClip{entry.audioPath, entry.text, entry.language, seconds, level};
  }
  return best;
}

}  // namespace timbre::training
