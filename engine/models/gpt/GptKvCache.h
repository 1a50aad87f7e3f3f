#pragma once
// Pre-allocated key/value cache of the T2S decoder: one [batch, heads, capacity,
// headDim] buffer per layer for keys and one for values, written in place step
// by step instead of concatenating. Head-major, so each head's keys so far are
// one strided block the attention product reads directly, without a copy.
#include <ATen/ATen.h>

#include <cstdint>
#include <vector>

namespace timbre::gpt {

struct GptKvCache {
  std::vector<at::Tensor> keys;    // per layer [batch, heads, capacity, headDim]
  std::vector<at::Tensor> values;  // per layer [batch, heads, capacity, headDim]

  static GptKvCache allocate(int64_t numLayers, int64_t capacity, int64_t modelDim, int64_t numHeads,
                             const at::TensorOptions& options, int64_t batch = 1) {
    GptKvCache cache;
    cache.keys.reserve(numLayers);
    cache.values.reserve(numLayers);
    for (int64_t i = 0; i < numLayers; ++i) {
      cache.keys.push_back(at::empty({batch, numHeads, capacity, modelDim / numHeads}, options));
      cache.values.push_back(at::empty({batch, numHeads, capacity, modelDim / numHeads}, options));
    }
    return cache;
  }

  int64_t capacity() const { return keys.empty() ? 0 : keys.front().size(2); }
};

}  // namespace timbre::gpt
