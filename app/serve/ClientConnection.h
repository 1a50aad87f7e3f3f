#pragma once
// Whether the client of a request is still there. A synthesis without
// streaming writes nothing until it is done, so without this a client that
// gives up (a timeout, a closed tab) would keep its synthesis slot busy to the
// end. cpp-httplib 0.11 hands request handlers no socket; the connection is
// found among the process's sockets by its two addresses instead (Linux,
// /proc/self/fd). Where it cannot be found the client counts as present.
#include <string>

namespace timbre::serve {

class ClientConnection {
 public:
  ClientConnection(const std::string& localAddress, int localPort, const std::string& remoteAddress, int remotePort);

  // True once the client closed its side or the connection broke. Cheap: one
  // poll() with no wait, so it may be asked at every GPT step.
  bool gone() const;
  bool found() const { return m_fd >= 0; }

 private:
  int m_fd = -1;
};

}  // namespace timbre::serve
