#include "training/sovits/PosteriorEncoder.h"

#include "training/sovits/TrainLayers.h"
#include "training/sovits/TrainWaveNet.h"

namespace timbre::training {

namespace {
constexpr int64_t kPosteriorKernel = 5;  // PosteriorEncoder(…, 5, 1, 16, …) in SynthesizerTrn
}

PosteriorSample trainPosteriorEncoder(const ParameterSet& p, int64_t interChannels, int64_t hiddenChannels,
                                      int64_t layers, const at::Tensor& spec, const at::Tensor& mask,
                                      const at::Tensor& ge, const at::Tensor& eps) {
  at::Tensor x = layers::conv1d(p, "enc_q.pre", spec) * mask;
  x = trainWaveNet(p, "enc_q.enc", x, mask, ge.detach(), WaveNetShape{hiddenChannels, layers, kPosteriorKernel});
  const at::Tensor stats = layers::conv1d(p, "enc_q.proj", x) * mask;
  PosteriorSample s;
  s.mean = stats.slice(1, 0, interChannels);
  s.logScale = stats.slice(1, interChannels, 2 * interChannels);
  s.z = (s.mean + eps * at::exp(s.logScale)) * mask;
  return s;
}

}  // namespace timbre::training
