#pragma once
// The official T2S sampling chain (GPT_SoVITS/AR/models/utils.py semantics):
// repetition penalty -> top-p on untempered logits -> temperature -> top-k
// (ties kept) -> softmax -> exponential-race draw argmax(probs / Exp(1)).
#include <ATen/ATen.h>

#include <cstdint>

namespace timbre::gpt {

struct SamplingParams {
  int topK = 15;                    // <= 0 disables top-k
  double topP = 1.0;                // applied only when < 1
  double temperature = 1.0;         // clamped below at 1e-5
  double repetitionPenalty = 1.35;  // 1.0 disables
  int earlyStopNum = -1;            // stop once more new tokens than this; < 0 -> 50 * maxSec
  int maxSteps = 1500;              // hard cap on decoding steps
  uint64_t seed = 0;                // seeds the Exp(1) noise; same seed, same tokens
  int recordLogitsSteps = 0;        // keep raw output-layer logits of the first N steps
  int suppressEosSteps = 0;         // EOS impossible for this many steps (at least the official 11); benchmarks
                                    // set it to maxSteps so every run does the same work
};

// logits [V] float (modified in place), previous [N] int64 on the same device.
// Divides positive / multiplies negative scores of every previous token by the
// penalty, once per distinct token.
void applyRepetitionPenalty(at::Tensor& logits, const at::Tensor& previous, double penalty);

// logits [V] float, already penalised -> [1] int64 token id (no host sync).
at::Tensor sampleToken(const at::Tensor& logits, const SamplingParams& params, at::Generator& generator);

// A private random source for `device`, seeded with `seed` (CPU: mt19937;
// CUDA: a clone of the device generator, re-seeded, so global state is untouched).
at::Generator makeGenerator(const at::Device& device, uint64_t seed);

}  // namespace timbre::gpt
