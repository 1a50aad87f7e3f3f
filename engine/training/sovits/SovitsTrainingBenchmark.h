#pragma once
// How long one SoVITS training iteration (forward, D step, G step) takes at a
// batch size on full-size models with random weights (the official s2.json /
// Pro sizes, enc_q included, and the full discriminator), so `timbre-cli bench`
// can report training speed without any model file.
#include "checkpoint/ModelIdentity.h"

#include <ATen/ATen.h>

#include <cstdint>

namespace timbre::training {

struct SovitsTrainingBenchmarkOptions {
  checkpoint::SovitsVersion version = checkpoint::SovitsVersion::V2;
  int64_t batchSize = 4;
  double clipSeconds = 5.0;  // every item of the batch this long
  int iterations = 3;        // timed, after one untimed warm-up iteration
  at::Device device = at::kCPU;
};

struct SovitsTrainingBenchmarkResult {
  double secondsPerIteration = 0;
  int64_t generatorParameters = 0;
  int64_t discriminatorParameters = 0;
};

// Throws timbre::Error(InvalidArgument) for a non-positive batch size, clip
// length or iteration count, or a version other than v1/v2/v2Pro/v2ProPlus.
SovitsTrainingBenchmarkResult benchmarkSovitsTraining(const SovitsTrainingBenchmarkOptions& options);

}  // namespace timbre::training
