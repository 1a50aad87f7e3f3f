#pragma once
// The decoder's prior noise, drawn per latent frame from a seed: frame f's
// noise does not depend on how many frames are drawn or in what pieces, so a
// streamed decode that renders frames chunk by chunk uses exactly the noise of
// the one-pass decode with the same seed.
#include <ATen/ATen.h>

#include <cstdint>

namespace timbre::sovits {

// Standard normal noise for frames [begin, end): [1, channels, end - begin] float CPU.
at::Tensor frameNoise(uint64_t seed, int64_t channels, int64_t begin, int64_t end);

}  // namespace timbre::sovits
