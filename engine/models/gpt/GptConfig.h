#pragma once
// Sizes of a GPT-SoVITS text-to-semantic (T2S) decoder, read from the config
// stored in the weight file, and the parameter layout those sizes imply.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace timbre::gpt {

struct GptConfig {
  int64_t embeddingDim = 0;       // token/positional embedding width ("embedding_dim")
  int64_t modelDim = 0;           // transformer width ("hidden_dim"); must equal embeddingDim
  int64_t numHeads = 0;           // "head"
  int64_t numLayers = 0;          // "n_layer"
  int64_t ffnDim = 0;             // 4 * modelDim: the official model ignores "linear_units"
  int64_t phonemeVocabSize = 0;   // "phoneme_vocab_size" (512 v1, 732 v2+)
  int64_t semanticVocabSize = 0;  // "vocab_size" (codebook + EOS)
  int64_t eosToken = 0;           // "EOS"; always semanticVocabSize - 1
  int64_t bertDim = 1024;         // fixed by the official model (BERT-large features)
  int maxSec = 54;                // config["data"]["max_sec"]; 54 when the config has no data section

  // Accepts the checkpoint's config ({"model": {...}, "data": {...}}), a bare
  // model section ({"embedding_dim": ..., ...}) or a shapes document with a
  // "model_config" entry. Throws timbre::Error(ModelMismatch) on missing or
  // inconsistent fields.
  static GptConfig fromJson(const nlohmann::json& config);

  int64_t headDim() const { return modelDim / numHeads; }
};

// Every parameter of the decoder as the official Lightning module names it
// ("model." prefix), with its shape.
std::map<std::string, std::vector<int64_t>> gptParameterShapes(const GptConfig& config);

}  // namespace timbre::gpt
