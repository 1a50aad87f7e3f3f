#pragma once
// x·Wᵀ + b for the decode loop. A single row (batch 1, one token) goes through
// a matrix-vector product: OpenBLAS's gemm with one row runs several times
// slower than its gemv, and at batch 1 every GPT step is a chain of these.
// More rows use the ordinary linear (a real matrix product).
#include <ATen/ATen.h>

namespace timbre::gpt {

// x [..., in], weight [out, in], bias [out] or undefined -> [..., out]
inline at::Tensor rowLinear(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias = {}) {
  const int64_t in = x.size(-1);
  if (x.numel() != in || !x.device().is_cpu()) return at::linear(x, weight, bias);
  std::vector<int64_t> shape = x.sizes().vec();
  shape.back() = weight.size(0);
  const at::Tensor row = x.reshape({in});
  return (bias.defined() ? at::addmv(bias, weight, row) : at::mv(weight, row)).view(shape);
}

}  // namespace timbre::gpt
