#include "models/vocoder/HifiganVocoder.h"

#include "checkpoint/Checkpoint.h"
#include "timbre/Error.h"

#include <set>

namespace timbre::vocoder {
namespace {

// The official v4 vocoder's hyperparameters (TTS.init_vocoder); only the width is read from the file.
sovits::SovitsConfig v4VocoderConfig(int64_t initialChannels, int64_t melBins) {
  sovits::SovitsConfig c;
  c.interChannels = melBins;
  c.upsampleRates = {10, 6, 2, 2, 2};
  c.upsampleKernelSizes = {20, 12, 4, 4, 4};
  c.upsampleInitialChannel = initialChannels;
  c.resblockKernelSizes = {3, 7, 11};
  c.resblockDilationSizes = {{1, 3, 5}, {1, 3, 5}, {1, 3, 5}};
  return c;
}

// Every name load_state_dict(strict=True) expects, so a stray tensor is an error as upstream.
std::set<std::string> expectedNames(const sovits::SovitsConfig& c) {
  std::set<std::string> names{"conv_pre.weight", "conv_pre.bias", "conv_post.weight", "conv_post.bias"};
  for (size_t i = 0; i < c.upsampleRates.size(); ++i) {
    names.insert("ups." + std::to_string(i) + ".weight");
    names.insert("ups." + std::to_string(i) + ".bias");
    for (size_t j = 0; j < c.resblockKernelSizes.size(); ++j) {
      const std::string block = "resblocks." + std::to_string(i * c.resblockKernelSizes.size() + j);
      for (const char* convs : {".convs1.", ".convs2."})
        for (int n = 0; n < 3; ++n)
          for (const char* part : {".weight", ".bias"}) names.insert(block + convs + std::to_string(n) + part);
    }
  }
  return names;
}

}  // namespace

HifiganVocoder HifiganVocoder::load(const std::string& path, at::Device device, at::ScalarType dtype) {
  const checkpoint::Checkpoint file = checkpoint::loadCheckpoint(path);
  const at::Tensor& convPre = file.tensor("conv_pre.weight");
  if (convPre.dim() != 3)
    throw Error(ErrorCode::ModelMismatch, path + ": conv_pre.weight is not a 1-d convolution kernel");
  const sovits::SovitsConfig config = v4VocoderConfig(convPre.size(0), convPre.size(1));
  const std::set<std::string> names = expectedNames(config);
  for (const auto& [name, _] : file.tensors)
    if (!names.count(name))
      throw Error(ErrorCode::ModelMismatch, path + ": unexpected tensor '" + name + "' for the v4 vocoder");
  for (const auto& name : names)
    if (!file.has(name)) throw Error(ErrorCode::ModelMismatch, path + ": tensor '" + name + "' is missing (v4 vocoder)");
  sovits::WeightReader weights(file, {}, "the v4 vocoder", device, dtype);
  HifiganVocoder v;
  v.m_generator = sovits::Generator::load(weights, config, sovits::GeneratorLayout{"", false, true});
  v.m_device = device;
  v.m_dtype = dtype;
  return v;
}

at::Tensor HifiganVocoder::operator()(const at::Tensor& mel) const {
  at::NoGradGuard noGrad;
  return m_generator(mel.to(m_device, m_dtype), {}).reshape({-1}).to(at::kCPU, at::kFloat);
}

}  // namespace timbre::vocoder
