#include "models/speaker/KaldiFbank.h"

#include "timbre/Error.h"

#include <cmath>
#include <limits>
#include <string>

namespace timbre::speaker {
namespace {

constexpr double kMillisecondsToSeconds = 0.001;
constexpr double kPi = 3.14159265358979323846;
// std::numeric_limits<float>::epsilon(): Kaldi's floor before every log.
constexpr double kFloatEpsilon = 1.1920928955078125e-07;

struct FrameGeometry {
  int64_t shift = 0;   // samples between frame starts
  int64_t size = 0;    // samples per frame
  int64_t padded = 0;  // FFT length
};

int64_t nextPowerOfTwo(int64_t x) {
  int64_t p = 1;
  while (p < x) p <<= 1;
  return p;
}

[[noreturn]] void invalid(const std::string& message) {
  throw Error(ErrorCode::InvalidArgument, "kaldiFbank: " + message);
}

// The same double arithmetic (and truncation) as the reference, so e.g.
// 16000 Hz * 10 ms gives exactly 160 samples.
FrameGeometry geometry(const FbankOptions& o) {
  if (!(o.sampleRate > 0)) invalid("sample rate must be positive, got " + std::to_string(o.sampleRate));
  FrameGeometry g;
  g.shift = static_cast<int64_t>(o.sampleRate * o.frameShiftMs * kMillisecondsToSeconds);
  g.size = static_cast<int64_t>(o.sampleRate * o.frameLengthMs * kMillisecondsToSeconds);
  g.padded = o.roundToPowerOfTwo ? nextPowerOfTwo(g.size) : g.size;
  if (g.size < 2) invalid("frame length gives " + std::to_string(g.size) + " samples; need at least 2");
  if (g.shift <= 0) invalid("frame shift gives " + std::to_string(g.shift) + " samples; need at least 1");
  if (g.padded % 2 != 0)
    invalid("the FFT length " + std::to_string(g.padded) + " must be even (use roundToPowerOfTwo)");
  if (!(o.preemphasis >= 0.0 && o.preemphasis <= 1.0))
    invalid("preemphasis must be in [0, 1], got " + std::to_string(o.preemphasis));
  return g;
}

// [N] -> [frames, size], rows are (views of) the frames.
at::Tensor strided(const at::Tensor& wave, const FrameGeometry& g, bool snipEdges) {
  const int64_t n = wave.size(0);
  if (snipEdges) {
    const int64_t m = 1 + (n - g.size) / g.shift;
    return wave.as_strided({m, g.size}, {g.shift, 1});
  }
  // Reflect at both ends with the edge sample repeated: [2,1,0 | 0,1,2 ...].
  const int64_t m = (n + g.shift / 2) / g.shift;
  const int64_t pad = g.size / 2 - g.shift / 2;
  const at::Tensor reversed = wave.flip({0});
  at::Tensor padded;
  if (pad > 0)
    padded = at::cat({reversed.slice(0, n - pad, n), wave, reversed});
  else
    padded = at::cat({wave.slice(0, -pad, n), reversed});
  padded = padded.contiguous();
  return padded.as_strided({m, g.size}, {g.shift, 1});
}

// [size] float32
at::Tensor windowFunction(const FbankOptions& o, int64_t size, const at::TensorOptions& opts) {
  switch (o.window) {
    case FbankWindow::Hanning:
      return at::hann_window(size, /*periodic=*/false, opts);
    case FbankWindow::Hamming:
      return at::hamming_window(size, /*periodic=*/false, 0.54, 0.46, opts);
    case FbankWindow::Povey:
      // A Hann window raised to 0.85: like Hann but not quite zero at the edges.
      return at::hann_window(size, /*periodic=*/false, opts).pow(0.85);
    case FbankWindow::Rectangular:
      return at::ones({size}, opts);
    case FbankWindow::Blackman: {
      const double a = 2 * kPi / static_cast<double>(size - 1);
      const at::Tensor n = at::arange(size, opts);
      return at::rsub(at::cos(n * a) * 0.5, o.blackmanCoeff) + at::cos(n * (2 * a)) * (0.5 - o.blackmanCoeff);
    }
  }
  invalid("unknown window type");
}

// [m, size] -> [m]
at::Tensor logEnergy(const at::Tensor& frames, double energyFloor) {
  const at::Tensor eps = at::scalar_tensor(kFloatEpsilon, frames.options());
  at::Tensor energy = at::maximum(frames.pow(2).sum(1), eps).log();
  if (energyFloor == 0.0) return energy;
  return at::maximum(energy, at::scalar_tensor(std::log(energyFloor), frames.options()));
}

double melScale(double hz) { return 1127.0 * std::log(1.0 + hz / 700.0); }

}  // namespace

int64_t fbankFrameCount(int64_t numSamples, const FbankOptions& options) {
  const FrameGeometry g = geometry(options);
  if (options.snipEdges) return numSamples < g.size ? 0 : 1 + (numSamples - g.size) / g.shift;
  return (numSamples + g.shift / 2) / g.shift;
}

at::Tensor kaldiMelBanks(const FbankOptions& o) {
  const FrameGeometry g = geometry(o);
  const int64_t numBins = o.numMelBins;
  if (numBins <= 3) invalid("need more than 3 mel bins, got " + std::to_string(numBins));
  const double nyquist = 0.5 * o.sampleRate;
  double highFreq = o.highFreq;
  if (highFreq <= 0.0) highFreq += nyquist;
  if (!(o.lowFreq >= 0.0 && o.lowFreq < nyquist && highFreq > 0.0 && highFreq <= nyquist && o.lowFreq < highFreq))
    invalid("bad mel range: low " + std::to_string(o.lowFreq) + " Hz, high " + std::to_string(highFreq) +
            " Hz, Nyquist " + std::to_string(nyquist) + " Hz");

  // Same float32 tensor arithmetic, in the same order, as the reference: the
  // bins are then bit-identical rather than merely close.
  const double fftBinWidth = o.sampleRate / static_cast<double>(g.padded);
  const double melLow = melScale(o.lowFreq);
  const double melHigh = melScale(highFreq);
  const double melDelta = (melHigh - melLow) / static_cast<double>(numBins + 1);

  const at::Tensor bin = at::arange(numBins, at::kLong).unsqueeze(1);                  // [bins, 1]
  const at::Tensor leftMel = at::add(bin * melDelta, melLow);
  const at::Tensor centerMel = at::add((bin + 1.0) * melDelta, melLow);
  const at::Tensor rightMel = at::add((bin + 2.0) * melDelta, melLow);
  const at::Tensor fftFreq = at::arange(g.padded / 2, at::kFloat) * fftBinWidth;        // [fft/2]
  const at::Tensor mel = ((fftFreq / 700.0 + 1.0).log() * 1127.0).unsqueeze(0);        // [1, fft/2]

  const at::Tensor up = (mel - leftMel) / (centerMel - leftMel);
  const at::Tensor down = (rightMel - mel) / (rightMel - centerMel);
  const at::Tensor bins = at::maximum(at::zeros({1}, at::kFloat), at::minimum(up, down));  // [bins, fft/2]
  // The Nyquist bin gets no weight.
  return at::constant_pad_nd(bins, {0, 1}, 0.0);
}

// wave [N] or [1, N] -> [frames, numMelBins (+1)]
at::Tensor kaldiFbank(const at::Tensor& wave, const FbankOptions& o) {
  if (!wave.defined()) invalid("the wave is undefined");
  if (!(wave.dim() == 1 || (wave.dim() == 2 && wave.size(0) == 1)))
    invalid("expected a mono wave [N] or [1, N], got " + std::to_string(wave.dim()) + "-D shape " +
            c10::str(wave.sizes()));
  if (!at::isFloatingType(wave.scalar_type()))
    invalid(std::string("expected a floating-point wave, got ") + c10::toString(wave.scalar_type()));
  const FrameGeometry g = geometry(o);
  const at::Tensor samples = wave.reshape({-1}).to(at::kFloat).contiguous();
  const int64_t n = samples.size(0);
  if (n < g.size)
    invalid("the wave has " + std::to_string(n) + " samples; one frame needs " + std::to_string(g.size));
  const at::TensorOptions opts = samples.options();

  at::Tensor frames = strided(samples, g, o.snipEdges);                                 // [m, size]
  if (o.removeDcOffset) frames = frames - frames.mean(1, /*keepdim=*/true);
  at::Tensor energy;
  if (o.useEnergy && o.rawEnergy) energy = logEnergy(frames, o.energyFloor);
  if (o.preemphasis != 0.0) {
    // x[j] -= k * x[max(0, j - 1)]
    const at::Tensor previous = at::cat({frames.slice(1, 0, 1), frames.slice(1, 0, g.size - 1)}, 1);
    frames = frames - previous * o.preemphasis;
  }
  frames = frames * windowFunction(o, g.size, opts).unsqueeze(0);
  if (g.padded != g.size) frames = at::constant_pad_nd(frames, {0, g.padded - g.size}, 0.0);  // [m, padded]
  if (o.useEnergy && !o.rawEnergy) energy = logEnergy(frames, o.energyFloor);

  at::Tensor spectrum = at::fft_rfft(frames).abs();                                     // [m, padded/2 + 1]
  if (o.usePower) spectrum = spectrum.pow(2.0);
  const at::Tensor banks = kaldiMelBanks(o).to(samples.device());                      // [bins, padded/2 + 1]
  at::Tensor features = at::mm(spectrum, banks.t());                                    // [m, bins]
  if (o.useLogFbank) features = at::maximum(features, at::scalar_tensor(kFloatEpsilon, opts)).log();
  if (o.useEnergy) {
    const at::Tensor column = energy.unsqueeze(1);
    features = o.htkCompat ? at::cat({features, column}, 1) : at::cat({column, features}, 1);
  }
  if (o.subtractMean) features = features - features.mean(0, /*keepdim=*/true);
  return features;
}

}  // namespace timbre::speaker
