#pragma once
// The sizes of a HuggingFace HubertModel (chinese-hubert-base layout), read from
// the folder's config.json, and the state-dict names and shapes they imply.
#include "models/sovits/SovitsParameterShapes.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace timbre::hubert {

struct HubertConfig {
  std::vector<int64_t> convDim;     // feature-encoder channels per layer
  std::vector<int64_t> convKernel;
  std::vector<int64_t> convStride;
  bool convBias = false;
  int64_t hiddenSize = 768;
  int64_t numLayers = 12;
  int64_t numHeads = 12;
  int64_t intermediateSize = 3072;
  int64_t posConvKernel = 128;
  int64_t posConvGroups = 16;
  bool featProjLayerNorm = true;
  double layerNormEps = 1e-5;

  // Throws timbre::Error(UnsupportedFormat) naming `source` for a layout this
  // engine does not implement (stable layer norm, layer-normed feature encoder,
  // an activation other than GELU) and ModelMismatch for inconsistent sizes.
  static HubertConfig fromJson(const nlohmann::json& config, const std::string& source);

  // Input samples per output frame (320 for chinese-hubert-base).
  int64_t hopSamples() const;
  // Output frames for `samples` input samples.
  int64_t framesFor(int64_t samples) const;
};

// Names as HubertModel.save_pretrained writes them, each preceded by `prefix`
// ("" or "hubert." for checkpoints saved from a wrapper). The positional
// convolution appears as weight_g/weight_v.
sovits::ParameterShapes hubertParameterShapes(const HubertConfig& config, const std::string& prefix = "");

}  // namespace timbre::hubert
