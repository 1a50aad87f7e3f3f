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

// Which thread's stage the pools are set for: only one at a time (OpenBLAS's
// thread count is process-wide), with its nested scopes.
std::mutex g_scopeMutex;
std::thread::id g_scopeOwner;
int g_scopeDepth = 0;

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
  const OpenBlas& blas = openBlas();
  if (!blas.setThreads) return;
  std::lock_guard lock(g_scopeMutex);
  // Another thread's stage has the pools: leave its settings alone rather
  // than pull them from under it (the two stages share the cores anyway).
  if (g_scopeDepth > 0 && g_scopeOwner != std::this_thread::get_id()) return;
  g_scopeOwner = std::this_thread::get_id();
  ++g_scopeDepth;
  m_active = true;
  m_atenThreads = at::get_num_threads();
  m_blasThreads = blas.getThreads();
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
  std::lock_guard lock(g_scopeMutex);
  at::set_num_threads(m_atenThreads);
  openBlas().setThreads(m_blasThreads);
  if (--g_scopeDepth == 0) g_scopeOwner = std::thread::id();
}

}  // namespace timbre
