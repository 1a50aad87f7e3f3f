#pragma once
// What a voice reference contributes to synthesis, computed once per recording.
#include <ATen/ATen.h>

namespace timbre::pipeline {

struct ReferenceFeatures {
  at::Tensor promptCodes;  // [T25] int64, CPU: semantic tokens of the reference (main reference only)
  at::Tensor refSpec;      // [1, 1025, frames] float32, CPU: 32 kHz linear spectrogram
  at::Tensor svEmbedding;  // [1, D] float32, CPU: ERes2NetV2 embedding (v2Pro/v2ProPlus), else undefined
  double startSeconds = 0.0;  // the part of the recording used (auto window)
  double seconds = 0.0;
};

}  // namespace timbre::pipeline
