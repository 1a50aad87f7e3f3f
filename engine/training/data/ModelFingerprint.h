#pragma once
// A cheap identity of a model file or folder for cache keys: names, sizes and
// the first 64 KiB of each file (a changed or replaced model gives another
// key without hashing gigabytes on every run).
#include <string>

namespace timbre::training::data {

// Empty path gives "". Throws nothing: unreadable parts count as absent.
std::string modelFingerprint(const std::string& path);

}  // namespace timbre::training::data
