#pragma once
// Judging SoVITS weights against the train-tiny digests where Adam's first
// step is ambiguous: an entry whose gradient is rounding noise (≤ 1e-6 of its
// tensor's gradient norm) moves by ±lr with either sign being as official as
// the other. Such entries are rarely among the sampled positions but do move
// the whole-tensor norm, so each affected tensor gets a norm slack of
// 2·step·sqrt(count) on top of the absolute bound.
#include "training/common/ParameterSet.h"
#include "training/common/TensorDigest.h"

#include <map>
#include <string>
#include <vector>

namespace timbre::training {

// Per parameter with noise-level gradient entries: the norm slack for an Adam
// step of size `stepSize` (lr / (1 − β1^t)). Call after the backward, before the step.
std::map<std::string, double> noiseLevelNormSlack(const ParameterSet& parameters, double stepSize);

// Entries within absLimit; norms within absLimit + slack (0 where not listed).
std::vector<DigestMismatch> compareWithNormSlack(const DigestTable& table, const at::Tensor& actualValues,
                                                 const at::Tensor& actualStats, const at::Tensor& expectedValues,
                                                 const at::Tensor& expectedStats, double absLimit,
                                                 const std::vector<std::string>& skip,
                                                 const std::map<std::string, double>& normSlack);

}  // namespace timbre::training
