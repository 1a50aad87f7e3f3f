#pragma once
// Process-wide compute settings: thread count and device choice.
#include <string>

namespace timbre {

// Sets the thread budget of CPU inference. 0 picks the number of hardware
// threads (Debian's libtorch otherwise defaults to one).
void setComputeThreads(int threads);
int computeThreads();

// True when the linked libtorch has CUDA and a device is visible.
bool cudaAvailable();

// Debian's libtorch runs two thread pools side by side: ATen's OpenMP pool and
// OpenBLAS's own. When both are active, idle OpenMP threads spin while BLAS
// threads work and the pools fight over the cores (the GPT's per-token step got
// 3x slower on two cores). Each stage therefore gives the whole budget to the
// pool that does its work: matrix products (the GPT, BERT, HuBERT's encoder,
// the quantizer) to BLAS, convolutions and element-wise work (the SoVITS
// decoder, HuBERT's feature encoder, the speaker encoder) to OpenMP.
// One stage at a time: a scope waits while another thread's scope is open.
// OpenBLAS's products sum in an order that depends on its thread count, which
// is process-wide, so stages overlapping on different threads would make a
// seeded take depend on the machine's load. Scopes nest within a thread.
enum class ComputeKind { MatrixVector, Convolution };

class ComputeKindScope {
 public:
  explicit ComputeKindScope(ComputeKind kind);
  ~ComputeKindScope();
  ComputeKindScope(const ComputeKindScope&) = delete;
  ComputeKindScope& operator=(const ComputeKindScope&) = delete;

 private:
  bool m_active = false;
  int m_atenThreads = 1;
  int m_blasThreads = 1;
};

}  // namespace timbre
