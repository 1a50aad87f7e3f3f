#include "audio/AudioBuffer.h"

namespace timbre::audio {

AudioBuffer mixToMono(const AudioBuffer& audio) {
  if (audio.channels <= 1) return audio;
  AudioBuffer mono;
  mono.sampleRateHz = audio.sampleRateHz;
  mono.channels = 1;
  const std::size_t frames = audio.frames();
  const std::size_t channels = static_cast<std::size_t>(audio.channels);
  mono.samples.resize(frames);
  for (std::size_t f = 0; f < frames; ++f) {
    // Sum in float then divide, as torch's float32 mean over a short dimension does.
    float sum = 0.0f;
    for (std::size_t c = 0; c < channels; ++c) sum += audio.samples[f * channels + c];
    mono.samples[f] = sum / static_cast<float>(channels);
  }
  return mono;
}

}  // namespace timbre::audio
