#pragma once
// Confines client-given file paths to the folders the operator allowed
// (--ref-dir for reference audio, --models/--weights-dir for weights).
//
// A path is accepted only when
//  - it has no ".." component and no NUL byte (checked on the text, before any
//    file-system access, so "../" and its URL-decoded forms never get further);
//  - relative: it names an existing regular file below one of the roots (tried
//    in order); absolute: it lies below one of the roots;
//  - its canonical form (every symlink resolved) still lies below the
//    canonical form of that root, so a symlink inside a root cannot point out.
#include <filesystem>
#include <string>
#include <vector>

namespace timbre::serve {

class PathGuard {
 public:
  // Roots that do not exist are refused here (timbre::Error InvalidArgument).
  PathGuard(const std::vector<std::string>& roots, std::string what);

  // The canonical path of an allowed regular file. Throws ApiError: 403 for a
  // path outside every root (or with ".."), 400 for an empty path, 404 for a
  // file that does not exist inside the roots. `field` names the request field.
  std::string resolve(const std::string& requested, const std::string& field) const;

  const std::vector<std::filesystem::path>& roots() const { return m_roots; }

 private:
  static bool isInside(const std::filesystem::path& child, const std::filesystem::path& root);
  std::vector<std::filesystem::path> m_roots;  // canonical
  std::string m_what;                          // "--ref-dir", for messages
};

}  // namespace timbre::serve
