#include "models/cfm/RotaryEmbedding.h"

namespace timbre::cfm {

at::Tensor RotaryEmbedding::angles(int64_t frames) const {
  const at::Tensor positions = at::arange(frames, m_inverseFrequencies.options());
  const at::Tensor freqs = at::outer(positions, m_inverseFrequencies);  // [T, F]
  return at::stack({freqs, freqs}, -1).reshape({frames, -1});           // (f0, f0, f1, f1, …)
}

at::Tensor RotaryEmbedding::apply(const at::Tensor& t, const at::Tensor& angles) {
  const int64_t width = angles.size(-1);
  const at::Tensor rotated = t.narrow(-1, 0, width);
  // rotate_half on pairs: (x0, x1) -> (−x1, x0)
  const at::Tensor pairs = rotated.unflatten(-1, {width / 2, 2});
  const at::Tensor half = at::stack({-pairs.select(-1, 1), pairs.select(-1, 0)}, -1).flatten(-2);
  const at::Tensor out = rotated * angles.cos() + half * angles.sin();
  if (width == t.size(-1)) return out;
  return at::cat({out, t.narrow(-1, width, t.size(-1) - width)}, -1);
}

}  // namespace timbre::cfm
