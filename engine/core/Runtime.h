#pragma once
// Process-wide compute settings: thread count and device choice.
#include <string>

namespace timbre {

// Sets libtorch's intra-op thread count. 0 picks the number of hardware
// threads (Debian's libtorch otherwise defaults to one).
void setComputeThreads(int threads);
int computeThreads();

// True when the linked libtorch has CUDA and a device is visible.
bool cudaAvailable();

}  // namespace timbre
