#pragma once
// TTS.using_vocoder_synthesis_batched_infer: the sentences' features are
// joined, left-padded by `overlapped_len` (12) frames and cut into windows of
// the chunk length that overlap by those 12 frames (the last one zero-padded);
// all windows go through ONE batched CFM call with the same prompt, the mels
// are vocoded back to back, SOLA-joined, trimmed and split per sentence.
#include "models/cfm/ChunkedSynthesis.h"
#include "models/vocoder/Vocoder.h"

#include <vector>

namespace timbre::cfm {

inline constexpr int64_t kOverlappedFrames = 12;  // vocoder_configs["overlapped_len"]
inline constexpr int64_t kSolaSearchSamples = 320;

struct FeatureWindows {
  at::Tensor windows;            // [B, C, chunk]
  int64_t paddingFrames = 0;     // zeros appended to the last window
};

// features [1, C, N] (the sentences back to back) -> the overlapping windows.
FeatureWindows cutFeatureWindows(const at::Tensor& features, int64_t chunkFrames, int64_t overlapFrames = kOverlappedFrames);

// One CFM call over every window: noise [B, mel, T_min + chunk] -> normalised mel [B, mel, chunk].
at::Tensor synthesizeMelWindows(const Dit& dit, const CfmPrompt& prompt, const at::Tensor& windows, int steps,
                                const at::Tensor& noise);

// The windows' mels -> one audio fragment per sentence (sentenceFrames: each
// sentence's feature frames). `offsets` receives the SOLA shifts.
std::vector<at::Tensor> vocodeWindows(const vocoder::Vocoder& vocoder, const at::Tensor& windowMels,
                                      const std::vector<int64_t>& sentenceFrames, int64_t paddingFrames,
                                      std::vector<int64_t>* offsets = nullptr);

}  // namespace timbre::cfm
