#include "serve/PathGuard.h"

#include <system_error>

#include "serve/ApiError.h"
#include "timbre/Error.h"

namespace timbre::serve {

namespace fs = std::filesystem;

PathGuard::PathGuard(const std::vector<std::string>& roots, std::string what) : m_what(std::move(what)) {
  for (const std::string& root : roots) {
    std::error_code ec;
    const fs::path canonical = fs::canonical(root, ec);
    if (ec || !fs::is_directory(canonical))
      throw Error(ErrorCode::InvalidArgument, m_what + " '" + root + "' is not an existing folder");
    m_roots.push_back(canonical);
  }
}

bool PathGuard::isInside(const fs::path& child, const fs::path& root) {
  // Component-wise prefix test: /a/bc is not inside /a/b.
  auto c = child.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++c) {
    if (r->empty()) continue;  // a trailing separator gives an empty last component
    if (c == child.end() || *c != *r) return false;
  }
  return true;
}

std::string PathGuard::resolve(const std::string& requested, const std::string& field) const {
  if (requested.empty()) throw ApiError(400, field + " is required");
  const auto refuse = [&] {
    return ApiError(403, field + ": '" + requested + "' is not inside an allowed " + m_what + " folder");
  };
  if (requested.find('\0') != std::string::npos) throw refuse();
  const fs::path path(requested);
  for (const fs::path& part : path)
    if (part == "..") throw refuse();

  std::vector<fs::path> candidates;
  if (path.is_absolute()) {
    candidates.push_back(path.lexically_normal());
  } else {
    for (const fs::path& root : m_roots) candidates.push_back((root / path).lexically_normal());
  }
  bool outside = path.is_absolute();
  for (const fs::path& candidate : candidates) {
    // The lexical path must already be inside a root...
    const fs::path* root = nullptr;
    for (const fs::path& r : m_roots)
      if (isInside(candidate, r)) {
        root = &r;
        break;
      }
    if (!root) continue;
    outside = false;
    std::error_code ec;
    if (!fs::exists(candidate, ec)) continue;
    // ...and so must the file it really is, after every symlink.
    const fs::path real = fs::canonical(candidate, ec);
    if (ec) continue;
    bool realInside = false;
    for (const fs::path& r : m_roots) realInside = realInside || isInside(real, r);
    if (!realInside) throw refuse();
    if (!fs::is_regular_file(real, ec)) throw ApiError(400, field + ": '" + requested + "' is not a regular file");
    return real.string();
  }
  if (outside) throw refuse();
  throw ApiError(404, field + ": '" + requested + "' was not found in the " + m_what + " folders");
}

}  // namespace timbre::serve
