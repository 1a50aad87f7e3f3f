#pragma once
// Hands the SoVITS modules their weights: checks every tensor the config needs
// against the file first (a missing or misshapen one names the file, the tensor
// and the expected shape), upcasts fp16 to fp32, folds old-style weight norm,
// and only then converts to the run-time device and dtype.
#include "checkpoint/Checkpoint.h"
#include "models/sovits/SovitsParameterShapes.h"

#include <ATen/ATen.h>

#include <string>

namespace timbre::sovits {

class WeightReader {
 public:
  // `what` names the model in messages, e.g. "SoVITS v2Pro".
  WeightReader(const checkpoint::Checkpoint& checkpoint, ParameterShapes expected, std::string what,
               at::Device device, at::ScalarType dtype);

  // Throws timbre::Error(ModelMismatch) for the first missing or misshapen tensor.
  void validate() const;

  // The tensor as fp32 on the CPU (for folding and further preparation).
  at::Tensor fp32(const std::string& name) const;
  // The tensor converted to the run-time device and dtype.
  at::Tensor get(const std::string& name) const;
  // prefix.weight_g · prefix.weight_v / ‖prefix.weight_v‖ (norm over every dim
  // but 0), computed in fp32, then converted. A file that already holds a plain
  // prefix.weight of the weight_v shape is used as is.
  at::Tensor weightNormed(const std::string& prefix) const;

  // Whether the file holds a tensor of that name (counts layers the file decides, e.g. DiT blocks).
  bool has(const std::string& name) const { return find(name) != nullptr; }

  // Moves a prepared fp32 CPU tensor to the run-time device and dtype.
  at::Tensor place(const at::Tensor& fp32Cpu) const;

  at::Device device() const { return m_device; }
  at::ScalarType dtype() const { return m_dtype; }

 private:
  const at::Tensor* find(const std::string& name) const;
  void check(const std::string& name, const std::vector<int64_t>& shape) const;

  const checkpoint::Checkpoint& m_checkpoint;
  ParameterShapes m_expected;
  std::string m_what;
  at::Device m_device;
  at::ScalarType m_dtype;
};

}  // namespace timbre::sovits
