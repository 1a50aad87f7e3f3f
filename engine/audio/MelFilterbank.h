#pragma once
// librosa.filters.mel(sr, n_fft, n_mels, fmin, fmax) with htk=False and
// norm="slaney": the filterbank of every GPT-SoVITS mel (the training losses'
// and the v3/v4 reference mel). Computed, never read from a file.
#include <ATen/core/Tensor.h>

#include <cstdint>

namespace timbre::audio {

// float32 [melBins, nFft/2+1]; fmaxHz < 0 means sampleRate / 2 (fmax None).
// Throws timbre::Error(InvalidArgument) for empty or inverted bands.
at::Tensor slaneyMelBasis(int64_t sampleRate, int64_t nFft, int64_t melBins, double fminHz = 0.0,
                          double fmaxHz = -1.0);

}  // namespace timbre::audio
