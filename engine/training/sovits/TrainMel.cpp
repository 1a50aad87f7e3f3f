#include "training/sovits/TrainMel.h"

#include "audio/MelFilterbank.h"
#include "timbre/Error.h"

#include <cmath>
#include <string>
#include <vector>

namespace timbre::training {

at::Tensor slaneyMelBasis(const MelOptions& options) {
  return audio::slaneyMelBasis(options.sampleRate, options.nFft, options.melBins, options.fminHz, options.fmaxHz);
}

TrainMel::TrainMel(const MelOptions& options, at::Device device)
    : m_options(options),
      m_basis(slaneyMelBasis(options).to(device)),
      m_window(at::hann_window(options.nFft, /*periodic=*/true, at::TensorOptions().dtype(at::kFloat).device(device))) {}

at::Tensor TrainMel::spectrogram(const at::Tensor& wave) const {
  const at::Tensor rows = wave.dim() == 3 ? wave.squeeze(1) : wave;
  if (rows.dim() != 2) throw Error(ErrorCode::InvalidArgument, "TrainMel: expected a wave [B, N] or [B, 1, N]");
  const int64_t pad = (m_options.nFft - m_options.hopLength) / 2;
  if (rows.size(1) <= pad)
    throw Error(ErrorCode::Audio, "TrainMel: " + std::to_string(rows.size(1)) + " samples are too short for a spectrogram");
  const at::Tensor padded = at::reflection_pad1d(rows.unsqueeze(1), {pad, pad}).squeeze(1);
  const at::Tensor window = m_window.scalar_type() == padded.scalar_type() ? m_window : m_window.to(padded.scalar_type());
  const at::Tensor stft = at::stft(padded, m_options.nFft, m_options.hopLength, m_options.nFft, window,
                                   /*normalized=*/false, /*onesided=*/true, /*return_complex=*/true);
  // As the official code: squares of the real and imaginary parts summed, +1e-8 inside the root.
  return at::view_as_real(stft).pow(2).sum(-1).add(1e-8).sqrt();
}

at::Tensor TrainMel::specToMel(const at::Tensor& spec) const {
  const at::Tensor basis = m_basis.scalar_type() == spec.scalar_type() ? m_basis : m_basis.to(spec.scalar_type());
  return at::matmul(basis, spec).clamp_min(1e-5).log();
}

at::Tensor TrainMel::melOfWave(const at::Tensor& wave) const { return specToMel(spectrogram(wave)); }

at::Tensor cutSegments(const at::Tensor& x, const at::Tensor& starts, int64_t size) {
  if (x.dim() != 3 || starts.dim() != 1 || starts.size(0) != x.size(0))
    throw Error(ErrorCode::InvalidArgument, "cutSegments: expected x [B, C, T] and starts [B]");
  const at::Tensor cpuStarts = starts.to(at::kCPU, at::kLong);
  std::vector<at::Tensor> rows;
  for (int64_t b = 0; b < x.size(0); ++b) {
    const int64_t start = cpuStarts[b].item<int64_t>();
    if (start < 0 || start + size > x.size(2))
      throw Error(ErrorCode::InvalidArgument, "cutSegments: a slice of " + std::to_string(size) + " at " +
                                                  std::to_string(start) + " runs past " + std::to_string(x.size(2)));
    rows.push_back(x[b].narrow(1, start, size));
  }
  return at::stack(rows);
}

}  // namespace timbre::training
