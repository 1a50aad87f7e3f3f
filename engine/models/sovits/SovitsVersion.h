#pragma once
// The SoVITS generations, as the checkpoint reader detects them. This decoder
// (SynthesizerTrn) implements v1, v2, v2Pro and v2ProPlus; v3/v4 use the CFM +
// vocoder architecture and are refused with a clear message.
#include "checkpoint/ModelIdentity.h"

#include <string>

namespace timbre::sovits {

using checkpoint::SovitsVersion;

// "v1", "v2", "v2Pro", "v2ProPlus" (the spelling of the official configs).
inline const char* sovitsVersionName(SovitsVersion version) { return checkpoint::toString(version); }

// Throws timbre::Error(UnsupportedFormat) for v3/v4, which this decoder does not implement.
void requireDecoderSupport(SovitsVersion version);

// Parses the official spelling of a version this decoder implements; throws
// timbre::Error(UnsupportedFormat) otherwise.
SovitsVersion sovitsVersionFromName(const std::string& name);

// v2Pro and v2ProPlus fuse a speaker-verification embedding into the timbre vector.
inline bool usesSpeakerEmbedding(SovitsVersion version) {
  return version == SovitsVersion::V2Pro || version == SovitsVersion::V2ProPlus;
}

// v3/v4: SynthesizerTrnV3, conditional flow matching over a DiT, then a vocoder.
inline bool usesFlowMatching(SovitsVersion version) {
  return version == SovitsVersion::V3 || version == SovitsVersion::V4;
}

}  // namespace timbre::sovits
