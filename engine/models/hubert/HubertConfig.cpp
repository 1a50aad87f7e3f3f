#include "models/hubert/HubertConfig.h"

#include "timbre/Error.h"

namespace timbre::hubert {
namespace {

template <typename T>
T valueOr(const nlohmann::json& j, const char* key, T fallback) {
  return j.contains(key) && !j[key].is_null() ? j[key].get<T>() : fallback;
}

}  // namespace

HubertConfig HubertConfig::fromJson(const nlohmann::json& j, const std::string& source) {
  if (!j.is_object())
    throw Error(ErrorCode::ModelMismatch, source + ": config.json is not a JSON object");
  const std::string type = valueOr<std::string>(j, "model_type", "");
  if (type != "hubert")
    throw Error(ErrorCode::ModelMismatch,
                source + ": config.json describes a '" + type + "' model; a HuBERT model (model_type \"hubert\") is needed");
  HubertConfig c;
  try {
    c.convDim = j.at("conv_dim").get<std::vector<int64_t>>();
    c.convKernel = j.at("conv_kernel").get<std::vector<int64_t>>();
    c.convStride = j.at("conv_stride").get<std::vector<int64_t>>();
    c.convBias = valueOr(j, "conv_bias", false);
    c.hiddenSize = j.at("hidden_size").get<int64_t>();
    c.numLayers = j.at("num_hidden_layers").get<int64_t>();
    c.numHeads = j.at("num_attention_heads").get<int64_t>();
    c.intermediateSize = j.at("intermediate_size").get<int64_t>();
    c.posConvKernel = j.at("num_conv_pos_embeddings").get<int64_t>();
    c.posConvGroups = j.at("num_conv_pos_embedding_groups").get<int64_t>();
    c.featProjLayerNorm = valueOr(j, "feat_proj_layer_norm", true);
    c.layerNormEps = valueOr(j, "layer_norm_eps", 1e-5);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::ModelMismatch, source + ": config.json lacks a HuBERT size: " + e.what());
  }
  const std::string norm = valueOr<std::string>(j, "feat_extract_norm", "group");
  if (norm != "group" || valueOr(j, "do_stable_layer_norm", false))
    throw Error(ErrorCode::UnsupportedFormat,
                source + ": only the post-norm HuBERT layout with a group-normed feature encoder "
                         "(feat_extract_norm \"group\", do_stable_layer_norm false, as chinese-hubert-base) is supported");
  for (const char* key : {"hidden_act", "feat_extract_activation"})
    if (valueOr<std::string>(j, key, "gelu") != "gelu")
      throw Error(ErrorCode::UnsupportedFormat, source + ": " + key + " must be \"gelu\"");
  if (c.convDim.empty() || c.convDim.size() != c.convKernel.size() || c.convDim.size() != c.convStride.size())
    throw Error(ErrorCode::ModelMismatch, source + ": conv_dim, conv_kernel and conv_stride must have the same length");
  if (c.hiddenSize <= 0 || c.numHeads <= 0 || c.hiddenSize % c.numHeads != 0)
    throw Error(ErrorCode::ModelMismatch, source + ": hidden_size must be a positive multiple of num_attention_heads");
  if (c.posConvGroups <= 0 || c.hiddenSize % c.posConvGroups != 0)
    throw Error(ErrorCode::ModelMismatch, source + ": hidden_size must be a multiple of num_conv_pos_embedding_groups");
  return c;
}

int64_t HubertConfig::hopSamples() const {
  int64_t hop = 1;
  for (int64_t s : convStride) hop *= s;
  return hop;
}

int64_t HubertConfig::framesFor(int64_t samples) const {
  int64_t length = samples;
  for (size_t i = 0; i < convKernel.size(); ++i) {
    if (length < convKernel[i]) return 0;
    length = (length - convKernel[i]) / convStride[i] + 1;
  }
  return length;
}

sovits::ParameterShapes hubertParameterShapes(const HubertConfig& c, const std::string& p) {
  sovits::ParameterShapes s;
  const int64_t h = c.hiddenSize;
  int64_t in = 1;
  for (size_t i = 0; i < c.convDim.size(); ++i) {
    const std::string layer = p + "feature_extractor.conv_layers." + std::to_string(i);
    s[layer + ".conv.weight"] = {c.convDim[i], in, c.convKernel[i]};
    if (c.convBias) s[layer + ".conv.bias"] = {c.convDim[i]};
    in = c.convDim[i];
  }
  s[p + "feature_extractor.conv_layers.0.layer_norm.weight"] = {c.convDim[0]};
  s[p + "feature_extractor.conv_layers.0.layer_norm.bias"] = {c.convDim[0]};
  if (c.featProjLayerNorm) {
    s[p + "feature_projection.layer_norm.weight"] = {c.convDim.back()};
    s[p + "feature_projection.layer_norm.bias"] = {c.convDim.back()};
  }
  s[p + "feature_projection.projection.weight"] = {h, c.convDim.back()};
  s[p + "feature_projection.projection.bias"] = {h};
  s[p + "encoder.pos_conv_embed.conv.weight_g"] = {1, 1, c.posConvKernel};
  s[p + "encoder.pos_conv_embed.conv.weight_v"] = {h, h / c.posConvGroups, c.posConvKernel};
  s[p + "encoder.pos_conv_embed.conv.bias"] = {h};
  s[p + "encoder.layer_norm.weight"] = {h};
  s[p + "encoder.layer_norm.bias"] = {h};
  for (int64_t l = 0; l < c.numLayers; ++l) {
    const std::string layer = p + "encoder.layers." + std::to_string(l);
    for (const char* proj : {"q_proj", "k_proj", "v_proj", "out_proj"}) {
      s[layer + ".attention." + proj + ".weight"] = {h, h};
      s[layer + ".attention." + proj + ".bias"] = {h};
    }
    for (const char* norm : {".layer_norm", ".final_layer_norm"}) {
      s[layer + norm + ".weight"] = {h};
      s[layer + norm + ".bias"] = {h};
    }
    s[layer + ".feed_forward.intermediate_dense.weight"] = {c.intermediateSize, h};
    s[layer + ".feed_forward.intermediate_dense.bias"] = {c.intermediateSize};
    s[layer + ".feed_forward.output_dense.weight"] = {h, c.intermediateSize};
    s[layer + ".feed_forward.output_dense.bias"] = {h};
  }
  return s;
}

}  // namespace timbre::hubert
