#pragma once
// The constants that tell v3 and v4 apart on the flow-matching path (spec §2.8,
// TTS.py's vocoder_configs and mel functions): the reference-mel rate and STFT,
// the feature upsampling, the prompt/chunk lengths, and the vocoder's output.
#include "models/sovits/SovitsVersion.h"

#include <cstdint>

namespace timbre::cfm {

struct CfmVersion {
  sovits::SovitsVersion version = sovits::SovitsVersion::V4;
  // Reference mel (mel_fn / mel_fn_v4): rate, n_fft = win, hop; 100 Slaney bins.
  int melRateHz = 32000;
  int64_t melFft = 1280;
  int64_t melHop = 320;
  int64_t melBins = 100;
  // decode_encp: nearest upsampling of the 50 Hz features to mel frames, and the
  // factor of the wns1 mask length (3.875 for v3, which is not 2·1.875).
  double featureScale = 2.0;
  double maskFramesPerToken = 4.0;
  // The chunk loop: at most tRef prompt frames, tChunk frames per CFM call.
  int64_t tRef = 500;
  int64_t tChunk = 1000;
  // The vocoder: output rate and samples per mel frame.
  int outputRateHz = 48000;
  int64_t samplesPerFrame = 480;
};

// Throws timbre::Error(InvalidArgument) for a version without flow matching.
CfmVersion cfmVersion(sovits::SovitsVersion version);

}  // namespace timbre::cfm
