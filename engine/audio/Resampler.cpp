#include "audio/Resampler.h"

#include "timbre/Error.h"

#include <soxr.h>

#include <string>

namespace timbre::audio {

void checkSampleRate(int rateHz, const char* what) {
  if (rateHz < kMinSampleRateHz || rateHz > kMaxSampleRateHz)
    throw Error(ErrorCode::InvalidArgument, std::string(what) + ": sample rate " + std::to_string(rateHz) +
                                                " Hz is outside " + std::to_string(kMinSampleRateHz) + ".." +
                                                std::to_string(kMaxSampleRateHz) + " Hz");
}

std::size_t resampledLength(std::size_t count, int fromHz, int toHz) {
  const unsigned __int128 num = static_cast<unsigned __int128>(count) * static_cast<unsigned>(toHz);
  return static_cast<std::size_t>((num + static_cast<unsigned>(fromHz) - 1) / static_cast<unsigned>(fromHz));
}

std::vector<float> resample(const float* samples, std::size_t count, int fromHz, int toHz) {
  checkSampleRate(fromHz, "resample input");
  checkSampleRate(toHz, "resample output");
  if (fromHz == toHz || count == 0) return std::vector<float>(samples, samples + count);

  const std::size_t outLength = resampledLength(count, fromHz, toHz);
  std::vector<float> out(outLength, 0.0f);
  const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
  // soxr_oneshot defaults to LQ: ask for HQ explicitly, as python-soxr does for "soxr_hq".
  const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
  std::size_t consumed = 0, produced = 0;
  const soxr_error_t err = soxr_oneshot(static_cast<double>(fromHz), static_cast<double>(toHz), 1, samples, count,
                                        &consumed, out.data(), outLength, &produced, &io, &quality, nullptr);
  if (err)
    throw Error(ErrorCode::Internal, std::string("libsoxr failed to resample ") + std::to_string(fromHz) + " -> " +
                                         std::to_string(toHz) + " Hz: " + err);
  // soxr may deliver a few samples fewer than ceil(); the tail stays zero as librosa's fix_length pads it.
  return out;
}

}  // namespace timbre::audio
