#include "audio/MelFilterbank.h"

#include "timbre/Error.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace timbre::audio {

namespace {

// librosa's Slaney scale: linear below 1 kHz (200/3 Hz per mel), logarithmic above.
constexpr double kLinearHzPerMel = 200.0 / 3.0;
constexpr double kLogStartHz = 1000.0;
constexpr double kLogStartMel = kLogStartHz / kLinearHzPerMel;  // 15
const double kLogStep = std::log(6.4) / 27.0;

double hzToMel(double hz) {
  if (hz >= kLogStartHz) return kLogStartMel + std::log(hz / kLogStartHz) / kLogStep;
  return hz / kLinearHzPerMel;
}

double melToHz(double mel) {
  if (mel >= kLogStartMel) return kLogStartHz * std::exp(kLogStep * (mel - kLogStartMel));
  return kLinearHzPerMel * mel;
}

}  // namespace

at::Tensor slaneyMelBasis(int64_t sampleRate, int64_t nFft, int64_t melBins, double fminHz, double fmaxHz) {
  const int64_t bins = nFft / 2 + 1, mels = melBins;
  const double fmax = fmaxHz < 0 ? sampleRate / 2.0 : fmaxHz;
  if (mels < 1 || nFft < 2 || fmax <= fminHz)
    throw Error(ErrorCode::InvalidArgument, "slaneyMelBasis: bad mel options");

  // numpy.linspace over mels: start + i·step, the last point exactly `stop`.
  const double melLow = hzToMel(fminHz), melHigh = hzToMel(fmax);
  const int64_t points = mels + 2;
  const double step = (melHigh - melLow) / double(points - 1);
  std::vector<double> edgesHz(points);
  for (int64_t i = 0; i < points; ++i) edgesHz[i] = melToHz(i == points - 1 ? melHigh : melLow + double(i) * step);

  const double binHz = double(sampleRate) / double(nFft);
  at::Tensor basis = at::zeros({mels, bins}, at::kFloat);
  float* out = basis.data_ptr<float>();
  for (int64_t m = 0; m < mels; ++m) {
    const double lowerWidth = edgesHz[m + 1] - edgesHz[m], upperWidth = edgesHz[m + 2] - edgesHz[m + 1];
    // Slaney normalisation: each triangle has unit area (2 / bandwidth).
    const double norm = 2.0 / (edgesHz[m + 2] - edgesHz[m]);
    for (int64_t k = 0; k < bins; ++k) {
      const double hz = double(k) * binHz;
      const double rising = (hz - edgesHz[m]) / lowerWidth;   // -ramps[m] / fdiff[m]
      const double falling = (edgesHz[m + 2] - hz) / upperWidth;
      const double w = std::max(0.0, std::min(rising, falling));
      // librosa stores the triangle in float32 first, then scales it in float64.
      out[m * bins + k] = float(double(float(w)) * norm);
    }
  }
  return basis;
}

}  // namespace timbre::audio
