#pragma once
// The trainable state of one model under the names of the official
// state_dict ("enc_p.encoder_text.attn_layers.0.conv_q.weight",
// "model.h.layers.0.self_attn.in_proj_weight", …): fp32 tensors on the
// training device. Parameters are autograd leaves unless frozen; buffers
// (quantizer codebook, `inited`, …) never take gradients. Weight-normed layers
// keep weight_g and weight_v as two parameters, as the official trainer
// updates them, so saving writes the same keys back.
#include "checkpoint/Checkpoint.h"

#include <ATen/ATen.h>

#include <functional>
#include <map>
#include <utility>
#include <string>
#include <vector>

namespace timbre::training {

// A state dict in the official order (name, tensor).
using OrderedTensors = std::vector<std::pair<std::string, at::Tensor>>;

class ParameterSet {
 public:
  struct Entry {
    std::string name;
    at::Tensor tensor;
    bool buffer = false;  // a state_dict entry that is not a parameter
    bool frozen = false;  // a parameter excluded from training (no grad, never updated)
  };

  // Every tensor of a checkpoint's state dict, upcast to fp32 on `device`;
  // `isBuffer` tells buffers from parameters by name. `what` names the file in
  // errors.
  static ParameterSet fromCheckpoint(const checkpoint::Checkpoint& checkpoint,
                                     const std::function<bool(const std::string&)>& isBuffer,
                                     at::Device device = at::kCPU);

  void add(const std::string& name, const at::Tensor& tensor, bool buffer = false);
  bool has(const std::string& name) const;
  // Throws timbre::Error(ModelMismatch) naming `what()` and the tensor.
  const at::Tensor& operator[](const std::string& name) const;
  // Marks every parameter whose name starts with `prefix` frozen (requires_grad off).
  void freeze(const std::string& prefix);

  std::vector<Entry>& entries() { return m_entries; }
  const std::vector<Entry>& entries() const { return m_entries; }
  // Parameters that train, in insertion order.
  std::vector<at::Tensor> trainable() const;
  std::vector<std::string> trainableNames() const;
  // Sets every trainable parameter's gradient to undefined (PyTorch's set_to_none).
  void zeroGrad();
  // (name, detached tensor) in insertion order, parameters and buffers alike (for saving).
  OrderedTensors stateDict() const;

  void setWhat(std::string what) { m_what = std::move(what); }
  const std::string& what() const { return m_what; }

 private:
  const Entry* find(const std::string& name) const;

  std::vector<Entry> m_entries;
  std::map<std::string, size_t> m_index;
  std::string m_what = "model";
};

}  // namespace timbre::training
