#include "serve/ReadDeadlines.h"

#include <cstdlib>
#include <filesystem>
#include <memory>

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace timbre::serve {
namespace {

std::chrono::steady_clock::time_point after(double seconds) {
  return std::chrono::steady_clock::now() +
         std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds));
}

int portOf(const sockaddr_storage& address) {
  if (address.ss_family == AF_INET) return ntohs(reinterpret_cast<const sockaddr_in&>(address).sin_port);
  if (address.ss_family == AF_INET6) return ntohs(reinterpret_cast<const sockaddr_in6&>(address).sin6_port);
  return -1;
}

}  // namespace

ReadDeadlines::ReadDeadlines(double headerSeconds, double bodySeconds)
    : m_headerSeconds(headerSeconds), m_bodySeconds(bodySeconds), m_watcher([this] { watch(); }) {}

ReadDeadlines::~ReadDeadlines() {
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
  }
  m_wake.notify_all();
  m_watcher.join();
  for (auto& [thread, entry] : m_entries)
    if (entry.socketCopy >= 0) ::close(entry.socketCopy);
}

// The only accepted (connected) socket on the server's port that no guarded
// connection owns yet: the one accept() just returned.
int ReadDeadlines::newConnectionSocket(int serverPort, unsigned long* inode) const {
  int found = -1;
  std::error_code ec;
  for (std::filesystem::directory_iterator it("/proc/self/fd", ec), end; !ec && it != end; it.increment(ec)) {
    char* rest = nullptr;
    const std::string name = it->path().filename().string();
    const long fd = std::strtol(name.c_str(), &rest, 10);
    if (rest == name.c_str() || *rest != '\0') continue;
    struct stat info {};
    if (::fstat(int(fd), &info) != 0 || !S_ISSOCK(info.st_mode)) continue;
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getsockname(int(fd), reinterpret_cast<sockaddr*>(&address), &length) != 0 || portOf(address) != serverPort)
      continue;
    length = sizeof address;
    if (::getpeername(int(fd), reinterpret_cast<sockaddr*>(&address), &length) != 0) continue;  // the listener
    {
      std::lock_guard lock(m_mutex);
      if (m_knownSockets.count(info.st_ino)) continue;
    }
    if (found >= 0) return -1;  // ambiguous: better no deadline than the wrong one
    found = int(fd);
    *inode = info.st_ino;
  }
  return found;
}

std::function<void()> ReadDeadlines::guard(std::function<void()> task, int serverPort) {
  unsigned long inode = 0;
  const int socket = newConnectionSocket(serverPort, &inode);
  const int copy = socket >= 0 ? ::dup(socket) : -1;
  if (copy < 0) return task;
  {
    std::lock_guard lock(m_mutex);
    m_knownSockets.insert(inode);
  }
  return [this, task = std::move(task), copy, inode] {
    const std::thread::id thread = std::this_thread::get_id();
    arm(thread, copy, m_headerSeconds);
    struct Release {
      ReadDeadlines* self;
      std::thread::id thread;
      unsigned long inode;
      ~Release() { self->release(thread, inode); }
    } release{this, thread, inode};
    task();
  };
}

void ReadDeadlines::arm(std::thread::id thread, int socketCopy, double seconds) {
  std::lock_guard lock(m_mutex);
  Entry& entry = m_entries[thread];
  entry.socketCopy = socketCopy;
  entry.armed = true;
  entry.deadline = after(seconds);
  m_wake.notify_all();
}

void ReadDeadlines::headersRead() {
  std::lock_guard lock(m_mutex);
  const auto it = m_entries.find(std::this_thread::get_id());
  if (it == m_entries.end() || !it->second.armed) return;
  it->second.deadline = after(m_bodySeconds);
  m_wake.notify_all();
}

void ReadDeadlines::requestRead() {
  std::lock_guard lock(m_mutex);
  const auto it = m_entries.find(std::this_thread::get_id());
  if (it != m_entries.end()) it->second.armed = false;
}

void ReadDeadlines::release(std::thread::id thread, unsigned long inode) {
  std::lock_guard lock(m_mutex);
  const auto it = m_entries.find(thread);
  if (it != m_entries.end()) {
    ::close(it->second.socketCopy);  // the last reference: the socket is gone now
    m_entries.erase(it);
  }
  m_knownSockets.erase(inode);
}

long ReadDeadlines::expiredCount() const {
  std::lock_guard lock(m_mutex);
  return m_expired;
}

void ReadDeadlines::watch() {
  std::unique_lock lock(m_mutex);
  while (!m_stopping) {
    const auto now = std::chrono::steady_clock::now();
    auto next = now + std::chrono::seconds(1);
    for (auto& [thread, entry] : m_entries) {
      if (!entry.armed) continue;
      if (entry.deadline <= now) {
        // Ends the worker's blocked recv(); httplib then closes the connection.
        ::shutdown(entry.socketCopy, SHUT_RDWR);
        entry.armed = false;
        ++m_expired;
      } else if (entry.deadline < next) {
        next = entry.deadline;
      }
    }
    m_wake.wait_until(lock, next);
  }
}

}  // namespace timbre::serve
