#pragma once
// NumPy's float32 pairwise summation (umath loops: blocks of 128 summed in 8
// interleaved lanes, recursive halving above), so float32 means match NumPy's
// to the last bit and threshold decisions taken on them fall the same way.
#include <cstdint>

namespace timbre::training::data {

float numpyPairwiseSum(const float* values, int64_t count);

}  // namespace timbre::training::data
