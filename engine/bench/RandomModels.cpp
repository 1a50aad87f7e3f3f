#include "bench/RandomModels.h"

#include "checkpoint/Checkpoint.h"
#include "models/gpt/GptConfig.h"
#include "models/sovits/SovitsConfig.h"
#include "models/sovits/SovitsParameterShapes.h"

namespace timbre::bench {
namespace {

using checkpoint::SovitsVersion;

// configs/s1longer-v2.yaml (v1: s1longer.yaml, 512 phones).
nlohmann::json officialGptConfig(SovitsVersion version) {
  return {{"model",
           {{"vocab_size", 1025}, {"phoneme_vocab_size", version == SovitsVersion::V1 ? 512 : 732},
            {"embedding_dim", 512}, {"hidden_dim", 512}, {"head", 16}, {"linear_units", 2048}, {"n_layer", 24},
            {"dropout", 0}, {"EOS", 1024}}},
          {"data", {{"max_sec", 54}}}};
}

// configs/s2.json and its Pro variants.
nlohmann::json officialSovitsConfig(SovitsVersion version) {
  const bool pro = version == SovitsVersion::V2Pro || version == SovitsVersion::V2ProPlus;
  const bool plus = version == SovitsVersion::V2ProPlus;
  nlohmann::json model = {{"inter_channels", 192},
                          {"hidden_channels", 192},
                          {"filter_channels", 768},
                          {"n_heads", 2},
                          {"n_layers", 6},
                          {"kernel_size", 3},
                          {"p_dropout", 0.1},
                          {"resblock", "1"},
                          {"resblock_kernel_sizes", {3, 7, 11}},
                          {"resblock_dilation_sizes", {{1, 3, 5}, {1, 3, 5}, {1, 3, 5}}},
                          {"upsample_rates", {10, 8, 2, 2, 2}},
                          {"upsample_initial_channel", plus ? 768 : 512},
                          {"upsample_kernel_sizes", {plus ? 20 : 16, 16, 8, 2, 2}},
                          {"n_layers_q", 3},
                          {"use_spectral_norm", false},
                          {"gin_channels", pro ? 1024 : 512},
                          {"semantic_frame_rate", "25hz"},
                          {"freeze_quantizer", true}};
  nlohmann::json data = {{"sampling_rate", 32000}, {"filter_length", 2048}, {"hop_length", 640},
                         {"win_length", 2048},     {"n_speakers", 300}};
  return {{"model", model}, {"data", data}};
}

// Every named tensor as a random normal, scaled so activations stay finite.
checkpoint::Checkpoint randomCheckpoint(const std::map<std::string, std::vector<int64_t>>& shapes,
                                        const nlohmann::json& config, const std::string& name) {
  checkpoint::Checkpoint c;
  c.path = c.weightPath = name;
  c.container = "random";
  c.config = config;
  at::Generator generator = at::detail::createCPUGenerator(20261121);
  for (const auto& [key, shape] : shapes) {
    at::Tensor t = at::normal(0.0, 0.02, shape, generator);
    if (key.find("weight_g") != std::string::npos || key.find("gamma") != std::string::npos ||
        key.find("norm") != std::string::npos)
      t = t.abs() + 1.0;  // norms and weight-norm gains near 1
    c.tensors[key] = t;
  }
  return c;
}

}  // namespace

gpt::GptModel randomGpt(SovitsVersion version, at::Device device, at::ScalarType dtype) {
  const nlohmann::json config = officialGptConfig(version);
  const gpt::GptConfig gptConfig = gpt::GptConfig::fromJson(config);
  return gpt::GptModel::load(randomCheckpoint(gpt::gptParameterShapes(gptConfig), config, "<random GPT>"), device,
                             dtype);
}

sovits::SovitsModel randomSovits(SovitsVersion version, at::Device device, at::ScalarType dtype) {
  const nlohmann::json config = officialSovitsConfig(version);
  const sovits::SovitsConfig sovitsConfig = sovits::SovitsConfig::fromJson(config, version);
  return sovits::SovitsModel::load(
      randomCheckpoint(sovits::sovitsParameterShapes(sovitsConfig), config, "<random SoVITS>"), sovitsConfig, device,
      dtype);
}

}  // namespace timbre::bench
