#include "models/gpt/GptConfig.h"

#include "timbre/Error.h"

namespace timbre::gpt {
namespace {

Error mismatch(const std::string& what) { return Error(ErrorCode::ModelMismatch, "GPT config: " + what); }

int64_t requireInt(const nlohmann::json& section, const char* key) {
  const auto it = section.find(key);
  if (it == section.end() || !it->is_number_integer())
    throw mismatch(std::string("missing or non-integer field model.") + key);
  return it->get<int64_t>();
}

}  // namespace

GptConfig GptConfig::fromJson(const nlohmann::json& config) {
  if (!config.is_object()) throw mismatch("the config is not an object");
  // Three accepted layouts: checkpoint config, shapes document, bare model section.
  const nlohmann::json* model = &config;
  if (config.contains("model") && config["model"].is_object())
    model = &config["model"];
  else if (config.contains("model_config") && config["model_config"].is_object())
    model = &config["model_config"];

  GptConfig c;
  c.embeddingDim = requireInt(*model, "embedding_dim");
  c.modelDim = requireInt(*model, "hidden_dim");
  c.numHeads = requireInt(*model, "head");
  c.numLayers = requireInt(*model, "n_layer");
  c.phonemeVocabSize = requireInt(*model, "phoneme_vocab_size");
  c.semanticVocabSize = requireInt(*model, "vocab_size");
  c.eosToken = requireInt(*model, "EOS");
  c.ffnDim = 4 * c.modelDim;
  if (config.contains("data") && config["data"].is_object() && config["data"].contains("max_sec")) {
    const auto& maxSec = config["data"]["max_sec"];
    if (!maxSec.is_number()) throw mismatch("data.max_sec is not a number");
    c.maxSec = static_cast<int>(maxSec.get<double>());
  }

  if (c.embeddingDim <= 0 || c.modelDim <= 0 || c.numHeads <= 0 || c.numLayers <= 0 || c.phonemeVocabSize <= 0 ||
      c.semanticVocabSize <= 1 || c.maxSec <= 0)
    throw mismatch("non-positive size (embedding_dim " + std::to_string(c.embeddingDim) + ", hidden_dim " +
                   std::to_string(c.modelDim) + ", head " + std::to_string(c.numHeads) + ", n_layer " +
                   std::to_string(c.numLayers) + ", phoneme_vocab_size " + std::to_string(c.phonemeVocabSize) +
                   ", vocab_size " + std::to_string(c.semanticVocabSize) + ")");
  // The embeddings feed the transformer directly, so the widths must agree.
  if (c.embeddingDim != c.modelDim)
    throw mismatch("embedding_dim " + std::to_string(c.embeddingDim) + " differs from hidden_dim " +
                   std::to_string(c.modelDim));
  if (c.modelDim % c.numHeads != 0)
    throw mismatch("hidden_dim " + std::to_string(c.modelDim) + " is not divisible by head " +
                   std::to_string(c.numHeads));
  if (c.eosToken != c.semanticVocabSize - 1)
    throw mismatch("EOS " + std::to_string(c.eosToken) + " is not vocab_size - 1 = " +
                   std::to_string(c.semanticVocabSize - 1));
  return c;
}

std::map<std::string, std::vector<int64_t>> gptParameterShapes(const GptConfig& c) {
  std::map<std::string, std::vector<int64_t>> shapes;
  shapes["model.bert_proj.weight"] = {c.embeddingDim, c.bertDim};
  shapes["model.bert_proj.bias"] = {c.embeddingDim};
  shapes["model.ar_text_embedding.word_embeddings.weight"] = {c.phonemeVocabSize, c.embeddingDim};
  shapes["model.ar_text_position.alpha"] = {1};
  shapes["model.ar_audio_embedding.word_embeddings.weight"] = {c.semanticVocabSize, c.embeddingDim};
  shapes["model.ar_audio_position.alpha"] = {1};
  for (int64_t i = 0; i < c.numLayers; ++i) {
    const std::string p = "model.h.layers." + std::to_string(i) + ".";
    shapes[p + "self_attn.in_proj_weight"] = {3 * c.modelDim, c.modelDim};
    shapes[p + "self_attn.in_proj_bias"] = {3 * c.modelDim};
    shapes[p + "self_attn.out_proj.weight"] = {c.modelDim, c.modelDim};
    shapes[p + "self_attn.out_proj.bias"] = {c.modelDim};
    shapes[p + "linear1.weight"] = {c.ffnDim, c.modelDim};
    shapes[p + "linear1.bias"] = {c.ffnDim};
    shapes[p + "linear2.weight"] = {c.modelDim, c.ffnDim};
    shapes[p + "linear2.bias"] = {c.modelDim};
    shapes[p + "norm1.weight"] = {c.modelDim};
    shapes[p + "norm1.bias"] = {c.modelDim};
    shapes[p + "norm2.weight"] = {c.modelDim};
    shapes[p + "norm2.bias"] = {c.modelDim};
  }
  shapes["model.ar_predict_layer.weight"] = {c.semanticVocabSize, c.modelDim};
  return shapes;
}

}  // namespace timbre::gpt
