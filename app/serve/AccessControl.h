#pragma once
// Who may talk to the server. Bound to loopback, a token is optional; bound to
// any other address it is required (generated when not given). A request
// carries it as "Authorization: Bearer <token>" or "?token=<token>".
// Browser pages on other sites are refused even on loopback unless they hold
// the token: their requests carry Sec-Fetch-Site / Origin, which a page
// cannot forge, and a Host that is not the loopback name (DNS rebinding).
#include <string>

namespace timbre::serve {

class AccessControl {
 public:
  AccessControl(std::string host, std::string token);

  // 127.0.0.0/8, ::1 and "localhost".
  static bool isLoopbackHost(const std::string& host);
  // 32 random bytes as 64 hex digits, from the OS's random source.
  static std::string generateToken();

  bool requiresToken() const { return !m_token.empty(); }
  const std::string& token() const { return m_token; }

  // True when no token is set or the request carries it. authorization: the
  // Authorization header; queryToken: the token query parameter.
  bool tokenMatches(const std::string& authorization, const std::string& queryToken) const;
  // For a server without a token: refuse cross-site browser requests.
  // Returns the reason, empty when fine.
  std::string browserRefusal(const std::string& origin, const std::string& secFetchSite,
                             const std::string& hostHeader) const;

 private:
  std::string m_host;
  std::string m_token;
};

}  // namespace timbre::serve
