#pragma once
// Which CPU thread pool a trainer's work gets (core/Runtime.h explains the two
// pools). Measured with `timbre-cli bench --train` on the 2-core CI kind (AMD):
// a SoVITS iteration is mostly oneDNN convolutions, which run on ATen's OpenMP
// threads: 14.5 s with the threads there, 25.2 s with them given to OpenBLAS
// (55 s against 70 s with two busy processes beside it). A GPT update is matrix
// products: 8.5 s with OpenBLAS's threads, 12.3 s with OpenMP's, but 237 s
// against 33 s when two busy processes share the cores (OpenBLAS's threads wait
// on each other at every product), noted for the CPU-speed issue. Holding the
// stage also keeps a seeded run's sums the same whatever else the process does.
#include "core/Runtime.h"

#include <c10/core/Device.h>

#include <optional>

namespace timbre::training {

enum class TrainerKind { Sovits, Gpt };

class TrainingThreadsScope {
 public:
  // Holds the stage on the CPU; on another device the CPU pools are left alone.
  TrainingThreadsScope(TrainerKind trainer, const c10::Device& device);

 private:
  std::optional<ComputeKindScope> m_scope;
};

}  // namespace timbre::training
