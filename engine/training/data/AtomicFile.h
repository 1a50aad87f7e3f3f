#pragma once
// Writing a file so that readers (and a crash) only ever see the old file or
// the complete new one: the bytes go to "<path>.tmp-<pid>-<n>" in the same
// folder, are flushed, and the temporary is renamed over the path.
#include <string>
#include <string_view>

namespace timbre::training::data {

// Throws timbre::Error(Io) naming `path` when it cannot be written.
void writeFileAtomically(const std::string& path, std::string_view bytes);

// The whole file; throws timbre::Error(Io) naming it.
std::string readWholeFile(const std::string& path);

}  // namespace timbre::training::data
