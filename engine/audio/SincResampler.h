#pragma once
// torchaudio-compatible band-limited sinc resampling: the same result as
// torchaudio.functional.resample / transforms.Resample with their defaults
// (resampling_method "sinc_interp_hann", lowpass_filter_width 6, rolloff 0.99),
// which the official code uses to bring a reference to 32 kHz for its
// spectrogram (spec §2.3). Implemented from the math: the input is treated as
// band-limited to rolloff * min(from, to) / 2, each output sample is a
// Hann-windowed sinc sum over the inputs within lowpass_filter_width zero
// crossings, and the filters repeat every from/gcd inputs, so they run as one
// strided conv1d.
#include <ATen/core/Tensor.h>

#include <cstddef>
#include <vector>

namespace timbre::audio {

struct SincResampleOptions {
  int lowpassFilterWidth = 6;
  double rolloff = 0.99;
};

// The polyphase filter bank: [to/gcd, 1, 2*width + from/gcd] float32, and
// `width` (the zero padding on the left of the input). Throws InvalidArgument
// for bad rates/options.
at::Tensor sincResampleKernel(int fromHz, int toHz, const SincResampleOptions& options, int64_t* width);

// True when the filter bank for this rate pair has at most 2^24 taps (a rate
// pair with a tiny gcd, e.g. 44056 -> 32000 Hz, would need gigabytes).
bool sincKernelIsPractical(int fromHz, int toHz, const SincResampleOptions& options = {});

// wav [..., N] float32 (CPU or GPU) -> [..., ceil(N * to / from)].
// fromHz == toHz returns wav unchanged. Rate pairs for which
// sincKernelIsPractical() is false fall back to libsoxr HQ (row by row, CPU).
at::Tensor resampleSinc(const at::Tensor& wav, int fromHz, int toHz, const SincResampleOptions& options = {});

// Mono convenience over plain samples.
std::vector<float> resampleSinc(const float* samples, std::size_t count, int fromHz, int toHz,
                                const SincResampleOptions& options = {});

}  // namespace timbre::audio
