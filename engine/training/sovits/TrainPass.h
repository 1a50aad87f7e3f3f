#pragma once
// What one training forward shares across the sub-networks: whether dropout is
// on, and the generator every random draw (dropout masks, enc_q's noise, the
// slice starts) comes from, so a seeded run replays exactly.
#include <ATen/ATen.h>

#include <optional>

namespace timbre::training {

struct TrainPass {
  bool training = false;
  const at::Generator* rng = nullptr;  // nullptr: the default CPU generator

  c10::optional<at::Generator> generator() const {
    if (rng) return c10::optional<at::Generator>(*rng);
    return c10::nullopt;
  }

  // nn.Dropout(p) in train mode: keep with probability 1 − p, scale the kept
  // by 1 / (1 − p); identity in eval mode. Same draw as torch's CPU dropout
  // (one bernoulli_ over a tensor shaped like x).
  at::Tensor dropout(const at::Tensor& x, double p) const {
    if (!training || p <= 0.0) return x;
    if (p >= 1.0) return x * 0.0;
    at::Tensor keep = at::empty_like(x);
    keep.bernoulli_(1.0 - p, generator());
    keep.div_(1.0 - p);
    return x * keep;
  }
};

}  // namespace timbre::training
