#include "audio/SincResampler.h"

#include "audio/Resampler.h"
#include "timbre/Error.h"

#include <ATen/ATen.h>

#include <cmath>
#include <numeric>
#include <string>

namespace timbre::audio {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr int64_t kMaxKernelTaps = int64_t{1} << 24;

void checkOptions(const SincResampleOptions& options) {
  if (options.lowpassFilterWidth <= 0)
    throw Error(ErrorCode::InvalidArgument, "sinc resampling: lowpass filter width must be positive, got " +
                                                std::to_string(options.lowpassFilterWidth));
  if (!(options.rolloff > 0.0 && options.rolloff <= 1.0))
    throw Error(ErrorCode::InvalidArgument,
                "sinc resampling: rolloff must be in (0, 1], got " + std::to_string(options.rolloff));
}

// Zero padding on the left: enough inputs to cover lowpassFilterWidth zero crossings of the filter.
int64_t kernelWidth(int64_t orig, int64_t next, const SincResampleOptions& options) {
  const double baseFreq = static_cast<double>(std::min(orig, next)) * options.rolloff;
  return static_cast<int64_t>(std::ceil(options.lowpassFilterWidth * static_cast<double>(orig) / baseFreq));
}

}  // namespace

bool sincKernelIsPractical(int fromHz, int toHz, const SincResampleOptions& options) {
  const int64_t g = std::gcd(fromHz, toHz);
  const int64_t orig = fromHz / g, next = toHz / g;
  const int64_t width = kernelWidth(orig, next, options);
  return next * (2 * width + orig) <= kMaxKernelTaps;
}

at::Tensor sincResampleKernel(int fromHz, int toHz, const SincResampleOptions& options, int64_t* widthOut) {
  checkSampleRate(fromHz, "sinc resampling input");
  checkSampleRate(toHz, "sinc resampling output");
  checkOptions(options);
  const int64_t g = std::gcd(fromHz, toHz);
  const int64_t orig = fromHz / g, next = toHz / g;
  const double lpw = options.lowpassFilterWidth;
  const double baseFreq = static_cast<double>(std::min(orig, next)) * options.rolloff;
  const int64_t width = kernelWidth(orig, next, options);
  const int64_t taps = 2 * width + orig;
  const double scale = baseFreq / static_cast<double>(orig);

  at::Tensor kernel = at::empty({next, 1, taps}, at::kFloat);
  float* k = kernel.data_ptr<float>();
  for (int64_t phase = 0; phase < next; ++phase) {
    // Output `phase` of a period sits phase/next input periods after the filter's
    // reference; torchaudio forms this offset in float32 before widening, keep that.
    const double offset = static_cast<double>(static_cast<float>(-phase) / static_cast<float>(next));
    for (int64_t j = 0; j < taps; ++j) {
      const double idx = static_cast<double>(j - width) / static_cast<double>(orig);
      double t = (offset + idx) * baseFreq;  // distance in zero crossings of the low-pass
      t = std::clamp(t, -lpw, lpw);
      const double c = std::cos(t * kPi / lpw / 2.0);
      const double window = c * c;  // Hann window over +-lpw crossings
      const double x = t * kPi;
      const double sinc = x == 0.0 ? 1.0 : std::sin(x) / x;
      k[phase * taps + j] = static_cast<float>(sinc * (window * scale));
    }
  }
  if (widthOut) *widthOut = width;
  return kernel;
}

at::Tensor resampleSinc(const at::Tensor& wav, int fromHz, int toHz, const SincResampleOptions& options) {
  checkSampleRate(fromHz, "sinc resampling input");
  checkSampleRate(toHz, "sinc resampling output");
  checkOptions(options);
  if (wav.dim() < 1)
    throw Error(ErrorCode::InvalidArgument, "sinc resampling: expected a waveform [..., N], got a scalar");
  if (wav.scalar_type() != at::kFloat)
    throw Error(ErrorCode::InvalidArgument, "sinc resampling: expected float32 samples");
  if (fromHz == toHz) return wav;

  const int64_t length = wav.size(-1);
  const int64_t orig = fromHz / std::gcd(fromHz, toHz);
  const int64_t target = static_cast<int64_t>(resampledLength(static_cast<std::size_t>(length), fromHz, toHz));
  std::vector<int64_t> outShape(wav.sizes().begin(), wav.sizes().end());
  outShape.back() = target;

  at::Tensor rows = wav.reshape({-1, length});  // [B, N]
  if (!sincKernelIsPractical(fromHz, toHz, options)) {
    at::Tensor cpu = rows.to(at::kCPU).contiguous();
    at::Tensor out = at::empty({cpu.size(0), target}, at::kFloat);
    for (int64_t b = 0; b < cpu.size(0); ++b) {
      const std::vector<float> r = resample(cpu[b].data_ptr<float>(), static_cast<std::size_t>(length), fromHz, toHz);
      std::copy(r.begin(), r.end(), out[b].data_ptr<float>());
    }
    return out.to(wav.device()).reshape(outShape);
  }

  int64_t width = 0;
  const at::Tensor kernel = sincResampleKernel(fromHz, toHz, options, &width).to(wav.device());
  // Zero-pad so every output phase sees full filter support, then one strided conv
  // gives [B, next, periods]; interleaving the phases restores time order.
  at::Tensor padded = at::constant_pad_nd(rows, {width, width + orig}, 0.0);  // [B, N + 2w + orig]
  at::Tensor phases = at::conv1d(padded.unsqueeze(1), kernel, {}, {orig});    // [B, next, periods]
  at::Tensor out = phases.transpose(1, 2).reshape({rows.size(0), -1});       // [B, next * periods]
  return out.slice(1, 0, target).reshape(outShape);
}

std::vector<float> resampleSinc(const float* samples, std::size_t count, int fromHz, int toHz,
                                const SincResampleOptions& options) {
  if (fromHz == toHz) {
    checkSampleRate(fromHz, "sinc resampling input");
    return std::vector<float>(samples, samples + count);
  }
  if (count == 0) return {};
  const at::Tensor in =
      at::from_blob(const_cast<float*>(samples), {static_cast<int64_t>(count)}, at::kFloat);
  const at::Tensor out = resampleSinc(in, fromHz, toHz, options).contiguous();
  const float* p = out.data_ptr<float>();
  return std::vector<float>(p, p + out.numel());
}

}  // namespace timbre::audio
