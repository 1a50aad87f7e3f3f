#pragma once
// How long one GPT training update takes on the full-size model (the official
// s1longer-v2 sizes: width 512, 16 heads, 24 layers) with random weights, so
// the CLI's bench can estimate fine-tuning time without real weights.
#include <ATen/ATen.h>

#include <cstdint>

namespace timbre::training::gpt {

struct GptUpdateBenchmark {
  double secondsPerUpdate = 0;  // mean over the timed updates
  int64_t batchSize = 0;
  int64_t phones = 0;           // per item
  int64_t tokens = 0;           // semantic tokens per item
  int updates = 0;              // timed updates
};

// One update = forward_old with dropout + backward over `batchSize` items of
// `phones` phones and `tokens` tokens, then a ScaledAdam step. `warmup`
// updates run untimed first. Throws timbre::Error(InvalidArgument) for sizes < 1.
GptUpdateBenchmark benchmarkGptUpdate(int64_t batchSize, at::Device device = at::kCPU, int updates = 3,
                                      int64_t phones = 60, int64_t tokens = 150, int warmup = 1);

}  // namespace timbre::training::gpt
