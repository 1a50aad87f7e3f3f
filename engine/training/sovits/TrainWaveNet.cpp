#include "training/sovits/TrainWaveNet.h"

#include "training/sovits/TrainLayers.h"

namespace timbre::training {

at::Tensor trainWaveNet(const ParameterSet& p, const std::string& prefix, at::Tensor x, const at::Tensor& mask,
                        const at::Tensor& g, const WaveNetShape& shape) {
  const int64_t h = shape.hidden;
  at::Tensor output = at::zeros_like(x);
  const at::Tensor cond = layers::conv1d(p, prefix + ".cond_layer", g, 1, 0, 1, true);
  for (int64_t i = 0; i < shape.layers; ++i) {
    const std::string n = "." + std::to_string(i);
    const at::Tensor in = layers::conv1d(p, prefix + ".in_layers" + n, x, 1, (shape.kernelSize - 1) / 2, 1, true) +
                          cond.slice(1, 2 * i * h, 2 * (i + 1) * h);
    const at::Tensor acts = at::tanh(in.slice(1, 0, h)) * at::sigmoid(in.slice(1, h));
    const at::Tensor resSkip = layers::conv1d(p, prefix + ".res_skip_layers" + n, acts, 1, 0, 1, true);
    if (i + 1 < shape.layers) {
      x = (x + resSkip.slice(1, 0, h)) * mask;
      output = output + resSkip.slice(1, h);
    } else {
      output = output + resSkip;
    }
  }
  return output * mask;
}

}  // namespace timbre::training
