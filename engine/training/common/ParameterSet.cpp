#include "training/common/ParameterSet.h"

#include "timbre/Error.h"

namespace timbre::training {

ParameterSet ParameterSet::fromCheckpoint(const checkpoint::Checkpoint& checkpoint,
                                          const std::function<bool(const std::string&)>& isBuffer,
                                          at::Device device) {
  ParameterSet set;
  set.m_what = checkpoint.path;
  // The file's order is the official state_dict order, which saving keeps.
  for (const auto& name : checkpoint.order) {
    const at::Tensor& tensor = checkpoint.tensors.at(name);
    const bool buffer = isBuffer && isBuffer(name);
    // Integer buffers (e.g. `inited`) keep their type; floats train in fp32.
    at::Tensor t = tensor.is_floating_point() ? tensor.to(device, at::kFloat) : tensor.to(device);
    set.add(name, t.clone(), buffer);
  }
  return set;
}

void ParameterSet::add(const std::string& name, const at::Tensor& tensor, bool buffer) {
  if (m_index.count(name))
    throw Error(ErrorCode::Internal, m_what + ": tensor '" + name + "' added twice");
  Entry entry{name, tensor.detach(), buffer, false};
  if (!buffer && entry.tensor.is_floating_point()) entry.tensor.set_requires_grad(true);
  m_index[name] = m_entries.size();
  m_entries.push_back(std::move(entry));
}

const ParameterSet::Entry* ParameterSet::find(const std::string& name) const {
  auto it = m_index.find(name);
  return it == m_index.end() ? nullptr : &m_entries[it->second];
}

bool ParameterSet::has(const std::string& name) const { return find(name) != nullptr; }

const at::Tensor& ParameterSet::operator[](const std::string& name) const {
  const Entry* entry = find(name);
  if (!entry) throw Error(ErrorCode::ModelMismatch, m_what + ": the tensor '" + name + "' is missing");
  return entry->tensor;
}

void ParameterSet::freeze(const std::string& prefix) {
  for (auto& entry : m_entries) {
    if (entry.buffer || entry.name.compare(0, prefix.size(), prefix) != 0) continue;
    entry.frozen = true;
    entry.tensor.set_requires_grad(false);
  }
}

std::vector<at::Tensor> ParameterSet::trainable() const {
  std::vector<at::Tensor> out;
  for (const auto& entry : m_entries)
    if (!entry.buffer && !entry.frozen) out.push_back(entry.tensor);
  return out;
}

std::vector<std::string> ParameterSet::trainableNames() const {
  std::vector<std::string> out;
  for (const auto& entry : m_entries)
    if (!entry.buffer && !entry.frozen) out.push_back(entry.name);
  return out;
}

void ParameterSet::zeroGrad() {
  for (auto& entry : m_entries)
    if (entry.tensor.grad().defined()) entry.tensor.mutable_grad() = at::Tensor();
}

OrderedTensors ParameterSet::stateDict() const {
  OrderedTensors out;
  for (const auto& entry : m_entries) out.emplace_back(entry.name, entry.tensor.detach());
  return out;
}

}  // namespace timbre::training
