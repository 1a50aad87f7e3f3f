#include "core/Runtime.h"

#include <ATen/Context.h>
#include <ATen/Parallel.h>

#include <dlfcn.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace timbre {
namespace {

std::atomic<int> g_budget{0};

// The stage that has the pools: one thread's at a time, its nested scopes
// included. Scopes on other threads wait for it, so every stage runs with the
// thread counts it asked for: OpenBLAS's matrix products sum in an order that
// depends on its (process-wide) thread count, and a seeded take must not
// depend on what else the machine is doing.
std::recursive_mutex g_stageMutex;

// OpenBLAS's thread controls, found at run time: libtorch reaches BLAS through
// Debian's libblas.so.3 alternative, which may or may not be OpenBLAS.
struct OpenBlas {
  void (*setThreads)(int) = nullptr;
  int (*getThreads)() = nullptr;
  OpenBlas() {
    setThreads = reinterpret_cast<void (*)(int)>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"));
    getThreads = reinterpret_cast<int (*)()>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
    if (!setThreads || !getThreads) setThreads = nullptr, getThreads = nullptr;
  }
};

const OpenBlas& openBlas() {
  static const OpenBlas instance;
  return instance;
}

}  // namespace

void setComputeThreads(int threads) {
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  g_budget = threads;
  at::set_num_threads(threads);
  if (openBlas().setThreads) openBlas().setThreads(threads);
}

int computeThreads() { return g_budget > 0 ? g_budget.load() : at::get_num_threads(); }

bool cudaAvailable() { return at::hasCUDA(); }

ComputeKindScope::ComputeKindScope(ComputeKind kind) {
  g_stageMutex.lock();
  m_active = true;
  const OpenBlas& blas = openBlas();
  m_atenThreads = at::get_num_threads();
  m_blasThreads = blas.getThreads ? blas.getThreads() : 1;
  if (!blas.setThreads) return;  // another BLAS: its settings stay, the stages still take turns
  const int budget = computeThreads();
  if (kind == ComputeKind::MatrixVector) {
    at::set_num_threads(1);
    blas.setThreads(budget);
  } else {
    at::set_num_threads(budget);
    blas.setThreads(1);
  }
}

ComputeKindScope::~ComputeKindScope() {
  if (!m_active) return;
  at::set_num_threads(m_atenThreads);
  if (openBlas().setThreads) openBlas().setThreads(m_blasThreads);
  g_stageMutex.unlock();
}

}  // namespace timbre
