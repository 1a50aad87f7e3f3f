#pragma once
// The official reference path (spec §2.2-2.3): the recording at 16 kHz (soxr,
// as librosa) with 9600 zeros appended -> HuBERT -> SoVITS extract_latent ->
// prompt codes; at 32 kHz (torchaudio sinc) -> peak limit -> spectrogram; and
// for v2Pro/v2ProPlus that 32 kHz audio at 16 kHz -> ERes2NetV2 embedding.
#include "audio/AudioBuffer.h"
#include "pipeline/ReferenceCache.h"
#include "pipeline/ReferenceFeatures.h"
#include "pipeline/VoiceModels.h"

#include <string>

namespace timbre::pipeline {

struct ReferenceOptions {
  bool promptCodes = true;  // the main reference; auxiliary ones need only spectrogram and embedding
  bool autoWindow = false;  // a recording longer than 10 s: use its best 3-10 s instead of failing
};

// The official limits on the main reference, in 16 kHz samples (3 s and 10 s).
inline constexpr std::size_t kMinReferenceSamples16k = 48000;
inline constexpr std::size_t kMaxReferenceSamples16k = 160000;

class ReferenceEncoder {
 public:
  // cache may be null (no caching).
  ReferenceEncoder(const VoiceModels& models, ReferenceCache* cache = nullptr);

  // Throws timbre::Error: Io / UnsupportedFormat for an unreadable file, Audio
  // for a silent recording, InvalidArgument for a main reference outside 3-10 s
  // (saying how long it is and what to do).
  ReferenceFeatures encodeFile(const std::string& path, const ReferenceOptions& options = {}) const;
  // `name` appears in messages.
  ReferenceFeatures encode(const audio::AudioBuffer& audio, const ReferenceOptions& options = {},
                           const std::string& name = "reference audio") const;

  // What HuBERT is fed: the recording as 16 kHz mono (soxr, as librosa.load)
  // with the official 9600 zeros appended, [1, N + 9600].
  static at::Tensor hubertInput(const audio::AudioBuffer& mono16k);

 private:
  ReferenceFeatures compute(const audio::AudioBuffer& audio, const ReferenceOptions& options,
                            const std::string& name) const;
  const VoiceModels& m_models;
  ReferenceCache* m_cache;
};

}  // namespace timbre::pipeline
