#include "tensor/Npy.h"

#include "timbre/Error.h"

#include <ATen/ATen.h>

#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>

namespace timbre::tensor {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& why) {
  throw Error(ErrorCode::CorruptFile, "npy file '" + path + "': " + why);
}

struct DtypeName {
  const char* descr;
  at::ScalarType type;
};
constexpr DtypeName kDtypes[] = {
    {"<f4", at::kFloat}, {"<f8", at::kDouble}, {"<f2", at::kHalf},  {"<i8", at::kLong},
    {"<i4", at::kInt},   {"<i2", at::kShort},  {"|i1", at::kChar},  {"|u1", at::kByte},
    {"|b1", at::kBool},
};

}  // namespace

at::Tensor readNpy(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::Io, "cannot open npy file '" + path + "'");
  char magic[8];
  if (!in.read(magic, 8) || std::memcmp(magic, "\x93NUMPY", 6) != 0) fail(path, "bad magic");
  const int major = static_cast<unsigned char>(magic[6]);
  uint32_t headerLen = 0;
  if (major == 1) {
    unsigned char b[2];
    if (!in.read(reinterpret_cast<char*>(b), 2)) fail(path, "truncated header length");
    headerLen = b[0] | (b[1] << 8);
  } else if (major == 2 || major == 3) {
    unsigned char b[4];
    if (!in.read(reinterpret_cast<char*>(b), 4)) fail(path, "truncated header length");
    headerLen = b[0] | (b[1] << 8) | (b[2] << 16) | (uint32_t(b[3]) << 24);
  } else {
    fail(path, "unsupported format version " + std::to_string(major));
  }
  if (headerLen > (1u << 20)) fail(path, "header length " + std::to_string(headerLen) + " is implausible");
  std::string header(headerLen, '\0');
  if (!in.read(header.data(), headerLen)) fail(path, "truncated header");

  std::smatch m;
  if (!std::regex_search(header, m, std::regex("'descr'\\s*:\\s*'([^']*)'"))) fail(path, "no descr in header");
  const std::string descr = m[1];
  if (std::regex_search(header, m, std::regex("'fortran_order'\\s*:\\s*True"))) fail(path, "Fortran order is not supported");
  if (!std::regex_search(header, m, std::regex("'shape'\\s*:\\s*\\(([^)]*)\\)"))) fail(path, "no shape in header");
  std::vector<int64_t> shape;
  {
    std::stringstream ss(m[1].str());
    std::string item;
    while (std::getline(ss, item, ',')) {
      if (item.find_first_not_of(" ") == std::string::npos) continue;
      try {
        shape.push_back(std::stoll(item));
      } catch (const std::exception&) {
        fail(path, "bad dimension '" + item + "' in shape");
      }
      if (shape.back() < 0) fail(path, "negative dimension");
    }
  }
  at::ScalarType type = at::kFloat;
  bool known = false;
  for (const auto& d : kDtypes) {
    if (descr == d.descr) { type = d.type; known = true; }
  }
  if (!known) fail(path, "unsupported dtype '" + descr + "'");

  // Check the promised size against the bytes actually there before allocating.
  const std::streamoff dataStart = in.tellg();
  in.seekg(0, std::ios::end);
  const std::streamoff available = in.tellg() - dataStart;
  in.seekg(dataStart);
  uint64_t expected = c10::elementSize(type);
  for (int64_t d : shape) {
    if (d != 0 && expected > static_cast<uint64_t>(available) / static_cast<uint64_t>(d))
      fail(path, "the shape promises more data than the file holds");
    expected *= static_cast<uint64_t>(d);
  }
  if (expected > static_cast<uint64_t>(available)) fail(path, "data shorter than the shape says");

  at::Tensor t = at::empty(shape, at::TensorOptions().dtype(type));
  const std::streamsize bytes = static_cast<std::streamsize>(t.numel() * t.element_size());
  if (!in.read(static_cast<char*>(t.data_ptr()), bytes)) fail(path, "data shorter than the shape says");
  return t;
}

void writeNpy(const std::string& path, const at::Tensor& tensor) {
  at::Tensor t = tensor.detach().to(at::kCPU).contiguous();
  const char* descr = nullptr;
  for (const auto& d : kDtypes) {
    if (t.scalar_type() == d.type) descr = d.descr;
  }
  if (!descr) throw Error(ErrorCode::InvalidArgument, "writeNpy: unsupported dtype for '" + path + "'");
  std::string shape = "(";
  for (int64_t i = 0; i < t.dim(); ++i) shape += (i ? ", " : "") + std::to_string(t.size(i));
  shape += t.dim() == 1 ? ",)" : ")";
  std::string header = "{'descr': '" + std::string(descr) + "', 'fortran_order': False, 'shape': " + shape + ", }";
  const size_t total = 10 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header.push_back('\n');
  std::ofstream out(path, std::ios::binary);
  if (!out) throw Error(ErrorCode::Io, "cannot write npy file '" + path + "'");
  out.write("\x93NUMPY\x01\x00", 8);
  const uint16_t len = static_cast<uint16_t>(header.size());
  const char lenBytes[2] = {static_cast<char>(len & 0xff), static_cast<char>(len >> 8)};
  out.write(lenBytes, 2);
  out.write(header.data(), static_cast<std::streamsize>(header.size()));
  out.write(static_cast<const char*>(t.data_ptr()), static_cast<std::streamsize>(t.numel() * t.element_size()));
  if (!out) throw Error(ErrorCode::Io, "failed writing npy file '" + path + "'");
}

}  // namespace timbre::tensor
