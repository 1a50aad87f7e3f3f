#pragma once
// ScaledAdam, the optimiser of the official GPT trainer (AR/modules/optim.py,
// from icefall): Adam whose step is scaled by each tensor's RMS, plus a learned
// overall scale per tensor (every size_update_period steps), plain Adam at a
// tenth of the LR for scalars, momentum kept as a parameter change "delta", and
// gradient clipping to twice the median recent gradient norm once
// clipping_update_period steps have passed (as in the official code, the
// clipped gradient only reaches the scale update; the Adam steps read the
// unclipped one). The official code stacks
// same-shaped tensors, but the maths is per tensor; only the clipping norm adds
// them all up, so each tensor is stepped on its own here.
#include "checkpoint/Checkpoint.h"

#include <ATen/ATen.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace timbre::training::gpt {

struct ScaledAdamOptions {
  double lr = 0.01;
  double beta1 = 0.9, beta2 = 0.95;
  std::optional<double> clippingScale = 2.0;  // nullopt: never clip
  int64_t clippingUpdatePeriod = 1000;
  double scalarLrScale = 0.1;
  double eps = 1e-8;
  double paramMinRms = 1e-5, paramMaxRms = 3.0;
  double scalarMax = 10.0;
  int64_t sizeUpdatePeriod = 4;
};

class ScaledAdam {
 public:
  struct State {
    at::Tensor delta;          // like the parameter
    at::Tensor expAvgSq;       // like the parameter
    at::Tensor paramRms;       // 0-dim: RMS of the parameter (|p| for scalars, set at init and unused)
    at::Tensor scaleExpAvgSq;  // 0-dim
    at::Tensor scaleGrads;     // [sizeUpdatePeriod]: Σ p·g of the last steps
  };

  // parameters: (name, fp32 leaf tensor) in the order the official
  // named_parameters gives; gradients are read from each tensor's .grad().
  ScaledAdam(std::vector<std::pair<std::string, at::Tensor>> parameters, ScaledAdamOptions options = {});

  void setLearningRate(double lr) { m_options.lr = lr; }
  double learningRate() const { return m_options.lr; }
  const ScaledAdamOptions& options() const { return m_options; }

  // One update from the current gradients (an undefined one counts as zero).
  // Returns the clipping factor applied (1 when no clipping happened).
  double step();
  int64_t steps() const { return m_step; }

  bool hasState() const { return m_step > 0; }
  // Throws timbre::Error(Internal) before the first step or for an unknown name.
  const State& state(const std::string& name) const;
  std::optional<double> modelNormThreshold() const { return m_threshold; }
  int64_t numClipped() const { return m_numClipped; }

  // Everything a resumed run needs, as tensors ("<name>/delta", …, "step", "lr",
  // clipping history); loadState takes what saveState wrote and throws
  // timbre::Error(CorruptFile) naming `what` when entries are missing or misshapen.
  checkpoint::TensorMap saveState() const;
  void loadState(const checkpoint::TensorMap& state, const std::string& what);

 private:
  double clippingFactor();
  void initState();
  void sizeUpdate(const at::Tensor& p, State& s);

  std::vector<std::pair<std::string, at::Tensor>> m_parameters;
  ScaledAdamOptions m_options;
  std::vector<State> m_states;
  int64_t m_step = 0;
  at::Tensor m_modelNorms;           // [clippingUpdatePeriod] float32, created at the first clipped-period step
  std::optional<double> m_threshold; // clippingScale · median of m_modelNorms, set every period
  int64_t m_numClipped = 0;
};

// The LR the official s1_train actually uses for update n (0-based):
// WarmupCosineLRSchedule.step() overwrites every group's lr with end_lr 0.002
// after the first update, and its constructor never touches the optimiser, so
// update 0 runs at ScaledAdam's constructor value 0.01 and every later one at 0.002.
double officialGptLearningRate(int64_t updatesDone);

}  // namespace timbre::training::gpt
