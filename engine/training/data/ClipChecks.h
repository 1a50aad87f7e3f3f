#pragma once
// The per-clip checks that keep unusable clips out of training, each with a
// reason the user understands (the official pipeline drops them silently or
// fails much later: §5.2 of the training spec).
#include "training/data/PreparedDataset.h"

#include <optional>
#include <string>
#include <vector>

namespace timbre::training::data {

struct ClipCheckSettings {
  double minSeconds = 1.0;
  double maxSeconds = 20.0;    // longer clips are split at pauses when possible
  float silentPeak = 0.001f;   // nothing louder than -60 dBFS: silent
  float fullScale = 0.999f;    // |x| at or above this counts as full scale
  double clippedRunMs = 1.0;   // this long at full scale in one run: clipped
};

// Checks on the clip's audio at 32 kHz (mono, as load_audio gives it).
// `label` names the clip in the message (its file, or the list line).
std::optional<DroppedClip> checkClipAudio(const std::vector<float>& samples32k, const std::string& name,
                                          const std::string& label, const ClipCheckSettings& settings = {});

// Empty transcript, and a script that does not fit the language: zh/yue
// without Han characters, ja without kana or Han, ko without Hangul, en with
// Han, kana or Hangul.
std::optional<DroppedClip> checkTranscript(const std::string& text, const std::string& language,
                                           const std::string& name, const std::string& label);

// After the frontend: nothing but punctuation/pauses came out.
std::optional<DroppedClip> checkPhones(const std::vector<std::string>& phones, const std::string& name,
                                       const std::string& label);

}  // namespace timbre::training::data
