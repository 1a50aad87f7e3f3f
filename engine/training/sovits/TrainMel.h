#pragma once
// The mel spectrogram of the SoVITS losses (module/mel_processing.py):
// librosa's Slaney mel filterbank (computed here, not read from a file),
// spectrogram_torch (reflect pad (n_fft−hop)/2, STFT without centring,
// sqrt(re²+im²+1e-8)) and log(clamp(mel, 1e-5)). Every step is differentiable,
// so loss_mel's gradient reaches the generator through the mel of y_hat.
#include <ATen/ATen.h>

#include <cstdint>

namespace timbre::training {

struct MelOptions {
  int64_t sampleRate = 32000;
  int64_t nFft = 2048;  // filter_length == win_length
  int64_t hopLength = 640;
  int64_t melBins = 128;
  double fminHz = 0.0;
  double fmaxHz = -1.0;  // < 0: sampleRate / 2 (fmax None)
};

// librosa.filters.mel(sr, n_fft, n_mels, fmin, fmax) with htk=False and
// norm="slaney", as float32 [melBins, nFft/2+1].
at::Tensor slaneyMelBasis(const MelOptions& options = {});

class TrainMel {
 public:
  explicit TrainMel(const MelOptions& options = {}, at::Device device = at::kCPU);

  // spectrogram_torch: wave [B, N] -> [B, nFft/2+1, frames].
  at::Tensor spectrogram(const at::Tensor& wave) const;
  // spec_to_mel_torch: linear spec [B, F, T] -> log mel [B, melBins, T].
  at::Tensor specToMel(const at::Tensor& spec) const;
  // mel_spectrogram_torch: wave [B, N] (or [B, 1, N]) -> log mel [B, melBins, frames].
  at::Tensor melOfWave(const at::Tensor& wave) const;

  const at::Tensor& basis() const { return m_basis; }
  const MelOptions& options() const { return m_options; }

 private:
  MelOptions m_options;
  at::Tensor m_basis;   // [melBins, F]
  at::Tensor m_window;  // periodic Hann [nFft]
};

// commons.slice_segments: out[b] = x[b, :, starts[b] : starts[b] + size] for x [B, C, T];
// starts is int64 [B]. Throws timbre::Error(InvalidArgument) when a slice runs past T.
at::Tensor cutSegments(const at::Tensor& x, const at::Tensor& starts, int64_t size);

}  // namespace timbre::training
