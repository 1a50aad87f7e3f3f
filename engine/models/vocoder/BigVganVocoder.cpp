#include "models/vocoder/BigVganVocoder.h"

#include "checkpoint/Checkpoint.h"
#include "timbre/Error.h"

namespace timbre::vocoder {
namespace {

std::vector<int64_t> intList(const nlohmann::json& config, const char* key, const std::string& path) {
  if (!config.contains(key) || !config[key].is_array())
    throw Error(ErrorCode::ModelMismatch, path + ": config.json has no list '" + key + "'");
  std::vector<int64_t> out;
  for (const auto& v : config[key]) {
    if (!v.is_number_integer()) throw Error(ErrorCode::ModelMismatch, path + ": '" + key + "' holds a non-integer");
    out.push_back(v.get<int64_t>());
  }
  return out;
}

}  // namespace

at::Tensor BigVganVocoder::AmpBlock::operator()(at::Tensor x) const {
  for (size_t i = 0; i < convs1.size(); ++i) {
    at::Tensor t = convs1[i](activations[2 * i](x));
    t = convs2[i](activations[2 * i + 1](t));
    x = t + x;
  }
  return x;
}

BigVganVocoder BigVganVocoder::load(const std::string& folder, at::Device device, at::ScalarType dtype) {
  const checkpoint::Checkpoint file = checkpoint::loadCheckpoint(folder);
  const nlohmann::json& config = file.config;
  if (!config.is_object()) throw Error(ErrorCode::ModelMismatch, folder + ": the BigVGAN folder has no config.json");
  const std::string where = folder + "/config.json";
  if (config.value("resblock", std::string("1")) != "1")
    throw Error(ErrorCode::UnsupportedFormat, where + ": only resblock \"1\" (AMPBlock1) is implemented");
  if (config.value("activation", std::string("snakebeta")) != "snakebeta")
    throw Error(ErrorCode::UnsupportedFormat, where + ": only the snakebeta activation is implemented");
  const auto rates = intList(config, "upsample_rates", where);
  const auto kernels = intList(config, "upsample_kernel_sizes", where);
  const auto blockKernels = intList(config, "resblock_kernel_sizes", where);
  if (rates.empty() || rates.size() != kernels.size() || !config.contains("resblock_dilation_sizes") ||
      config["resblock_dilation_sizes"].size() != blockKernels.size())
    throw Error(ErrorCode::ModelMismatch, where + ": upsample and resblock lists disagree in length");
  const bool logScale = config.value("snake_logscale", true);

  sovits::WeightReader weights(file, {}, "BigVGAN", device, dtype);
  BigVganVocoder v;
  v.m_device = device;
  v.m_dtype = dtype;
  v.m_tanhAtFinal = config.value("use_tanh_at_final", true);
  v.m_sampleRateHz = config.value("sampling_rate", 24000);
  v.m_convPre = sovits::Conv1d::load(weights, "conv_pre", 1, 3, 1, true);
  v.m_kernelsPerStage = blockKernels.size();
  v.m_samplesPerFrame = 1;
  for (size_t i = 0; i < rates.size(); ++i) {
    v.m_ups.push_back(sovits::ConvTranspose1d::load(weights, "ups." + std::to_string(i) + ".0", rates[i],
                                                    (kernels[i] - rates[i]) / 2));
    v.m_samplesPerFrame *= rates[i];
    for (size_t j = 0; j < blockKernels.size(); ++j) {
      const std::string prefix = "resblocks." + std::to_string(i * blockKernels.size() + j);
      const int64_t k = blockKernels[j];
      AmpBlock block;
      const auto& dilations = config["resblock_dilation_sizes"][j];
      for (size_t n = 0; n < dilations.size(); ++n) {
        const int64_t d = dilations[n].get<int64_t>();
        block.convs1.push_back(
            sovits::Conv1d::load(weights, prefix + ".convs1." + std::to_string(n), 1, (k * d - d) / 2, d, true));
        block.convs2.push_back(sovits::Conv1d::load(weights, prefix + ".convs2." + std::to_string(n), 1, (k - 1) / 2, 1, true));
      }
      for (size_t a = 0; a < 2 * dilations.size(); ++a)
        block.activations.push_back(
            AliasFreeActivation::load(weights, prefix + ".activations." + std::to_string(a), logScale));
      v.m_blocks.push_back(std::move(block));
    }
  }
  v.m_activationPost = AliasFreeActivation::load(weights, "activation_post", logScale);
  v.m_convPost = sovits::Conv1d::load(weights, "conv_post", 1, 3, 1, true, config.value("use_bias_at_final", true));
  return v;
}

at::Tensor BigVganVocoder::operator()(const at::Tensor& mel) const {
  at::NoGradGuard noGrad;
  at::Tensor x = m_convPre(mel.to(m_device, m_dtype));
  for (size_t i = 0; i < m_ups.size(); ++i) {
    x = m_ups[i](x);
    at::Tensor sum = m_blocks[i * m_kernelsPerStage](x);
    for (size_t j = 1; j < m_kernelsPerStage; ++j) sum = sum + m_blocks[i * m_kernelsPerStage + j](x);
    x = sum / double(m_kernelsPerStage);
  }
  x = m_convPost(m_activationPost(x));
  x = m_tanhAtFinal ? at::tanh(x) : x.clamp(-1.0, 1.0);
  return x.reshape({-1}).to(at::kCPU, at::kFloat);
}

}  // namespace timbre::vocoder
