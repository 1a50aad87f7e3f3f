#pragma once
// A per-client token bucket: each address may make `perMinute` requests in a
// burst and earns them back at perMinute/60 per second. Enough to keep one
// client from monopolising the server or guessing the token quickly.
#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace timbre::serve {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  // perMinute 0: no limit.
  explicit RateLimiter(int perMinute);

  // True when the client may go on (and takes one token); false: answer 429.
  bool allow(const std::string& client, Clock::time_point now = Clock::now());
  // Seconds until the client has a token again (for Retry-After).
  int retryAfterSeconds() const;

 private:
  struct Bucket {
    double tokens;
    Clock::time_point updated;
  };
  int m_perMinute;
  std::mutex m_mutex;
  std::unordered_map<std::string, Bucket> m_buckets;
};

}  // namespace timbre::serve
