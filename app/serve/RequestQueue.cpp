#include "serve/RequestQueue.h"

#include <algorithm>

namespace timbre::serve {

RequestQueue::RequestQueue(int workers, int maxWaiting)
    : m_busy(std::size_t(std::max(1, workers)), false), m_capacity(std::max(1, workers) + std::max(0, maxWaiting)) {}

std::unique_ptr<RequestQueue::Slot> RequestQueue::tryAdmit() {
  std::lock_guard lock(m_mutex);
  if (m_admitted >= m_capacity) return nullptr;
  ++m_admitted;
  return std::unique_ptr<Slot>(new Slot(*this));
}

int RequestQueue::admitted() const {
  std::lock_guard lock(m_mutex);
  return m_admitted;
}

int RequestQueue::Slot::acquireWorker(const std::function<bool()>& abandoned) {
  if (m_worker >= 0) return m_worker;
  std::unique_lock lock(m_queue.m_mutex);
  auto& busy = m_queue.m_busy;
  const auto freeWorker = [&] { return std::find(busy.begin(), busy.end(), false) != busy.end(); };
  while (!freeWorker()) {
    if (!abandoned) {
      m_queue.m_freed.wait(lock, freeWorker);
      break;
    }
    // A socket hang-up wakes no condition variable: look at the client now and then.
    if (m_queue.m_freed.wait_for(lock, kAbandonedPoll, freeWorker)) break;
    lock.unlock();
    const bool gone = abandoned();
    lock.lock();
    if (gone) return -1;
  }
  m_worker = int(std::find(busy.begin(), busy.end(), false) - busy.begin());
  busy[std::size_t(m_worker)] = true;
  return m_worker;
}

RequestQueue::Slot::~Slot() {
  {
    std::lock_guard lock(m_queue.m_mutex);
    if (m_worker >= 0) m_queue.m_busy[std::size_t(m_worker)] = false;
    --m_queue.m_admitted;
  }
  m_queue.m_freed.notify_one();
}

}  // namespace timbre::serve
