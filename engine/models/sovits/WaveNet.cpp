#include "models/sovits/WaveNet.h"

namespace timbre::sovits {

WaveNet WaveNet::load(const WeightReader& weights, const std::string& prefix, int64_t hidden, int64_t layers,
                      int64_t kernelSize) {
  WaveNet w;
  w.m_hidden = hidden;
  w.m_cond = Conv1d::load(weights, prefix + ".cond_layer", 1, 0, 1, true);
  for (int64_t i = 0; i < layers; ++i) {
    const std::string n = "." + std::to_string(i);
    // dilation_rate 1 in SynthesizerTrn's flow
    w.m_in.push_back(Conv1d::load(weights, prefix + ".in_layers" + n, 1, (kernelSize - 1) / 2, 1, true));
    w.m_resSkip.push_back(Conv1d::load(weights, prefix + ".res_skip_layers" + n, 1, 0, 1, true));
  }
  return w;
}

at::Tensor WaveNet::operator()(at::Tensor x, const at::Tensor& g, const at::Tensor& mask) const {
  at::Tensor output = at::zeros_like(x);
  const at::Tensor cond = m_cond(g);
  const int64_t layers = static_cast<int64_t>(m_in.size());
  for (int64_t i = 0; i < layers; ++i) {
    const at::Tensor in = m_in[i](x) + cond.slice(1, 2 * i * m_hidden, 2 * (i + 1) * m_hidden);
    const at::Tensor acts = at::tanh(in.slice(1, 0, m_hidden)) * at::sigmoid(in.slice(1, m_hidden));
    const at::Tensor resSkip = m_resSkip[i](acts);
    if (i + 1 < layers) {
      x = x + resSkip.slice(1, 0, m_hidden);
      if (mask.defined()) x = x * mask;
      output = output + resSkip.slice(1, m_hidden);
    } else {
      output = output + resSkip;
    }
  }
  return mask.defined() ? output * mask : output;
}

}  // namespace timbre::sovits
