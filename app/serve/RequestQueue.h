#pragma once
// The bounded queue in front of the synthesis workers: at most `workers`
// syntheses run at once and at most `maxWaiting` more requests wait for one;
// a request beyond that is refused at once (HTTP 429) instead of piling up
// threads and memory.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace timbre::serve {

class RequestQueue {
 public:
  RequestQueue(int workers, int maxWaiting);

  // A place in the queue; released (with its worker, if it got one) when destroyed.
  class Slot {
   public:
    ~Slot();
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;
    // Blocks until a worker is free and returns its index (0 .. workers-1).
    // Returns -1 instead once `abandoned` says the request is no longer wanted
    // (a client that went away while it waited); it is asked every
    // kAbandonedPoll, so such a request leaves the queue within that time.
    int acquireWorker(const std::function<bool()>& abandoned = {});

   private:
    friend class RequestQueue;
    explicit Slot(RequestQueue& queue) : m_queue(queue) {}
    RequestQueue& m_queue;
    int m_worker = -1;
  };

  // nullptr when `workers + maxWaiting` requests are already admitted.
  std::unique_ptr<Slot> tryAdmit();

  static constexpr std::chrono::milliseconds kAbandonedPoll{100};

  int workers() const { return int(m_busy.size()); }
  int admitted() const;

 private:
  mutable std::mutex m_mutex;
  std::condition_variable m_freed;
  std::vector<bool> m_busy;  // per worker
  int m_capacity;
  int m_admitted = 0;
};

}  // namespace timbre::serve
