#pragma once
// The sinusoidal table of the official SinePositionalEmbedding (scale off, the
// learned alpha applied by the caller). Text and audio positions both start at 0.
#include <ATen/ATen.h>

#include <cstdint>

namespace timbre::gpt {

// [count, dim] float32 on the CPU: pe[p, 2i] = sin(p w_i), pe[p, 2i+1] = cos(p w_i),
// w_i = exp(-2i ln(10000) / dim), computed in float32 like the official table.
at::Tensor sinePositionTable(int64_t count, int64_t dim);

}  // namespace timbre::gpt
