#include "models/gpt/GptPositions.h"

#include <cmath>

namespace timbre::gpt {

at::Tensor sinePositionTable(int64_t count, int64_t dim) {
  const auto f32 = at::TensorOptions().dtype(at::kFloat);
  const at::Tensor position = at::arange(0, count, f32).unsqueeze(1);                        // [count, 1]
  const at::Tensor rate = at::exp(at::arange(0, dim, 2, f32) * -(std::log(10000.0) / dim));  // [ceil(dim/2)]
  const at::Tensor angle = position * rate;                                                  // [count, ceil(dim/2)]
  at::Tensor table = at::zeros({count, dim}, f32);
  table.slice(1, 0, dim, 2).copy_(at::sin(angle));
  table.slice(1, 1, dim, 2).copy_(at::cos(angle).narrow(1, 0, dim / 2));
  return table;
}

}  // namespace timbre::gpt
