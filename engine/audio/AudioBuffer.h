#pragma once
// Decoded audio held in memory: interleaved float32 samples, nominally in
// [-1, 1] (float files may exceed it), at one sample rate.
#include <cstddef>
#include <vector>

namespace timbre::audio {

struct AudioBuffer {
  std::vector<float> samples;  // interleaved: frame f, channel c at [f * channels + c]
  int sampleRateHz = 0;
  int channels = 1;

  std::size_t frames() const { return channels > 0 ? samples.size() / static_cast<std::size_t>(channels) : 0; }
  double durationSeconds() const {
    return sampleRateHz > 0 ? static_cast<double>(frames()) / sampleRateHz : 0.0;
  }
  bool empty() const { return samples.empty(); }
};

// Mean over all channels, frame by frame (a mono buffer is returned unchanged).
// The official reference path averages only when there are exactly 2 channels
// and leaves other layouts alone; for more than 2 channels we average them all,
// since a multi-channel reference has no defined meaning there.
AudioBuffer mixToMono(const AudioBuffer& audio);

}  // namespace timbre::audio
