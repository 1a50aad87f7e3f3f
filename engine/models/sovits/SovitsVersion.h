#pragma once
// The SynthesizerTrn generations this decoder implements. Detecting which one a
// file holds is the checkpoint reader's job; the decoder is told.
#include <string>

namespace timbre::sovits {

enum class SovitsVersion { V1, V2, V2Pro, V2ProPlus };

// "v1", "v2", "v2Pro", "v2ProPlus" (the spelling of the official configs).
const char* sovitsVersionName(SovitsVersion version);

// Parses the official spelling; throws timbre::Error(UnsupportedFormat) otherwise.
SovitsVersion sovitsVersionFromName(const std::string& name);

// v2Pro and v2ProPlus fuse a speaker-verification embedding into the timbre vector.
inline bool usesSpeakerEmbedding(SovitsVersion version) {
  return version == SovitsVersion::V2Pro || version == SovitsVersion::V2ProPlus;
}

}  // namespace timbre::sovits
