#pragma once
// The reference mel of the v3/v4 path (mel_fn / mel_fn_v4 of TTS.py:
// mel_processing.mel_spectrogram_torch): the linear spectrogram of
// audio/Spectrogram.h with the version's STFT, a Slaney mel filterbank and
// log(clamp(x, 1e-5)); norm_spec maps it to the CFM's [-1, 1]-ish range.
#include "models/cfm/CfmVersion.h"

#include <ATen/ATen.h>

namespace timbre::cfm {

class ReferenceMel {
 public:
  explicit ReferenceMel(const CfmVersion& version, at::Device device = at::kCPU);

  // wav [1, N] or [N] float32 at version.melRateHz -> log mel [1, bins, frames].
  // Throws timbre::Error(Audio) when the audio is too short for one frame.
  at::Tensor operator()(const at::Tensor& wav) const;

 private:
  CfmVersion m_version;
  at::Tensor m_basis;  // [bins, nFft/2+1]
};

// norm_spec: (x + 12) / 14 · 2 − 1, and its inverse denorm_spec.
at::Tensor normalizeMel(const at::Tensor& logMel);
at::Tensor denormalizeMel(const at::Tensor& mel);

}  // namespace timbre::cfm
