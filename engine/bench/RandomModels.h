#pragma once
// Full-size GPT and SoVITS models with random weights, built from the official
// sizes (s1longer-v2.yaml, s2.json / s2v2Pro.json): benchmarks then need no real
// weights and still do exactly the work the released models do.
#include "checkpoint/ModelIdentity.h"
#include "models/gpt/GptModel.h"
#include "models/sovits/SovitsModel.h"

namespace timbre::bench {

// version: V2 or V2Pro (V1 and V2ProPlus sizes work too). Weights are small
// random normals (fixed seed), the codebook random, weight norm folded.
gpt::GptModel randomGpt(checkpoint::SovitsVersion version, at::Device device = at::kCPU,
                        at::ScalarType dtype = at::kFloat);
sovits::SovitsModel randomSovits(checkpoint::SovitsVersion version, at::Device device = at::kCPU,
                                 at::ScalarType dtype = at::kFloat);

}  // namespace timbre::bench
