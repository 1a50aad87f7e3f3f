#pragma once
// Keeps server paths out of what the API tells its clients. Error messages
// from the engine name the files they read (rightly, for a local user), but a
// remote client should learn the request field, not where the server keeps
// its references, weights or voice library: every occurrence of a known
// folder is replaced by a label such as "<ref-dir>".
#include <string>
#include <utility>
#include <vector>

namespace timbre::serve {

class PathRedactor {
 public:
  // `folder` as given and its canonical form are both replaced by `label`.
  void add(const std::string& folder, const std::string& label);
  std::string redact(std::string text) const;

 private:
  std::vector<std::pair<std::string, std::string>> m_replacements;  // longest first
};

}  // namespace timbre::serve
