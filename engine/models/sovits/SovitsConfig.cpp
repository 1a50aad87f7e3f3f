#include "models/sovits/SovitsConfig.h"

#include "timbre/Error.h"

#include <string>

namespace timbre::sovits {
namespace {

using nlohmann::json;

[[noreturn]] void unsupported(const std::string& what) {
  throw Error(ErrorCode::UnsupportedFormat, std::string("SoVITS config: ") + what);
}

int64_t readInt(const json& object, const char* key, int64_t fallback) {
  if (!object.is_object() || !object.contains(key) || object[key].is_null()) return fallback;
  const json& value = object[key];
  if (!value.is_number()) unsupported(std::string("'") + key + "' is not a number");
  return value.get<int64_t>();
}

std::vector<int64_t> readIntList(const json& object, const char* key, std::vector<int64_t> fallback) {
  if (!object.is_object() || !object.contains(key) || object[key].is_null()) return fallback;
  const json& value = object[key];
  if (!value.is_array()) unsupported(std::string("'") + key + "' is not a list");
  std::vector<int64_t> out;
  for (const json& item : value) {
    if (!item.is_number()) unsupported(std::string("'") + key + "' holds a non-number");
    out.push_back(item.get<int64_t>());
  }
  return out;
}

void requirePositive(int64_t value, const char* name) {
  if (value <= 0) unsupported(std::string(name) + " must be positive, got " + std::to_string(value));
}

}  // namespace

int64_t SovitsConfig::symbolCount() const { return version == SovitsVersion::V1 ? kV1Symbols : kV2Symbols; }

int64_t SovitsConfig::styleBins() const { return version == SovitsVersion::V1 ? specChannels : kV2StyleBins; }

int64_t SovitsConfig::upsampleFactor() const {
  int64_t product = 1;
  for (int64_t rate : upsampleRates) product *= rate;
  return product;
}

SovitsConfig SovitsConfig::fromJson(const json& config, SovitsVersion version) {
  requireDecoderSupport(version);
  return parse(config, version);
}

SovitsConfig SovitsConfig::fromJsonV3V4(const json& config, SovitsVersion version) {
  if (version != SovitsVersion::V3 && version != SovitsVersion::V4)
    unsupported(std::string("fromJsonV3V4 reads v3/v4 configs, not ") + sovitsVersionName(version));
  return parse(config, version);
}

SovitsConfig SovitsConfig::parse(const json& config, SovitsVersion version) {
  const json& model = config.is_object() && config.contains("model") ? config["model"] : config;
  const json empty = json::object();
  const json& data = config.is_object() && config.contains("data") ? config["data"] : empty;

  SovitsConfig c;
  c.version = version;
  if (model.is_object() && model.contains("spec_channels"))
    c.specChannels = readInt(model, "spec_channels", 1025);
  else
    c.specChannels = readInt(data, "filter_length", 2048) / 2 + 1;
  c.interChannels = readInt(model, "inter_channels", c.interChannels);
  c.hiddenChannels = readInt(model, "hidden_channels", c.hiddenChannels);
  c.filterChannels = readInt(model, "filter_channels", c.filterChannels);
  c.nHeads = readInt(model, "n_heads", c.nHeads);
  c.nLayers = readInt(model, "n_layers", c.nLayers);
  c.kernelSize = readInt(model, "kernel_size", c.kernelSize);
  c.resblockKernelSizes = readIntList(model, "resblock_kernel_sizes", c.resblockKernelSizes);
  if (model.is_object() && model.contains("resblock_dilation_sizes")) {
    c.resblockDilationSizes.clear();
    for (const json& row : model["resblock_dilation_sizes"]) {
      if (!row.is_array()) unsupported("'resblock_dilation_sizes' is not a list of lists");
      std::vector<int64_t> dilations;
      for (const json& d : row) dilations.push_back(d.get<int64_t>());
      c.resblockDilationSizes.push_back(dilations);
    }
  }
  c.upsampleRates = readIntList(model, "upsample_rates", c.upsampleRates);
  c.upsampleInitialChannel = readInt(model, "upsample_initial_channel", c.upsampleInitialChannel);
  c.upsampleKernelSizes = readIntList(model, "upsample_kernel_sizes", c.upsampleKernelSizes);
  c.ginChannels = readInt(model, "gin_channels", c.ginChannels);
  if (model.is_object() && model.contains("semantic_frame_rate") && model["semantic_frame_rate"].is_string()) {
    const std::string rate = model["semantic_frame_rate"].get<std::string>();
    if (rate != "25hz" && rate != "50hz") unsupported("semantic_frame_rate '" + rate + "' is not 25hz or 50hz");
    c.semantic25Hz = rate == "25hz";
  }
  if (model.is_object() && model.contains("resblock") && model["resblock"].is_string() &&
      model["resblock"].get<std::string>() != "1")
    unsupported("resblock '" + model["resblock"].get<std::string>() + "' is not implemented (only \"1\")");
  c.samplingRateHz = static_cast<int>(readInt(data, "sampling_rate", c.samplingRateHz));

  requirePositive(c.interChannels, "inter_channels");
  requirePositive(c.hiddenChannels, "hidden_channels");
  requirePositive(c.filterChannels, "filter_channels");
  requirePositive(c.nHeads, "n_heads");
  requirePositive(c.nLayers, "n_layers");
  requirePositive(c.kernelSize, "kernel_size");
  requirePositive(c.ginChannels, "gin_channels");
  requirePositive(c.upsampleInitialChannel, "upsample_initial_channel");
  requirePositive(c.specChannels, "spec_channels");
  if (c.interChannels % 2 != 0) unsupported("inter_channels must be even (the flow splits it in halves)");
  if (c.hiddenChannels % c.nHeads != 0) unsupported("hidden_channels must be a multiple of n_heads");
  if (c.upsampleRates.empty() || c.upsampleRates.size() != c.upsampleKernelSizes.size())
    unsupported("upsample_rates and upsample_kernel_sizes must be non-empty lists of equal length");
  if (c.resblockKernelSizes.empty() || c.resblockKernelSizes.size() != c.resblockDilationSizes.size())
    unsupported("resblock_kernel_sizes and resblock_dilation_sizes must be non-empty lists of equal length");
  for (const auto& row : c.resblockDilationSizes)
    if (row.size() != 3) unsupported("ResBlock1 needs exactly 3 dilations per kernel");
  // The official Generator floors upsample_initial_channel // 2**(i+1) at every
  // stage, so odd widths are fine; only a stage left with no channels at all
  // cannot carry a signal to conv_post.
  if (c.upsampleRates.size() >= 63 || (c.upsampleInitialChannel >> c.upsampleRates.size()) == 0)
    unsupported("upsample_initial_channel " + std::to_string(c.upsampleInitialChannel) + " leaves no channels after " +
                std::to_string(c.upsampleRates.size()) + " upsampling stages (each stage keeps the floor of half)");
  if (c.version != SovitsVersion::V1 && c.specChannels < kV2StyleBins)
    unsupported("spec_channels must be at least 704 for v2 and later");
  // The MRTE block is built with fixed 192/512 widths upstream.
  if (c.hiddenChannels != kMrteContentChannels)
    unsupported("hidden_channels must be 192 (the official MRTE block is built with that width), got " +
                std::to_string(c.hiddenChannels));
  // v3/v4 build MRTE with hidden = gin_channels (512 officially); its width is
  // then checked against the tensors.
  if (!usesSpeakerEmbedding(c.version) && !usesFlowMatching(c.version) && c.ginChannels != kMrteHidden)
    unsupported(std::string("gin_channels must be 512 for ") + sovitsVersionName(c.version) +
                " (the timbre vector is added inside the 512-wide MRTE block), got " +
                std::to_string(c.ginChannels));
  c.hopLength = readInt(data, "hop_length", c.upsampleFactor());
  if (c.hopLength != c.upsampleFactor())
    unsupported("hop_length " + std::to_string(c.hopLength) + " differs from the product of upsample_rates " +
                std::to_string(c.upsampleFactor()));
  return c;
}

}  // namespace timbre::sovits
