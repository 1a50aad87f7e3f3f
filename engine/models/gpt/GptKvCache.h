#pragma once
// Pre-allocated key/value cache of the T2S decoder: one [batch, capacity, modelDim]
// buffer per layer for keys and one for values (pre head-split), written in
// place step by step instead of concatenating.
#include <ATen/ATen.h>

#include <cstdint>
#include <vector>

namespace timbre::gpt {

struct GptKvCache {
  std::vector<at::Tensor> keys;    // per layer [batch, capacity, modelDim]
  std::vector<at::Tensor> values;  // per layer [batch, capacity, modelDim]

  static GptKvCache allocate(int64_t numLayers, int64_t capacity, int64_t modelDim, const at::TensorOptions& options,
                             int64_t batch = 1) {
    GptKvCache cache;
    cache.keys.reserve(numLayers);
    cache.values.reserve(numLayers);
    for (int64_t i = 0; i < numLayers; ++i) {
      cache.keys.push_back(at::empty({batch, capacity, modelDim}, options));
      cache.values.push_back(at::empty({batch, capacity, modelDim}, options));
    }
    return cache;
  }

  int64_t capacity() const { return keys.empty() ? 0 : keys.front().size(1); }
};

}  // namespace timbre::gpt
