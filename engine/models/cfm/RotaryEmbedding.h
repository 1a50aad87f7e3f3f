#pragma once
// x-transformers RotaryEmbedding (≥ 1.30: interleaved pairs) as the DiT applies
// it: to q and k before the head split, so only the first rotary-width
// channels (head 0) turn. The inverse frequencies are the file's float16
// buffer, not a recomputation (spec §9.5: the rounding is visible at 3e-5).
#include <ATen/ATen.h>

namespace timbre::cfm {

class RotaryEmbedding {
 public:
  RotaryEmbedding() = default;
  explicit RotaryEmbedding(at::Tensor inverseFrequencies) : m_inverseFrequencies(std::move(inverseFrequencies)) {}

  // Rotation angles for positions 0..frames-1: [frames, 2·freqs], each angle twice (pairs).
  at::Tensor angles(int64_t frames) const;
  // t [B, T, D] -> [B, T, D] with channels [0, 2·freqs) rotated by `angles`.
  static at::Tensor apply(const at::Tensor& t, const at::Tensor& angles);

  int64_t width() const { return 2 * m_inverseFrequencies.size(0); }

 private:
  at::Tensor m_inverseFrequencies;  // [freqs]
};

}  // namespace timbre::cfm
