#include "models/gpt/GptSampling.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <limits>
#include <mutex>

namespace timbre::gpt {

void applyRepetitionPenalty(at::Tensor& logits, const at::Tensor& previous, double penalty) {
  if (penalty == 1.0 || previous.numel() == 0) return;
  const at::Tensor score = logits.gather(0, previous);
  const at::Tensor penalised = at::where(score < 0, score * penalty, score / penalty);
  // Duplicate indices write identical values, so the scatter is order-independent.
  logits.scatter_(0, previous, penalised);
}

at::Tensor sampleToken(const at::Tensor& penalised, const SamplingParams& params, at::Generator& generator) {
  constexpr double kNegInf = -std::numeric_limits<double>::infinity();
  at::Tensor logits = penalised;
  if (params.topP < 1.0) {
    // Nucleus on the untempered logits: drop every sorted entry whose running
    // probability already exceeds top_p, but never the most likely one.
    const auto sorted = at::sort(logits, /*dim=*/0, /*descending=*/true);
    const at::Tensor& sortedLogits = std::get<0>(sorted);
    const at::Tensor& sortedIndex = std::get<1>(sorted);
    at::Tensor removeSorted = at::softmax(sortedLogits, 0).cumsum(0) > params.topP;
    removeSorted.narrow(0, 0, 1).fill_(false);
    const at::Tensor remove = removeSorted.scatter(0, sortedIndex, removeSorted);
    logits = logits.masked_fill(remove, kNegInf);
  }
  logits = logits / std::max(params.temperature, 1e-5);
  if (params.topK > 0) {
    const int64_t k = std::min<int64_t>(params.topK, logits.size(0));
    const at::Tensor pivot = std::get<0>(at::topk(logits, k)).narrow(0, k - 1, 1);
    logits = logits.masked_fill(logits < pivot, kNegInf);
  }
  const at::Tensor probs = at::softmax(logits, 0);
  // Exponential race: argmax(p / E) with E ~ Exp(1) is a draw from p.
  const at::Tensor noise = at::empty_like(probs).exponential_(1.0, generator);
  return (probs / noise).argmax(0, /*keepdim=*/true).to(at::kLong);
}

at::Generator makeGenerator(const at::Device& device, uint64_t seed) {
  if (device.is_cpu()) return at::make_generator<at::CPUGeneratorImpl>(seed);
  at::Generator deviceDefault = at::globalContext().defaultGenerator(device);
  at::Generator generator;
  {
    std::lock_guard<std::mutex> lock(deviceDefault.mutex());
    generator = deviceDefault.clone();
  }
  generator.set_current_seed(seed);
  return generator;
}

}  // namespace timbre::gpt
