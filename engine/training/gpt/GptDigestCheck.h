#pragma once
// Digest comparisons for the GPT fixtures that leave out the attention
// key-bias slices (in_proj_bias[E:2E]): their gradient is mathematically zero
// (softmax ignores a shift of every score), so the stored values are rounding
// noise that ScaledAdam turns into full-size steps of random sign. Those rows
// are compared entry by entry outside the slice, without their whole-tensor
// statistics.
#include "training/common/TensorDigest.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace timbre::training::gpt {

struct ZeroGradientSlice {
  std::string name;  // digest-table name ("h.layers.0.self_attn.in_proj_bias")
  int64_t begin = 0, end = 0;
};

// manifest gpt.zero_gradient_slices: [[name, begin, end], …]
std::vector<ZeroGradientSlice> zeroGradientSlices(const nlohmann::json& rows);

// DigestTable::compare for every row without a slice; rows with one are
// compared at their sampled positions outside it. index: the digest index
// positions (<model>_digest_index.npy).
std::vector<DigestMismatch> compareDigestOutsideSlices(const DigestTable& table, const at::Tensor& index,
                                                       const at::Tensor& actualValues, const at::Tensor& actualStats,
                                                       const at::Tensor& expectedValues,
                                                       const at::Tensor& expectedStats, double relOfNorm,
                                                       double absLimit,
                                                       const std::vector<ZeroGradientSlice>& slices);

}  // namespace timbre::training::gpt
