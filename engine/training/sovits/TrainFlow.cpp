#include "training/sovits/TrainFlow.h"

#include "training/sovits/TrainLayers.h"
#include "training/sovits/TrainWaveNet.h"

namespace timbre::training {

at::Tensor trainFlowForward(const ParameterSet& p, const sovits::SovitsConfig& c, at::Tensor z, const at::Tensor& mask,
                            const at::Tensor& ge) {
  const int64_t half = z.size(1) / 2;
  const WaveNetShape shape{c.hiddenChannels, sovits::kFlowWnLayers, sovits::kFlowKernel};
  for (int64_t i = 0; i < sovits::kFlowCount; ++i) {
    const std::string prefix = "flow.flows." + std::to_string(2 * i);  // odd indices are the Flip modules
    const at::Tensor x0 = z.slice(1, 0, half);
    at::Tensor h = layers::conv1d(p, prefix + ".pre", x0) * mask;
    h = trainWaveNet(p, prefix + ".enc", h, mask, ge, shape);
    const at::Tensor mean = layers::conv1d(p, prefix + ".post", h) * mask;
    // mean-only: x1 ← m + x1 · exp(0) · mask (logdet 0)
    z = at::cat({x0, mean + z.slice(1, half) * mask}, 1);
    z = at::flip(z, {1});
  }
  return z;
}

}  // namespace timbre::training
