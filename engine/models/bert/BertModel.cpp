#include "models/bert/BertModel.h"

#include "core/Runtime.h"

#include "checkpoint/Checkpoint.h"
#include "models/sovits/Layers.h"
#include "models/sovits/WeightReader.h"
#include "timbre/Error.h"

#include <optional>
#include <cmath>

namespace timbre::bert {
namespace {

struct Norm {
  at::Tensor weight, bias;
};

struct Layer {
  sovits::Linear query, key, value, attentionOut, intermediate, output;
  Norm attentionNorm, outputNorm;
};

template <typename T>
T valueOr(const nlohmann::json& j, const char* key, T fallback) {
  return j.contains(key) && !j[key].is_null() ? j[key].get<T>() : fallback;
}

// BertForMaskedLM files name the encoder "bert."; a bare BertModel has no prefix.
std::string detectPrefix(const checkpoint::Checkpoint& ckpt) {
  for (const char* prefix : {"bert.", ""})
    if (ckpt.has(std::string(prefix) + "embeddings.word_embeddings.weight")) return prefix;
  throw Error(ErrorCode::ModelMismatch, ckpt.path + ": no tensor 'bert.embeddings.word_embeddings.weight'; this is "
                                                    "not a BERT model (expected chinese-roberta-wwm-ext-large or alike)");
}

sovits::ParameterShapes bertShapes(const BertConfig& c, const std::string& p, int64_t layers) {
  sovits::ParameterShapes s;
  const int64_t h = c.hiddenSize;
  s[p + "embeddings.word_embeddings.weight"] = {c.vocabSize, h};
  s[p + "embeddings.position_embeddings.weight"] = {c.maxPositions, h};
  s[p + "embeddings.token_type_embeddings.weight"] = {c.typeVocabSize, h};
  s[p + "embeddings.LayerNorm.weight"] = {h};
  s[p + "embeddings.LayerNorm.bias"] = {h};
  for (int64_t l = 0; l < layers; ++l) {
    const std::string layer = p + "encoder.layer." + std::to_string(l);
    for (const char* name : {".attention.self.query", ".attention.self.key", ".attention.self.value",
                             ".attention.output.dense"}) {
      s[layer + name + ".weight"] = {h, h};
      s[layer + name + ".bias"] = {h};
    }
    s[layer + ".intermediate.dense.weight"] = {c.intermediateSize, h};
    s[layer + ".intermediate.dense.bias"] = {c.intermediateSize};
    s[layer + ".output.dense.weight"] = {h, c.intermediateSize};
    s[layer + ".output.dense.bias"] = {h};
    for (const char* norm : {".attention.output.LayerNorm", ".output.LayerNorm"}) {
      s[layer + norm + ".weight"] = {h};
      s[layer + norm + ".bias"] = {h};
    }
  }
  return s;
}

}  // namespace

BertConfig BertConfig::fromJson(const nlohmann::json& j, const std::string& source) {
  if (!j.is_object()) throw Error(ErrorCode::ModelMismatch, source + ": config.json is not a JSON object");
  const std::string type = valueOr<std::string>(j, "model_type", "bert");
  if (type != "bert")
    throw Error(ErrorCode::ModelMismatch,
                source + ": config.json describes a '" + type + "' model; a BERT model (model_type \"bert\") is needed");
  BertConfig c;
  try {
    c.vocabSize = j.at("vocab_size").get<int64_t>();
    c.hiddenSize = j.at("hidden_size").get<int64_t>();
    c.numLayers = j.at("num_hidden_layers").get<int64_t>();
    c.numHeads = j.at("num_attention_heads").get<int64_t>();
    c.intermediateSize = j.at("intermediate_size").get<int64_t>();
    c.maxPositions = valueOr<int64_t>(j, "max_position_embeddings", 512);
    c.typeVocabSize = valueOr<int64_t>(j, "type_vocab_size", 2);
    c.layerNormEps = valueOr(j, "layer_norm_eps", 1e-12);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::ModelMismatch, source + ": config.json lacks a BERT size: " + e.what());
  }
  if (valueOr<std::string>(j, "hidden_act", "gelu") != "gelu")
    throw Error(ErrorCode::UnsupportedFormat, source + ": hidden_act must be \"gelu\"");
  if (valueOr<std::string>(j, "position_embedding_type", "absolute") != "absolute")
    throw Error(ErrorCode::UnsupportedFormat, source + ": only absolute position embeddings are supported");
  if (c.hiddenSize <= 0 || c.numHeads <= 0 || c.hiddenSize % c.numHeads != 0)
    throw Error(ErrorCode::ModelMismatch, source + ": hidden_size must be a positive multiple of num_attention_heads");
  if (c.numLayers < 1 || c.vocabSize < 1)
    throw Error(ErrorCode::ModelMismatch, source + ": num_hidden_layers and vocab_size must be positive");
  return c;
}

struct BertModel::Impl {
  BertConfig config;
  at::Device device = at::kCPU;
  at::ScalarType dtype = at::kFloat;
  at::Tensor wordEmbeddings, positionEmbeddings, tokenTypeEmbeddings;
  Norm embeddingNorm;
  std::vector<Layer> layers;

  // [T, H] -> [T, H], post-norm BERT layer.
  at::Tensor layer(const Layer& l, const at::Tensor& h) const {
    const int64_t t = h.size(0), heads = config.numHeads, hd = config.hiddenSize / heads, hs = config.hiddenSize;
    auto split = [&](const at::Tensor& x) { return x.view({t, heads, hd}).transpose(0, 1); };
    const at::Tensor q = split(l.query(h)), k = split(l.key(h)), v = split(l.value(h));
    const at::Tensor scores = at::matmul(q, k.transpose(-1, -2)) / std::sqrt(static_cast<double>(hd));
    const at::Tensor context = at::matmul(at::softmax(scores, -1), v).transpose(0, 1).reshape({t, hs});
    const at::Tensor x = at::layer_norm(l.attentionOut(context) + h, {hs}, l.attentionNorm.weight,
                                        l.attentionNorm.bias, config.layerNormEps);
    return at::layer_norm(l.output(at::gelu(l.intermediate(x))) + x, {hs}, l.outputNorm.weight, l.outputNorm.bias,
                          config.layerNormEps);
  }
};

BertModel::BertModel(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
BertModel::BertModel(BertModel&&) noexcept = default;
BertModel& BertModel::operator=(BertModel&&) noexcept = default;
BertModel::~BertModel() = default;

const BertConfig& BertModel::config() const { return m_impl->config; }
at::Device BertModel::device() const { return m_impl->device; }
at::ScalarType BertModel::dtype() const { return m_impl->dtype; }

BertModel BertModel::load(const std::string& folder, at::Device device, at::ScalarType dtype) {
  const checkpoint::Checkpoint ckpt = checkpoint::loadCheckpoint(folder);
  if (ckpt.config.is_null())
    throw Error(ErrorCode::ModelMismatch,
                folder + ": no config.json; a BERT model folder holds config.json and pytorch_model.bin");
  auto impl = std::make_unique<Impl>();
  impl->config = BertConfig::fromJson(ckpt.config, folder + "/config.json");
  impl->device = device;
  impl->dtype = dtype;
  const BertConfig& c = impl->config;
  const std::string p = detectPrefix(ckpt);
  const sovits::WeightReader w(ckpt, bertShapes(c, p, c.numLayers), "BERT", device, dtype);
  w.validate();
  auto dense = [&](const std::string& prefix) { return sovits::Linear::load(w, prefix); };
  auto norm = [&](const std::string& prefix) { return Norm{w.get(prefix + ".weight"), w.get(prefix + ".bias")}; };

  impl->wordEmbeddings = w.get(p + "embeddings.word_embeddings.weight");
  impl->positionEmbeddings = w.get(p + "embeddings.position_embeddings.weight");
  impl->tokenTypeEmbeddings = w.get(p + "embeddings.token_type_embeddings.weight");
  impl->embeddingNorm = norm(p + "embeddings.LayerNorm");
  for (int64_t l = 0; l < c.numLayers; ++l) {
    const std::string prefix = p + "encoder.layer." + std::to_string(l);
    Layer layer;
    layer.query = dense(prefix + ".attention.self.query");
    layer.key = dense(prefix + ".attention.self.key");
    layer.value = dense(prefix + ".attention.self.value");
    layer.attentionOut = dense(prefix + ".attention.output.dense");
    layer.attentionNorm = norm(prefix + ".attention.output.LayerNorm");
    layer.intermediate = dense(prefix + ".intermediate.dense");
    layer.output = dense(prefix + ".output.dense");
    layer.outputNorm = norm(prefix + ".output.LayerNorm");
    impl->layers.push_back(std::move(layer));
  }
  return BertModel(std::move(impl));
}

at::Tensor BertModel::hiddenState(const std::vector<int64_t>& ids, int index) const {
  const Impl& m = *m_impl;
  const int64_t count = static_cast<int64_t>(m.layers.size()) + 1;  // embeddings + every layer
  const int64_t target = index < 0 ? count + index : index;
  if (target < 0 || target >= count)
    throw Error(ErrorCode::InvalidArgument, "BERT hidden state " + std::to_string(index) + " does not exist (the model has " +
                                                std::to_string(count) + ")");
  if (ids.empty()) throw Error(ErrorCode::InvalidArgument, "BERT input is empty");
  if (static_cast<int64_t>(ids.size()) > m.config.maxPositions)
    throw Error(ErrorCode::InvalidArgument, "BERT input of " + std::to_string(ids.size()) + " tokens exceeds the model's " +
                                                std::to_string(m.config.maxPositions) + " positions");
  for (int64_t id : ids)
    if (id < 0 || id >= m.config.vocabSize)
      throw Error(ErrorCode::InvalidArgument, "BERT token id " + std::to_string(id) + " is outside the vocabulary of " +
                                                  std::to_string(m.config.vocabSize));
  const int64_t t = static_cast<int64_t>(ids.size());
  const std::optional<ComputeKindScope> threads =
      m.device.is_cpu() ? std::optional<ComputeKindScope>(std::in_place, ComputeKind::MatrixVector) : std::nullopt;
  const at::Tensor idTensor = at::tensor(ids, at::kLong).to(m.device);
  at::Tensor h = m.wordEmbeddings.index_select(0, idTensor) + m.positionEmbeddings.narrow(0, 0, t) +
                 m.tokenTypeEmbeddings[0];
  h = at::layer_norm(h, {m.config.hiddenSize}, m.embeddingNorm.weight, m.embeddingNorm.bias, m.config.layerNormEps);
  for (int64_t l = 0; l < target; ++l) h = m.layer(m.layers[l], h);
  return h;
}

}  // namespace timbre::bert
