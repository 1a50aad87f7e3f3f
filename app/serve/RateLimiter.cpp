#include "serve/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace timbre::serve {
namespace {
constexpr std::size_t kMaxTrackedClients = 4096;  // then full buckets are forgotten
}

RateLimiter::RateLimiter(int perMinute) : m_perMinute(std::max(0, perMinute)) {}

bool RateLimiter::allow(const std::string& client, Clock::time_point now) {
  if (m_perMinute == 0) return true;
  const double capacity = m_perMinute, perSecond = m_perMinute / 60.0;
  std::lock_guard lock(m_mutex);
  auto refill = [&](Bucket& b) {
    const double seconds = std::chrono::duration<double>(now - b.updated).count();
    b.tokens = std::min(capacity, b.tokens + std::max(0.0, seconds) * perSecond);
    b.updated = now;
  };
  if (m_buckets.size() >= kMaxTrackedClients) {
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
      refill(it->second);
      it = it->second.tokens >= capacity ? m_buckets.erase(it) : std::next(it);
    }
  }
  auto [it, added] = m_buckets.try_emplace(client, Bucket{capacity, now});
  refill(it->second);
  if (it->second.tokens < 1.0) return false;
  it->second.tokens -= 1.0;
  return true;
}

int RateLimiter::retryAfterSeconds() const {
  return m_perMinute == 0 ? 0 : std::max(1, int(std::ceil(60.0 / m_perMinute)));
}

}  // namespace timbre::serve
