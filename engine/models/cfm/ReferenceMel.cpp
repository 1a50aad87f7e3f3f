#include "models/cfm/ReferenceMel.h"

#include "audio/MelFilterbank.h"
#include "audio/Spectrogram.h"

namespace timbre::cfm {
namespace {

constexpr double kSpecMin = -12.0, kSpecMax = 2.0;

}  // namespace

ReferenceMel::ReferenceMel(const CfmVersion& version, at::Device device)
    : m_version(version),
      m_basis(audio::slaneyMelBasis(version.melRateHz, version.melFft, version.melBins).to(device)) {}

at::Tensor ReferenceMel::operator()(const at::Tensor& wav) const {
  audio::SpectrogramOptions options;
  options.nFft = m_version.melFft;
  options.winLength = m_version.melFft;
  options.hopLength = m_version.melHop;
  const at::Tensor spec = audio::linearSpectrogram(wav.to(m_basis.device(), at::kFloat), options);
  return at::matmul(m_basis, spec).clamp_min(1e-5).log();
}

at::Tensor normalizeMel(const at::Tensor& logMel) { return (logMel - kSpecMin) / (kSpecMax - kSpecMin) * 2 - 1; }

at::Tensor denormalizeMel(const at::Tensor& mel) { return (mel + 1) / 2 * (kSpecMax - kSpecMin) + kSpecMin; }

}  // namespace timbre::cfm
