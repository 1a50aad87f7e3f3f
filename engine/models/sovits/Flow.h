#pragma once
// models.ResidualCouplingBlock run in reverse: mean-only affine coupling
// layers (WN coupling nets) with a channel flip between them.
#include "models/sovits/SovitsConfig.h"
#include "models/sovits/WaveNet.h"

namespace timbre::sovits {

class Flow {
 public:
  static Flow load(const WeightReader& weights, const SovitsConfig& config);

  // z_p [B, inter, T], g [B, gin, 1] -> z [B, inter, T]
  at::Tensor reverse(at::Tensor z, const at::Tensor& g) const;
  // How many frames each side an output frame depends on: every coupling's
  // WaveNet reaches (kernel - 1) / 2 frames per layer (dilation rate 1).
  static constexpr int64_t reachFrames() { return kFlowCount * kFlowWnLayers * (kFlowKernel - 1) / 2; }

 private:
  struct Coupling {
    Conv1d pre;
    WaveNet net;
    Conv1d post;
  };
  std::vector<Coupling> m_couplings;  // flows.0, flows.2, … in forward order
};

}  // namespace timbre::sovits
