#pragma once
// torch.optim.AdamW as the SoVITS trainer uses it (torch 1.13 single-tensor
// path, amsgrad off): per parameter with a gradient,
//   p ← p·(1 − lr·wd);  m ← β1·m + (1−β1)·g;  v ← β2·v + (1−β2)·g²;
//   p ← p − lr/(1−β1^t) · m / (sqrt(v)/sqrt(1−β2^t) + eps).
// Parameters whose gradient is undefined are skipped entirely (no decay, no
// state), as PyTorch does. Parameters are grouped, each group with its own lr.
#include "checkpoint/Checkpoint.h"

#include <ATen/ATen.h>

#include <string>
#include <vector>

namespace timbre::training {

struct AdamWOptions {
  double beta1 = 0.8, beta2 = 0.99;  // s2.json betas
  double eps = 1e-9;
  double weightDecay = 0.01;         // torch's AdamW default (s2_train does not set it)
};

class AdamW {
 public:
  struct Group {
    std::vector<std::string> names;  // state keys (the official parameter names)
    std::vector<at::Tensor> params;  // autograd leaves
    double initialLr = 0.0;
    double lr = 0.0;
  };

  explicit AdamW(AdamWOptions options = {}) : m_options(options) {}

  void addGroup(std::vector<std::string> names, std::vector<at::Tensor> params, double lr);
  std::vector<Group>& groups() { return m_groups; }
  const std::vector<Group>& groups() const { return m_groups; }

  // One update of every parameter that has a gradient.
  void step();

  // The state of one parameter (undefined tensors / 0 before its first update).
  at::Tensor expAvg(const std::string& name) const;
  at::Tensor expAvgSq(const std::string& name) const;
  int64_t stepCount(const std::string& name) const;

  // For resume files: "<name>/exp_avg", "<name>/exp_avg_sq", "<name>/step"
  // (int64 scalar). restore() throws timbre::Error(ModelMismatch) naming `what`
  // when a tensor does not fit its parameter.
  checkpoint::TensorMap saveState() const;
  void restoreState(const checkpoint::TensorMap& state, const std::string& what);

 private:
  struct State {
    at::Tensor expAvg, expAvgSq;
    int64_t step = 0;
  };
  const State* find(const std::string& name) const;

  AdamWOptions m_options;
  std::vector<Group> m_groups;
  std::vector<std::vector<State>> m_state;  // parallel to m_groups[*].params
};

// torch.optim.lr_scheduler.ExponentialLR: each step multiplies every group's
// lr by gamma; lr after e steps = initial·γ^e (computed by repeated products,
// as PyTorch's chainable form does).
class ExponentialLr {
 public:
  ExponentialLr(AdamW& optimizer, double gamma) : m_optimizer(&optimizer), m_gamma(gamma) {}
  void step();
  int64_t steps() const { return m_steps; }
  // Brings a fresh optimiser to the lr of `steps` scheduler steps (resume).
  void advanceTo(int64_t steps);

 private:
  AdamW* m_optimizer;
  double m_gamma;
  int64_t m_steps = 0;
};

}  // namespace timbre::training
