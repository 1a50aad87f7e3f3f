#include "audio/ReferenceAudio.h"

#include "audio/Resampler.h"
#include "audio/SincResampler.h"
#include "timbre/Error.h"

#include <ATen/ATen.h>

namespace timbre::audio {

at::Tensor referenceWaveform(const AudioBuffer& audio, int rateHz) {
  if (audio.empty()) throw Error(ErrorCode::Audio, "reference audio: no samples");
  checkSampleRate(audio.sampleRateHz, "reference audio");
  checkSampleRate(rateHz, "reference target");
  const AudioBuffer mono = mixToMono(audio);
  // [1, N] as the official code holds it; resampled as a tensor exactly like torchaudio does.
  at::Tensor wav = at::from_blob(const_cast<float*>(mono.samples.data()),
                                 {1, static_cast<int64_t>(mono.samples.size())}, at::kFloat)
                       .clone();
  if (mono.sampleRateHz != rateHz) wav = resampleSinc(wav, mono.sampleRateHz, rateHz);
  return normalizePeak(wav);
}

at::Tensor referenceSpectrogram(const AudioBuffer& audio, int rateHz, const SpectrogramOptions& options) {
  return linearSpectrogram(referenceWaveform(audio, rateHz), options);
}

}  // namespace timbre::audio
