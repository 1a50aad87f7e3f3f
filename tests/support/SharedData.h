#pragma once
// Where the shared fixtures and the built tools live. No ATen here, so tests of the
// torch-free text library can link this alone and build in seconds.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace timbre::test {

// ../shared beside the checkout (CMake TIMBRE_SHARED_DIR); tests only.
std::string sharedDir();
// sharedDir() + "/" + relative; QSKIPs nothing: a missing fixture is a failure.
std::string sharedPath(const std::string& relative);
// Parses a JSON file (a manifest, a shapes table); throws std::runtime_error naming it.
nlohmann::json readJsonFile(const std::string& path);
// Parses a JSON Lines file (one object per non-empty line); throws naming file and line.
std::vector<nlohmann::json> readJsonLines(const std::string& path);
// Path of the built timbre-cli (empty when it was not built).
std::string cliPath();

}  // namespace timbre::test
