#include "models/sovits/Flow.h"

namespace timbre::sovits {

Flow Flow::load(const WeightReader& weights, const SovitsConfig& c) {
  Flow f;
  for (int64_t i = 0; i < kFlowCount; ++i) {
    const std::string prefix = "flow.flows." + std::to_string(2 * i);
    f.m_couplings.push_back(Coupling{
        Conv1d::load(weights, prefix + ".pre"),
        WaveNet::load(weights, prefix + ".enc", c.hiddenChannels, kFlowWnLayers, kFlowKernel),
        Conv1d::load(weights, prefix + ".post"),
    });
  }
  return f;
}

at::Tensor Flow::reverse(at::Tensor z, const at::Tensor& g) const {
  const int64_t half = z.size(1) / 2;
  for (auto it = m_couplings.rbegin(); it != m_couplings.rend(); ++it) {
    z = at::flip(z, {1});  // each coupling is followed by a Flip in forward order
    const at::Tensor x0 = z.slice(1, 0, half);
    const at::Tensor mean = it->post(it->net(it->pre(x0), g));
    z = at::cat({x0, z.slice(1, half) - mean}, 1);
  }
  return z;
}

}  // namespace timbre::sovits
