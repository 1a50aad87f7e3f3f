#include "core/Runtime.h"

#include <ATen/Parallel.h>
#include <ATen/Context.h>

#include <thread>

namespace timbre {

void setComputeThreads(int threads) {
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  at::set_num_threads(threads);
}

int computeThreads() { return at::get_num_threads(); }

bool cudaAvailable() { return at::hasCUDA(); }

}  // namespace timbre
