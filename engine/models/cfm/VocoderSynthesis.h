#pragma once
// TTS.using_vocoder_synthesis as one engine call, for the pipeline and the
// parity runner: the reference (audio, prompt tokens and phones) becomes ge,
// the prompt features and the normalised reference mel; the target becomes
// features, CFM mel chunks and, through the vocoder, audio at the vocoder's
// rate (24 kHz v3, 48 kHz v4).
#include "audio/AudioBuffer.h"
#include "models/cfm/ChunkedSynthesis.h"
#include "models/cfm/SovitsV3Model.h"
#include "models/vocoder/Vocoder.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace timbre::cfm {

struct CfmReference {
  at::Tensor ge;           // [1, gin, 1] from the 32 kHz linear spectrogram
  at::Tensor melInput;     // [1, N] the reference resampled to the mel rate (torchaudio sinc)
  at::Tensor melLog;       // [1, 100, M] the reference mel before norm_spec
  at::Tensor featuresRef;  // [1, C, Tf] decode_encp of the prompt
  CfmPrompt prompt;        // the first chunk's prompt (T_min frames)
};

// audio: the reference as read (any rate, channels averaged); promptCodes
// [1, 1, Tp], promptPhones [1, n]. Throws timbre::Error(Audio) for a reference
// too short for a spectrogram, InvalidArgument for bad shapes.
CfmReference prepareCfmReference(const SovitsV3Model& model, const audio::AudioBuffer& audio,
                                 const at::Tensor& promptCodes, const at::Tensor& promptPhones);

struct CfmSynthesisOptions {
  int sampleSteps = 32;      // the official choices are 4, 8, 16, 32 (v3 default 32, v4 8)
  double speed = 1.0;
  uint64_t seed = 0;         // seeds the CFM noise like torch.manual_seed before the synthesis
  ChunkNoise noise;          // overrides the seeded noise (parity runs feed the saved tensors)
  std::function<bool()> cancelled;
};

struct CfmSynthesisTrace {
  at::Tensor encoderHidden, features;  // decode_encp of the target
  std::vector<at::Tensor> chunks;      // normalised mel per chunk
  CfmTrace firstStep;                  // chunk 0's first DiT evaluation
};

// codes [1, 1, T], phones [1, n] -> audio [T_mel · samplesPerFrame] float32 CPU.
at::Tensor synthesizeWithVocoder(const SovitsV3Model& model, const vocoder::Vocoder& vocoder,
                                 const CfmReference& reference, const at::Tensor& codes, const at::Tensor& phones,
                                 const CfmSynthesisOptions& options, CfmSynthesisTrace* trace = nullptr);

// The noise torch.manual_seed(seed) followed by one torch.randn([1, mel, frames])
// per chunk draws on the CPU: chunk k continues the same generator.
ChunkNoise seededChunkNoise(uint64_t seed, int64_t melBins, at::Device device = at::kCPU);

}  // namespace timbre::cfm
