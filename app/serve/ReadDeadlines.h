#pragma once
// Total time limits for reading a request. cpp-httplib's read timeout applies
// to each recv() alone, so a client sending one header line every few seconds
// ("slowloris") holds a server thread forever, and a dozen of them hold every
// thread. Here each connection gets a deadline for its headers once a worker
// thread takes it up, then one for its body; a watcher thread shuts down the
// socket of a connection that misses its deadline, which ends the blocked read
// and frees the thread. One request per connection (no keep-alive), so the
// deadlines cover every request.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace timbre::serve {

class ReadDeadlines {
 public:
  ReadDeadlines(double headerSeconds, double bodySeconds);
  ~ReadDeadlines();
  ReadDeadlines(const ReadDeadlines&) = delete;
  ReadDeadlines& operator=(const ReadDeadlines&) = delete;

  // Called on the accepting thread right after a connection was accepted on
  // `serverPort` (httplib's TaskQueue::enqueue): finds that connection's socket
  // and returns `task` wrapped to run under the header deadline. The socket is
  // duplicated, so its descriptor being closed and reused never misdirects the
  // watcher. Unidentifiable sockets run without a deadline.
  std::function<void()> guard(std::function<void()> task, int serverPort);
  // On the worker thread: the headers are in; now the body deadline runs.
  void headersRead();
  // On the worker thread: the request is read; no deadline while it is served.
  void requestRead();

  double headerSeconds() const { return m_headerSeconds; }
  // Connections shut down so far for missing a deadline.
  long expiredCount() const;

 private:
  struct Entry {
    int socketCopy = -1;
    bool armed = false;
    std::chrono::steady_clock::time_point deadline;
  };
  int newConnectionSocket(int serverPort, unsigned long* inode) const;
  void arm(std::thread::id thread, int socketCopy, double seconds);
  void release(std::thread::id thread, unsigned long inode);
  void watch();

  const double m_headerSeconds, m_bodySeconds;
  mutable std::mutex m_mutex;
  std::condition_variable m_wake;
  std::map<std::thread::id, Entry> m_entries;  // by worker thread
  std::set<unsigned long> m_knownSockets;      // socket inodes of connections already guarded
  long m_expired = 0;
  bool m_stopping = false;
  std::thread m_watcher;
};

}  // namespace timbre::serve
