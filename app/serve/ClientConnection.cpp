#include "serve/ClientConnection.h"

#include <cstdlib>
#include <filesystem>

#ifdef __linux__
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#endif

namespace timbre::serve {

#ifdef __linux__
namespace {

// The numeric host and port of an address, as cpp-httplib writes them into a Request.
bool describe(const sockaddr_storage& address, socklen_t length, std::string* host, int* port) {
  char hostText[NI_MAXHOST];
  char portText[NI_MAXSERV];
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&address), length, hostText, sizeof hostText, portText,
                  sizeof portText, NI_NUMERICHOST | NI_NUMERICSERV) != 0)
    return false;
  *host = hostText;
  *port = std::atoi(portText);
  return true;
}

bool matches(int fd, const std::string& localAddress, int localPort, const std::string& remoteAddress,
             int remotePort) {
  struct stat info {};
  if (fstat(fd, &info) != 0 || !S_ISSOCK(info.st_mode)) return false;
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  std::string host;
  int port = 0;
  if (getpeername(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0 || !describe(address, length, &host, &port) ||
      host != remoteAddress || port != remotePort)
    return false;
  length = sizeof address;
  return getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0 &&
         describe(address, length, &host, &port) && host == localAddress && port == localPort;
}

}  // namespace
#endif

ClientConnection::ClientConnection(const std::string& localAddress, int localPort, const std::string& remoteAddress,
                                   int remotePort) {
#ifdef __linux__
  if (localPort <= 0 || remotePort <= 0) return;
  std::error_code ec;
  for (std::filesystem::directory_iterator it("/proc/self/fd", ec), end; !ec && it != end; it.increment(ec)) {
    char* rest = nullptr;
    const std::string name = it->path().filename().string();
    const long fd = std::strtol(name.c_str(), &rest, 10);
    if (rest == name.c_str() || *rest != '\0') continue;
    if (matches(int(fd), localAddress, localPort, remoteAddress, remotePort)) {
      m_fd = int(fd);
      return;
    }
  }
#else
  (void)localAddress, (void)localPort, (void)remoteAddress, (void)remotePort;
#endif
}

bool ClientConnection::gone() const {
#ifdef __linux__
  if (m_fd < 0) return false;
  // POLLRDHUP: the client shut its side. POLLIN alone is only a next request.
  pollfd p{m_fd, POLLRDHUP, 0};
  return poll(&p, 1, 0) > 0 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR | POLLNVAL)) != 0;
#else
  return false;
#endif
}

}  // namespace timbre::serve
