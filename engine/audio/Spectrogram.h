#pragma once
// The linear magnitude spectrogram the SoVITS reference encoder consumes
// (spec §2.3, module/mel_processing.py::spectrogram_torch with center=False).
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <vector>

namespace timbre::audio {

struct SpectrogramOptions {
  int64_t nFft = 2048;      // hps.data.filter_length
  int64_t hopLength = 640;  // hps.data.hop_length (50 frames per second at 32 kHz)
  int64_t winLength = 2048; // hps.data.win_length; periodic Hann
};

// wav [N] or [B, N] float32 (32 kHz for SoVITS) -> [B, nFft/2+1, frames] float32
// (B = 1 for [N]), frames = (N - hop) / hop + 1 after reflect-padding
// (nFft - hop)/2 samples on each side; magnitude = sqrt(re^2 + im^2 + 1e-8).
// Throws timbre::Error(Audio) when N is too short to reflect-pad or to give a
// frame, InvalidArgument for other shapes/dtypes.
at::Tensor linearSpectrogram(const at::Tensor& wav, const SpectrogramOptions& options = {});

// The reference-loading step before the spectrogram: if max|x| > 1, divide by
// min(2, max|x|) (so louder-than-full-scale audio is brought back, but by at
// most a factor 2). Otherwise the input is returned unchanged.
at::Tensor normalizePeak(const at::Tensor& wav);
void normalizePeakInPlace(std::vector<float>& samples);

}  // namespace timbre::audio
