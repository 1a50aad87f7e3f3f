#include "serve/AccessControl.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "timbre/Error.h"

namespace timbre::serve {
namespace {

// Compares without an early exit, so timing does not reveal a prefix.
bool constantTimeEquals(const std::string& a, const std::string& b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  const std::size_t n = std::max(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= static_cast<unsigned char>(x ^ y);
  }
  return diff == 0;
}

// "host", "host:port", "[v6]:port" -> host.
std::string hostOf(const std::string& hostPort) {
  if (!hostPort.empty() && hostPort.front() == '[') {
    const auto close = hostPort.find(']');
    return close == std::string::npos ? hostPort : hostPort.substr(1, close - 1);
  }
  const auto colon = hostPort.find(':');
  if (colon != std::string::npos && hostPort.find(':', colon + 1) == std::string::npos)
    return hostPort.substr(0, colon);
  return hostPort;
}

}  // namespace

AccessControl::AccessControl(std::string host, std::string token)
    : m_host(std::move(host)), m_token(std::move(token)) {}

bool AccessControl::isLoopbackHost(const std::string& host) {
  if (host == "localhost" || host == "::1") return true;
  in_addr v4{};
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6{};
  if (inet_pton(AF_INET6, host.c_str(), &v6) == 1) return IN6_IS_ADDR_LOOPBACK(&v6);
  return false;
}

std::string AccessControl::generateToken() {
  std::ifstream random("/dev/urandom", std::ios::binary);
  unsigned char bytes[32];
  if (!random.read(reinterpret_cast<char*>(bytes), sizeof bytes))
    throw Error(ErrorCode::Io, "cannot read /dev/urandom to generate the API token");
  std::string hex;
  char digits[3];
  for (unsigned char b : bytes) {
    std::snprintf(digits, sizeof digits, "%02x", b);
    hex += digits;
  }
  return hex;
}

bool AccessControl::tokenMatches(const std::string& authorization, const std::string& queryToken) const {
  if (m_token.empty()) return true;
  static const std::string kBearer = "Bearer ";
  if (authorization.size() > kBearer.size() && authorization.compare(0, kBearer.size(), kBearer) == 0 &&
      constantTimeEquals(authorization.substr(kBearer.size()), m_token))
    return true;
  return !queryToken.empty() && constantTimeEquals(queryToken, m_token);
}

std::string AccessControl::browserRefusal(const std::string& origin, const std::string& secFetchSite,
                                          const std::string& hostHeader) const {
  if (!secFetchSite.empty() && secFetchSite != "same-origin" && secFetchSite != "none")
    return "cross-site browser requests are refused (start the server with --token to allow them)";
  if (!origin.empty()) {
    // "scheme://host[:port]"
    const auto scheme = origin.find("://");
    const std::string host = hostOf(scheme == std::string::npos ? origin : origin.substr(scheme + 3));
    if (!isLoopbackHost(host)) return "requests from origin '" + origin + "' are refused";
  }
  // A loopback server reached under another name is a DNS-rebinding attempt.
  if (isLoopbackHost(m_host) && !hostHeader.empty() && !isLoopbackHost(hostOf(hostHeader)))
    return "Host '" + hostHeader + "' is not a loopback name";
  return {};
}

}  // namespace timbre::serve
