#pragma once
// NumPy .npy (format 1.0/2.0/3.0) reading and writing, for parity fixtures and
// for `timbre-cli parity` outputs. C order only; little-endian float16/32/64,
// int8/16/32/64, uint8 and bool.
#include <ATen/core/Tensor.h>

#include <string>

namespace timbre::tensor {

// Throws timbre::Error naming the file and the reason on any malformed input.
at::Tensor readNpy(const std::string& path);

// Writes a contiguous CPU copy of the tensor. Throws timbre::Error on I/O failure.
void writeNpy(const std::string& path, const at::Tensor& tensor);

}  // namespace timbre::tensor
