#include "training/sovits/TrainGenerator.h"

#include "training/sovits/TrainLayers.h"

namespace timbre::training {
namespace {

constexpr double kLeakySlope = 0.1;        // modules.LRELU_SLOPE
constexpr double kFinalLeakySlope = 0.01;  // F.leaky_relu default before conv_post

// modules.ResBlock1: three (dilated conv, conv) pairs with residuals.
at::Tensor resBlock(const ParameterSet& p, const std::string& prefix, int64_t kernel,
                    const std::vector<int64_t>& dilations, at::Tensor x) {
  for (size_t n = 0; n < dilations.size(); ++n) {
    const int64_t d = dilations[n];
    const std::string i = "." + std::to_string(n);
    at::Tensor t = layers::conv1d(p, prefix + ".convs1" + i, at::leaky_relu(x, kLeakySlope), 1, (kernel * d - d) / 2,
                                  d, true);
    t = layers::conv1d(p, prefix + ".convs2" + i, at::leaky_relu(t, kLeakySlope), 1, (kernel - 1) / 2, 1, true);
    x = t + x;
  }
  return x;
}

}  // namespace

at::Tensor trainGenerator(const ParameterSet& p, const sovits::SovitsConfig& c, const at::Tensor& z,
                          const at::Tensor& ge) {
  at::Tensor x = layers::conv1d(p, "dec.conv_pre", z, 1, 3) + layers::conv1d(p, "dec.cond", ge);
  const size_t kernels = c.resblockKernelSizes.size();
  for (size_t i = 0; i < c.upsampleRates.size(); ++i) {
    const int64_t u = c.upsampleRates[i], k = c.upsampleKernelSizes[i];
    x = layers::convTranspose1d(p, "dec.ups." + std::to_string(i), at::leaky_relu(x, kLeakySlope), u, (k - u) / 2);
    at::Tensor sum;
    for (size_t j = 0; j < kernels; ++j) {
      const at::Tensor r = resBlock(p, "dec.resblocks." + std::to_string(i * kernels + j), c.resblockKernelSizes[j],
                                    c.resblockDilationSizes[j], x);
      sum = sum.defined() ? sum + r : r;
    }
    x = sum / static_cast<double>(kernels);
  }
  x = layers::conv1d(p, "dec.conv_post", at::leaky_relu(x, kFinalLeakySlope), 1, 3, 1, false, false);
  return at::tanh(x);
}

}  // namespace timbre::training
