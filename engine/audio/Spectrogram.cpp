#include "audio/Spectrogram.h"

#include "timbre/Error.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace timbre::audio {

at::Tensor linearSpectrogram(const at::Tensor& wav, const SpectrogramOptions& options) {
  if (wav.dim() != 1 && wav.dim() != 2)
    throw Error(ErrorCode::InvalidArgument,
                "linearSpectrogram: expected a waveform [N] or [B, N], got " + std::to_string(wav.dim()) + " dims");
  if (wav.scalar_type() != at::kFloat)
    throw Error(ErrorCode::InvalidArgument, "linearSpectrogram: expected float32 samples");
  const int64_t nFft = options.nFft, hop = options.hopLength, win = options.winLength;
  if (nFft <= 0 || hop <= 0 || win <= 0 || win > nFft || hop > nFft)
    throw Error(ErrorCode::InvalidArgument, "linearSpectrogram: bad n_fft/hop/win");

  const at::Tensor rows = wav.dim() == 1 ? wav.unsqueeze(0) : wav;  // [B, N]
  const int64_t length = rows.size(1);
  const int64_t pad = (nFft - hop) / 2;
  // Reflect padding needs pad < N; a frame needs N + 2*pad >= nFft.
  if (length <= pad || length + 2 * pad < nFft)
    throw Error(ErrorCode::Audio, "linearSpectrogram: the audio has " + std::to_string(length) +
                                      " samples, too short for a spectrogram (need more than " +
                                      std::to_string(std::max(pad, nFft - 2 * pad)) + ")");

  // [B, 1, N] -> [B, 1, N + 2*pad] -> [B, N + 2*pad]
  const at::Tensor padded = at::reflection_pad1d(rows.unsqueeze(1), {pad, pad}).squeeze(1);
  const at::Tensor window = at::hann_window(win, /*periodic=*/true, rows.options());
  // center=False: the explicit reflect pad above replaces stft's own centring.
  const at::Tensor spec = at::stft(padded, nFft, hop, win, window, /*normalized=*/false, /*onesided=*/true,
                                   /*return_complex=*/true);                     // [B, F, T] complex64
  // Same operation order as the official code (|z|, squared, + 1e-8, root): the
  // epsilon sits inside the root, so silent bins come out as 1e-4, not 0.
  return spec.abs().pow(2).add(1e-8).sqrt();                                    // [B, F, T] float32
}

at::Tensor normalizePeak(const at::Tensor& wav) {
  if (wav.numel() == 0) return wav;
  const double peak = wav.abs().max().item<double>();
  if (peak > 1.0) return wav / std::min(2.0, peak);
  return wav;
}

void normalizePeakInPlace(std::vector<float>& samples) {
  float peak = 0.0f;
  for (float x : samples) peak = std::max(peak, std::fabs(x));
  if (peak > 1.0f) {
    const float divisor = std::min(2.0f, peak);
    for (float& x : samples) x /= divisor;
  }
}

}  // namespace timbre::audio
