#pragma once
// Reading an .xz-compressed file into memory (the training fixtures ship their
// starting weights as .pth.xz; users may keep base models that way too).
#include <cstdint>
#include <string>
#include <vector>

namespace timbre::training::data {

// Throws timbre::Error(Io) when the file cannot be read, CorruptFile naming it
// when it is not a valid .xz stream.
std::vector<uint8_t> readXzFile(const std::string& path);

}  // namespace timbre::training::data
