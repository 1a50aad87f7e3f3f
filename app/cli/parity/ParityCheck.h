#pragma once
// How close a recomputed parity output must be to the official one. The rules
// are the contract of the synthesis-core issue: codes and tokens identical,
// GPT logits and decoder values within 1e-4 absolute, the speaker vectors
// within 1e-5 (fixtures README), spectrograms within 1e-5 of their scale.
#include <ATen/core/Tensor.h>

#include <string>

namespace timbre::cli::parity {

struct Tolerance {
  enum class Kind { Exact, Absolute, RelativeToPeak } kind = Kind::Exact;
  double limit = 0.0;
  std::string describe() const;
};

// The rule for an output file, by its stem and the dtype of the official file.
Tolerance toleranceFor(const std::string& stem, at::ScalarType officialType);

struct CheckResult {
  bool passed = false;
  double error = 0.0;  // in the rule's unit (absolute, or relative to the official peak)
  std::string detail;  // shape mismatch, first differing index, …
};

CheckResult compareOutput(const at::Tensor& actual, const at::Tensor& official, const Tolerance& tolerance);

}  // namespace timbre::cli::parity
