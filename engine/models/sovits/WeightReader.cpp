#include "models/sovits/WeightReader.h"

#include "timbre/Error.h"

namespace timbre::sovits {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

WeightReader::WeightReader(const checkpoint::Checkpoint& checkpoint, ParameterShapes expected, std::string what,
                           at::Device device, at::ScalarType dtype)
    : m_checkpoint(checkpoint), m_expected(std::move(expected)), m_what(std::move(what)), m_device(device),
      m_dtype(dtype) {}

const at::Tensor* WeightReader::find(const std::string& name) const {
  auto it = m_checkpoint.tensors.find(name);
  return it == m_checkpoint.tensors.end() ? nullptr : &it->second;
}

void WeightReader::check(const std::string& name, const std::vector<int64_t>& shape) const {
  const at::Tensor* tensor = find(name);
  if (!tensor || !tensor->defined())
    throw Error(ErrorCode::ModelMismatch, m_checkpoint.path + ": tensor '" + name + "' is missing; " + m_what +
                                              " expects it with shape " + formatShape(shape));
  const std::vector<int64_t> actual(tensor->sizes().begin(), tensor->sizes().end());
  if (actual != shape)
    throw Error(ErrorCode::ModelMismatch, m_checkpoint.path + ": tensor '" + name + "' has shape " +
                                              formatShape(actual) + "; " + m_what + " expects " + formatShape(shape));
  if (!at::isFloatingType(tensor->scalar_type()))
    throw Error(ErrorCode::ModelMismatch, m_checkpoint.path + ": tensor '" + name + "' is not a floating-point tensor");
}

void WeightReader::validate() const {
  for (const auto& [name, shape] : m_expected) {
    // An already folded layer (plain .weight) stands in for weight_g/weight_v.
    if (endsWith(name, ".weight_g") || endsWith(name, ".weight_v")) {
      const std::string prefix = name.substr(0, name.size() - 9);
      if (!find(name) && find(prefix + ".weight")) {
        if (endsWith(name, ".weight_v")) check(prefix + ".weight", shape);
        continue;
      }
    }
    check(name, shape);
  }
}

at::Tensor WeightReader::fp32(const std::string& name) const {
  auto it = m_expected.find(name);
  if (it != m_expected.end()) {
    check(name, it->second);
  } else if (!find(name)) {
    throw Error(ErrorCode::ModelMismatch, m_checkpoint.path + ": tensor '" + name + "' is missing (" + m_what + ")");
  }
  return find(name)->to(at::kCPU, at::kFloat).contiguous();
}

at::Tensor WeightReader::place(const at::Tensor& fp32Cpu) const {
  return fp32Cpu.to(m_device, m_dtype).contiguous();
}

at::Tensor WeightReader::get(const std::string& name) const { return place(fp32(name)); }

at::Tensor WeightReader::weightNormed(const std::string& prefix) const {
  if (!find(prefix + ".weight_v") && find(prefix + ".weight")) {
    auto it = m_expected.find(prefix + ".weight_v");
    if (it != m_expected.end()) check(prefix + ".weight", it->second);
    return place(find(prefix + ".weight")->to(at::kCPU, at::kFloat));
  }
  const at::Tensor g = fp32(prefix + ".weight_g");
  const at::Tensor v = fp32(prefix + ".weight_v");
  // The exact kernel torch's weight_norm hook runs: v * (g / ‖v‖).
  return place(at::_weight_norm(v, g, 0));
}

}  // namespace timbre::sovits
