#pragma once
// One SoVITS training item as the official loader returns it, and the batch
// TextAudioSpeakerCollate builds from several: sorted by spectrogram length,
// longest first; ssl and spec zero-padded to the even length 2·(max//2 + 1)
// (strictly longer than the longest); wav and text to their maxima.
#include "training/sovits/SovitsTrainModel.h"

#include <ATen/ATen.h>

#include <vector>

namespace timbre::training {

struct SovitsItem {
  at::Tensor ssl;   // [768, T50] float32, already replicate-padded by one frame when T50 != Tspec
  at::Tensor spec;  // [1025, Tspec] float32 (spectrogram_torch of wav)
  at::Tensor wav;   // [N] float32 (int16 / 32768)
  at::Tensor text;  // [L] int64 symbol ids
  at::Tensor sv;    // [20480] float32, v2Pro/v2ProPlus only (undefined otherwise)
};


// Throws timbre::Error(InvalidArgument) for an empty list or mismatched items.
SovitsBatch collateSovits(const std::vector<const SovitsItem*>& items);
// Every tensor of the batch moved to `device`.
SovitsBatch batchOn(const SovitsBatch& batch, at::Device device);

}  // namespace timbre::training
