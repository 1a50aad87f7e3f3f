#include "models/gpt/GptModel.h"

#include "checkpoint/Checkpoint.h"
#include "core/Runtime.h"
#include "models/gpt/GptKvCache.h"
#include "models/gpt/GptPositions.h"
#include "models/gpt/RowLinear.h"
#include "timbre/Error.h"

#include <algorithm>
#include <optional>
#include <sstream>
#include <utility>

namespace timbre::gpt {
namespace {

// The official decoder removes the EOS column for the first 11 steps, so every
// utterance has at least 11 tokens.
constexpr int kStepsWithoutEos = 11;
// Semantic tokens per second (25 Hz codes at 50 Hz features): early_stop_num = hz * max_sec.
constexpr int kSemanticHz = 50;

std::string shapeText(at::IntArrayRef shape) {
  std::ostringstream out;
  out << '[';
  for (size_t i = 0; i < shape.size(); ++i) out << (i ? ", " : "") << shape[i];
  out << ']';
  return out.str();
}

Error invalid(const std::string& what) { return Error(ErrorCode::InvalidArgument, "GPT input: " + what); }

}  // namespace

GptModel::GptModel(GptConfig config, at::Device device, at::ScalarType dtype)
    : m_config(std::move(config)), m_device(device), m_dtype(dtype) {}

GptModel GptModel::load(const checkpoint::Checkpoint& checkpoint, at::Device device, at::ScalarType dtype) {
  const std::string& file = checkpoint.path;
  if (dtype != at::kFloat && dtype != at::kHalf && dtype != at::kBFloat16)
    throw Error(ErrorCode::InvalidArgument, "GPT model: unsupported compute dtype " + std::string(c10::toString(dtype)));
  if (dtype != at::kFloat && device.is_cpu())
    throw Error(ErrorCode::InvalidArgument, "GPT model: " + std::string(c10::toString(dtype)) +
                                                " compute needs a GPU device; use float32 on the CPU");
  if (checkpoint.config.is_null())
    throw Error(ErrorCode::ModelMismatch, file + ": no config entry, so the GPT sizes are unknown");
  GptConfig config;
  try {
    config = GptConfig::fromJson(checkpoint.config);
  } catch (const Error& e) {
    throw Error(e.code(), file + ": " + e.what());
  }

  // Check the whole layout before converting anything.
  for (const auto& [name, expected] : gptParameterShapes(config)) {
    const auto it = checkpoint.tensors.find(name);
    if (it == checkpoint.tensors.end())
      throw Error(ErrorCode::ModelMismatch,
                  file + ": tensor '" + name + "' is missing; expected shape " + shapeText(expected));
    if (it->second.sizes().vec() != expected)
      throw Error(ErrorCode::ModelMismatch, file + ": tensor '" + name + "' has shape " +
                                                shapeText(it->second.sizes()) + " but the config expects " +
                                                shapeText(expected));
    if (!at::isFloatingType(it->second.scalar_type()))
      throw Error(ErrorCode::ModelMismatch, file + ": tensor '" + name + "' is not floating point (" +
                                                std::string(c10::toString(it->second.scalar_type())) + ")");
  }

  // fp16 on disk -> compute dtype (the parity fixtures are fp32 from the fp16 weights).
  const auto options = at::TensorOptions().device(device).dtype(dtype);
  auto get = [&](const std::string& name) { return checkpoint.tensors.at(name).to(options).contiguous(); };

  GptModel model(config, device, dtype);
  model.m_bertProjWeight = get("model.bert_proj.weight");
  model.m_bertProjBias = get("model.bert_proj.bias");
  model.m_textEmbedding = get("model.ar_text_embedding.word_embeddings.weight");
  model.m_textAlpha = get("model.ar_text_position.alpha");
  model.m_audioEmbedding = get("model.ar_audio_embedding.word_embeddings.weight");
  model.m_audioAlpha = get("model.ar_audio_position.alpha");
  model.m_predictWeight = get("model.ar_predict_layer.weight");
  model.m_layers.reserve(config.numLayers);
  for (int64_t i = 0; i < config.numLayers; ++i) {
    const std::string p = "model.h.layers." + std::to_string(i) + ".";
    GptLayerWeights w;
    w.qkvWeight = get(p + "self_attn.in_proj_weight");
    w.qkvBias = get(p + "self_attn.in_proj_bias");
    w.outWeight = get(p + "self_attn.out_proj.weight");
    w.outBias = get(p + "self_attn.out_proj.bias");
    w.ff1Weight = get(p + "linear1.weight");
    w.ff1Bias = get(p + "linear1.bias");
    w.ff2Weight = get(p + "linear2.weight");
    w.ff2Bias = get(p + "linear2.bias");
    w.norm1Weight = get(p + "norm1.weight");
    w.norm1Bias = get(p + "norm1.bias");
    w.norm2Weight = get(p + "norm2.weight");
    w.norm2Bias = get(p + "norm2.bias");
    model.m_layers.emplace_back(std::move(w), config.numHeads);
  }
  return model;
}

at::Tensor GptModel::embedText(const at::Tensor& phones, const at::Tensor& bert, const at::Tensor& positions) const {
  const at::Tensor x = at::embedding(m_textEmbedding, phones) + at::linear(bert.t(), m_bertProjWeight, m_bertProjBias);
  return x + m_textAlpha * positions;
}

at::Tensor GptModel::embedAudio(const at::Tensor& tokens, const at::Tensor& positions) const {
  return at::embedding(m_audioEmbedding, tokens) + m_audioAlpha * positions;
}

at::Tensor GptModel::checkInput(const GptInput& input) const {
  const GptConfig& c = m_config;
  if (!input.phones.defined() || input.phones.dim() != 1 || input.phones.numel() == 0 ||
      at::isFloatingType(input.phones.scalar_type()))
    throw invalid("phones must be a non-empty 1-D integer tensor");
  const int64_t textLen = input.phones.size(0);
  if (!input.bert.defined() || input.bert.dim() != 2 || input.bert.size(0) != c.bertDim ||
      input.bert.size(1) != textLen)
    throw invalid("bert must be [" + std::to_string(c.bertDim) + ", " + std::to_string(textLen) + "], got " +
                  (input.bert.defined() ? shapeText(input.bert.sizes()) : std::string("nothing")));
  const at::Tensor phonesCpu = input.phones.to(at::kCPU, at::kLong);
  if (phonesCpu.min().item<int64_t>() < 0 || phonesCpu.max().item<int64_t>() >= c.phonemeVocabSize)
    throw invalid("phone ids must lie in [0, " + std::to_string(c.phonemeVocabSize) + ")");
  const bool refFree = !input.promptTokens.defined() || input.promptTokens.numel() == 0;
  const at::Tensor promptCpu =
      refFree ? at::empty({0}, at::kLong) : input.promptTokens.reshape(-1).to(at::kCPU, at::kLong);
  if (!refFree && (promptCpu.min().item<int64_t>() < 0 || promptCpu.max().item<int64_t>() >= c.eosToken))
    throw invalid("prompt semantic tokens must lie in [0, " + std::to_string(c.eosToken) + ")");
  return promptCpu;
}

at::Tensor GptModel::tokenSimilarity(int64_t token) const {
  if (token < 0 || token >= m_audioEmbedding.size(0))
    throw invalid("token " + std::to_string(token) + " is outside the vocabulary");
  const at::Tensor table = m_audioEmbedding.to(at::kCPU, at::kFloat);
  return at::cosine_similarity(table, table.narrow(0, token, 1), 1);
}

GptResult GptModel::generate(const GptInput& input, const SamplingParams& params,
                             const std::function<bool(int step)>& shouldContinue,
                             const std::function<void(int64_t token)>& onToken) const {
  const GptConfig& c = m_config;
  // The decode loop is a chain of matrix-vector products: all CPU threads to
  // BLAS. The pools are held step by step and let go while a token is handed
  // on, so a streaming decode or another request can take its turn between steps.
  std::optional<ComputeKindScope> threads;
  const auto holdThreads = [&] {
    if (m_device.is_cpu() && !threads) threads.emplace(ComputeKind::MatrixVector);
  };
  holdThreads();
  // ---- inputs (checked on the host, before the loop) ----
  const at::Tensor promptCpu = checkInput(input);
  const bool refFree = promptCpu.numel() == 0;
  const int64_t textLen = input.phones.size(0);
  const at::Tensor phonesCpu = input.phones.to(at::kCPU, at::kLong);
  const int64_t promptLen = promptCpu.size(0);
  if (params.maxSteps < 1) throw invalid("maxSteps must be at least 1");
  const int maxSteps = params.maxSteps;
  const int64_t earlyStopNum = params.earlyStopNum < 0 ? int64_t{kSemanticHz} * c.maxSec : params.earlyStopNum;

  const auto options = at::TensorOptions().device(m_device).dtype(m_dtype);
  const auto longOptions = at::TensorOptions().device(m_device).dtype(at::kLong);
  const at::Tensor phones = phonesCpu.to(m_device);
  const at::Tensor bert = input.bert.to(options);
  // Positions computed in float32 and cast, as the official module does.
  const at::Tensor positions =
      sinePositionTable(std::max<int64_t>(textLen, promptLen + maxSteps), c.embeddingDim).to(options);

  // ---- prefill: text fully bidirectional, prompt audio causal over itself ----
  const int64_t prefixLen = textLen + promptLen;
  at::Tensor xy = embedText(phones, bert, positions.narrow(0, 0, textLen));
  if (!refFree) xy = at::cat({xy, embedAudio(promptCpu.to(m_device), positions.narrow(0, 0, promptLen))}, 0);
  at::Tensor blocked = at::zeros({prefixLen, prefixLen}, longOptions.dtype(at::kBool));
  if (!refFree) {
    blocked.narrow(0, 0, textLen).narrow(1, textLen, promptLen).fill_(true);
    blocked.narrow(0, textLen, promptLen)
        .narrow(1, textLen, promptLen)
        .copy_(at::ones({promptLen, promptLen}, longOptions.dtype(at::kBool)).triu(1));
  }

  GptKvCache cache = GptKvCache::allocate(c.numLayers, prefixLen + maxSteps + 1, c.modelDim, c.numHeads, options);
  // Prompt + generated tokens in one pre-allocated buffer (the repetition-penalty history).
  at::Tensor tokens = at::empty({promptLen + maxSteps + 1}, longOptions);
  if (!refFree) tokens.narrow(0, 0, promptLen).copy_(promptCpu);
  at::Generator generator = makeGenerator(m_device, params.seed);

  at::Tensor h = xy.unsqueeze(0);  // [1, S, D]
  for (size_t i = 0; i < m_layers.size(); ++i) h = m_layers[i].prefill(h, blocked, cache.keys[i], cache.values[i]);
  h = h.select(1, prefixLen - 1);  // [1, D]

  GptResult result;
  std::vector<at::Tensor> recorded;
  int64_t kept = 0;
  int idx = 0;
  bool stopped = false;
  for (idx = 0; idx < maxSteps; ++idx) {
    if (shouldContinue && !shouldContinue(idx)) throw Error(ErrorCode::Cancelled, "GPT decoding cancelled");
    holdThreads();
    if (idx > 0) {
      // The token sampled at step idx-1 sits at audio position promptLen + idx - 1.
      const int64_t audioPos = promptLen + idx - 1;
      at::Tensor step = embedAudio(tokens.narrow(0, audioPos, 1), positions.narrow(0, audioPos, 1)).unsqueeze(0);
      const int64_t cachePos = prefixLen + idx - 1;
      for (size_t i = 0; i < m_layers.size(); ++i)
        step = m_layers[i].step(step, cachePos, cache.keys[i], cache.values[i]);
      h = step.select(1, 0);
    }
    const at::Tensor raw = rowLinear(h, m_predictWeight).reshape({-1}).to(at::kFloat);  // [V]
    if (idx < params.recordLogitsSteps) recorded.push_back(raw);
    const bool eosAllowed = idx >= std::max(kStepsWithoutEos, params.suppressEosSteps);
    at::Tensor logits = raw.narrow(0, 0, eosAllowed ? c.semanticVocabSize : c.eosToken).clone();
    applyRepetitionPenalty(logits, tokens.narrow(0, 0, promptLen + idx), params.repetitionPenalty);
    const at::Tensor token = sampleToken(logits, params, generator);  // [1]
    tokens.narrow(0, promptLen + idx, 1).copy_(token);

    const int64_t generated = idx + 1;
    // Stop on a sampled EOS or an arg-max EOS of the penalised, untempered logits.
    // This is the loop's one host sync, and only once EOS can occur at all.
    const bool eos = eosAllowed && ((token == c.eosToken).any() | (logits.argmax() == c.eosToken)).item<bool>();
    if (eos) {
      result.stopReason = "eos";
      kept = generated - 1;  // the EOS (or the token sampled beside an arg-max EOS) is dropped
      stopped = true;
      break;
    }
    if (onToken) {
      const int64_t value = token.item<int64_t>();
      threads.reset();
      onToken(value);
    }
    if (generated > earlyStopNum) {
      result.stopReason = "early_stop_num";
      kept = generated;
      stopped = true;
      break;
    }
  }
  if (!stopped) {
    result.stopReason = "max_steps";
    kept = maxSteps;
    idx = maxSteps - 1;  // the official loop variable after its last iteration
  }
  result.loopSteps = idx + 1;

  result.tokensFull = tokens.narrow(0, 0, promptLen + kept).to(at::kCPU).clone();
  if (result.tokensFull.numel() == 0) result.tokensFull = at::zeros({1}, at::kLong);  // official "bad zero prediction"
  result.idx = refFree ? 0 : idx;
  // Official slice y[-idx:]; with idx 0 that is the whole sequence.
  const int64_t total = result.tokensFull.size(0);
  result.predSemantic =
      result.idx == 0 ? result.tokensFull : result.tokensFull.narrow(0, total - result.idx, result.idx).clone();
  result.rawLogits.reserve(recorded.size());
  for (const at::Tensor& r : recorded) result.rawLogits.push_back(r.to(at::kCPU).clone());
  return result;
}

}  // namespace timbre::gpt

namespace timbre::gpt {

std::vector<GptResult> GptModel::generateBatch(const std::vector<GptInput>& inputs, const SamplingParams& params,
                                               const std::function<bool(int step)>& shouldContinue) const {
  if (inputs.empty()) return {};
  if (inputs.size() == 1) return {generate(inputs.front(), params, shouldContinue)};
  const GptConfig& c = m_config;
  const std::optional<ComputeKindScope> threads =
      m_device.is_cpu() ? std::optional<ComputeKindScope>(std::in_place, ComputeKind::MatrixVector) : std::nullopt;
  const at::Tensor promptCpu = checkInput(inputs.front());
  for (const GptInput& input : inputs) {
    const at::Tensor prompt = checkInput(input);
    if (!prompt.equal(promptCpu)) throw invalid("a batch must share one prompt (the same reference)");
  }
  if (params.maxSteps < 1) throw invalid("maxSteps must be at least 1");
  const int64_t batch = static_cast<int64_t>(inputs.size());
  const int64_t promptLen = promptCpu.size(0);
  const bool refFree = promptLen == 0;
  const int maxSteps = params.maxSteps;
  const int64_t earlyStopNum = params.earlyStopNum < 0 ? int64_t{kSemanticHz} * c.maxSec : params.earlyStopNum;
  int64_t maxText = 0;
  for (const GptInput& input : inputs) maxText = std::max(maxText, input.phones.size(0));

  const auto options = at::TensorOptions().device(m_device).dtype(m_dtype);
  const auto boolOptions = at::TensorOptions().device(m_device).dtype(at::kBool);
  const at::Tensor positions = sinePositionTable(std::max(maxText, promptLen + maxSteps), c.embeddingDim).to(options);

  // ---- prefill: each text keeps positions 0..L-1 and is left-padded with zero vectors ----
  const int64_t prefixLen = maxText + promptLen;
  std::vector<at::Tensor> rows;
  std::vector<int64_t> padding;
  at::Tensor blocked = at::zeros({batch, 1, prefixLen, prefixLen}, boolOptions);
  const at::Tensor audio =
      refFree ? at::Tensor() : embedAudio(promptCpu.to(m_device), positions.narrow(0, 0, promptLen));
  for (int64_t b = 0; b < batch; ++b) {
    const GptInput& input = inputs[std::size_t(b)];
    const int64_t len = input.phones.size(0), pad = maxText - len;
    at::Tensor text = embedText(input.phones.to(m_device, at::kLong), input.bert.to(options),
                                positions.narrow(0, 0, len));
    std::vector<at::Tensor> parts;
    if (pad > 0) parts.push_back(at::zeros({pad, c.embeddingDim}, options));
    parts.push_back(text);
    if (!refFree) parts.push_back(audio);
    rows.push_back(at::cat(parts, 0));
    padding.push_back(pad);
    at::Tensor mask = blocked[b][0];
    // Prefix-LM: text never sees audio; audio sees all text and itself causally.
    if (!refFree) {
      mask.narrow(0, 0, maxText).narrow(1, maxText, promptLen).fill_(true);
      mask.narrow(0, maxText, promptLen)
          .narrow(1, maxText, promptLen)
          .copy_(at::ones({promptLen, promptLen}, boolOptions).triu(1));
    }
    // Padding keys are hidden from every row; padding rows still see real keys (no NaN).
    if (pad > 0) mask.narrow(1, 0, pad).fill_(true);
  }
  GptKvCache cache = GptKvCache::allocate(c.numLayers, prefixLen + maxSteps + 1, c.modelDim, c.numHeads, options, batch);
  at::Tensor h = at::stack(rows, 0);  // [B, S, D]
  for (size_t i = 0; i < m_layers.size(); ++i) h = m_layers[i].prefill(h, blocked, cache.keys[i], cache.values[i]);
  h = h.select(1, prefixLen - 1);  // [B, D]

  // Per-row token history (prompt + generated) for the repetition penalty. Zeros,
  // not garbage, in the slots finished rows no longer fill: they are still embedded.
  at::Tensor tokens = at::zeros({batch, promptLen + maxSteps + 1}, options.dtype(at::kLong));
  if (!refFree) tokens.narrow(1, 0, promptLen).copy_(promptCpu.to(m_device).unsqueeze(0).expand({batch, promptLen}));
  at::Tensor paddingKeys = at::zeros({batch, 1, 1, prefixLen + maxSteps + 1}, boolOptions);
  for (int64_t b = 0; b < batch; ++b)
    if (padding[std::size_t(b)] > 0) paddingKeys[b][0][0].narrow(0, 0, padding[std::size_t(b)]).fill_(true);
  at::Generator generator = makeGenerator(m_device, params.seed);

  std::vector<GptResult> results(inputs.size());
  std::vector<bool> done(inputs.size(), false);
  std::vector<int64_t> kept(inputs.size(), 0);
  std::vector<int> stopIdx(inputs.size(), maxSteps - 1);
  int64_t remaining = batch;
  int idx = 0;
  for (idx = 0; idx < maxSteps && remaining > 0; ++idx) {
    if (shouldContinue && !shouldContinue(idx)) throw Error(ErrorCode::Cancelled, "GPT decoding cancelled");
    if (idx > 0) {
      const int64_t audioPos = promptLen + idx - 1;
      at::Tensor step = embedAudio(tokens.select(1, audioPos), positions.narrow(0, audioPos, 1)).unsqueeze(1);
      const int64_t cachePos = prefixLen + idx - 1;
      const at::Tensor keysBlocked = paddingKeys.narrow(3, 0, cachePos + 1);
      for (size_t i = 0; i < m_layers.size(); ++i)
        step = m_layers[i].step(step, cachePos, cache.keys[i], cache.values[i], keysBlocked);
      h = step.select(1, 0);
    }
    const at::Tensor raw = rowLinear(h, m_predictWeight).to(at::kFloat);  // [B, V]
    const bool eosAllowed = idx >= std::max(kStepsWithoutEos, params.suppressEosSteps);
    for (int64_t b = 0; b < batch; ++b) {
      if (done[std::size_t(b)]) continue;  // finished rows still ride along; their output is ignored
      at::Tensor logits = raw[b].narrow(0, 0, eosAllowed ? c.semanticVocabSize : c.eosToken).clone();
      applyRepetitionPenalty(logits, tokens[b].narrow(0, 0, promptLen + idx), params.repetitionPenalty);
      const at::Tensor token = sampleToken(logits, params, generator);
      tokens[b].narrow(0, promptLen + idx, 1).copy_(token);
      const int64_t generated = idx + 1;
      const bool eos = eosAllowed && ((token == c.eosToken).any() | (logits.argmax() == c.eosToken)).item<bool>();
      if (eos || generated > earlyStopNum) {
        results[std::size_t(b)].stopReason = eos ? "eos" : "early_stop_num";
        kept[std::size_t(b)] = eos ? generated - 1 : generated;
        stopIdx[std::size_t(b)] = idx;
        done[std::size_t(b)] = true;
        --remaining;
      }
    }
  }
  for (int64_t b = 0; b < batch; ++b) {
    GptResult& r = results[std::size_t(b)];
    if (!done[std::size_t(b)]) {
      r.stopReason = "max_steps";
      kept[std::size_t(b)] = maxSteps;
    }
    const int rowIdx = stopIdx[std::size_t(b)];
    r.loopSteps = rowIdx + 1;
    r.tokensFull = tokens[b].narrow(0, 0, promptLen + kept[std::size_t(b)]).to(at::kCPU).clone();
    if (r.tokensFull.numel() == 0) r.tokensFull = at::zeros({1}, at::kLong);
    r.idx = refFree ? 0 : rowIdx;
    const int64_t total = r.tokensFull.size(0);
    r.predSemantic = r.idx == 0 ? r.tokensFull : r.tokensFull.narrow(0, total - r.idx, r.idx).clone();
  }
  return results;
}

}  // namespace timbre::gpt
