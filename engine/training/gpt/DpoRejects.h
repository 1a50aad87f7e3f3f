#pragma once
// make_reject_y of the official DPO path: one "repeat" negative per item (a
// random span of the tokens said twice; the official draw picks the "lost"
// variant with probability 0). Built from the PADDED rows, as the official
// code does, so rejects of shorter items contain pad tokens counted in their
// length; zero-padded to the longest.
#include <ATen/ATen.h>

#include <utility>

namespace timbre::training::gpt {

// semanticIds [B, L] int64 -> (rejects [B, Lr] int64, lengths [B] int64), on the CPU.
std::pair<at::Tensor, at::Tensor> makeRejects(const at::Tensor& semanticIds, at::Generator& generator);

}  // namespace timbre::training::gpt
