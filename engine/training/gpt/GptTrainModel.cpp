#include "training/gpt/GptTrainModel.h"

#include "models/gpt/GptPositions.h"
#include "timbre/Error.h"

#include <cmath>

namespace timbre::training::gpt {
namespace {

constexpr double kLayerNormEps = 1e-5;  // torch.nn.LayerNorm default
const std::string kPrefix = "model.";

// [B, L] true on padding (position >= length): make_pad_mask.
at::Tensor padMaskRight(const at::Tensor& lengths, int64_t maxLen) {
  const at::Tensor range = at::arange(maxLen, lengths.options()).unsqueeze(0);
  return range >= lengths.unsqueeze(1);
}

// [B, L] true on the FIRST maxLen - length positions: make_pad_mask_left. The
// official collate pads phones on the right, so for a shorter item this hides
// its first real phones and exposes its trailing pads. That is what the official
// trainer (since PR #2537) computes, and parity requires the same.
at::Tensor padMaskLeft(const at::Tensor& lengths, int64_t maxLen) {
  const at::Tensor range = at::arange(maxLen, lengths.options()).unsqueeze(0);
  return range < (maxLen - lengths).unsqueeze(1);
}

}  // namespace

GptTrainModel GptTrainModel::fromCheckpoint(const checkpoint::Checkpoint& checkpoint, at::Device device) {
  const timbre::gpt::GptConfig config = timbre::gpt::GptConfig::fromJson(checkpoint.config);
  const auto shapes = timbre::gpt::gptParameterShapes(config);
  for (const auto& [name, shape] : shapes) {
    if (!checkpoint.has(name))
      throw Error(ErrorCode::ModelMismatch, checkpoint.path + ": the GPT tensor '" + name + "' is missing");
    if (checkpoint.tensors.at(name).sizes().vec() != shape)
      throw Error(ErrorCode::ModelMismatch, checkpoint.path + ": the GPT tensor '" + name + "' has shape " +
                                                 c10::str(checkpoint.tensors.at(name).sizes()) + ", expected " +
                                                 c10::str(at::IntArrayRef(shape)));
  }
  for (const auto& name : checkpoint.order)
    if (!shapes.count(name))
      throw Error(ErrorCode::ModelMismatch, checkpoint.path + ": unexpected tensor '" + name +
                                                 "' in a GPT weight file (the official load is strict)");
  ParameterSet parameters = ParameterSet::fromCheckpoint(checkpoint, {}, device);
  return GptTrainModel(config, std::move(parameters));
}

GptTrainModel::GptTrainModel(timbre::gpt::GptConfig config, ParameterSet parameters)
    : m_config(std::move(config)), m_parameters(std::move(parameters)) {}

at::Device GptTrainModel::device() const { return p("bert_proj.weight").device(); }

std::string GptTrainModel::moduleName(const std::string& parameterName) {
  return parameterName.compare(0, kPrefix.size(), kPrefix) == 0 ? parameterName.substr(kPrefix.size())
                                                                  : parameterName;
}

at::Tensor GptTrainModel::dropout(const at::Tensor& x, const ForwardOptions& options) const {
  if (!options.training) return x;
  if (!options.generator) return at::dropout(x, kGptTrainDropout, true);
  // PyTorch's own dropout: keep with probability 1-p, scale the kept by 1/(1-p).
  const double keep = 1.0 - kGptTrainDropout;
  const at::Tensor mask = at::empty_like(x, x.options().requires_grad(false)).bernoulli_(keep, *options.generator);
  return x * mask * (1.0 / keep);
}

at::Tensor GptTrainModel::layer(int64_t index, const at::Tensor& x, const at::Tensor& additiveMask,
                                const ForwardOptions& options) const {
  const std::string prefix = "h.layers." + std::to_string(index) + ".";
  const int64_t batch = x.size(0), length = x.size(1), dim = m_config.modelDim, heads = m_config.numHeads;
  const int64_t headDim = dim / heads;
  const auto qkv = at::linear(x, p(prefix + "self_attn.in_proj_weight"), p(prefix + "self_attn.in_proj_bias"))
                       .chunk(3, -1);
  // [B, S, D] -> [B·H, S, hd], row b·H + h like torch's multi_head_attention_forward.
  auto heads3 = [&](const at::Tensor& t) {
    return t.reshape({batch, length, heads, headDim}).permute({0, 2, 1, 3}).reshape({batch * heads, length, headDim});
  };
  const at::Tensor q = heads3(qkv[0]) / std::sqrt(static_cast<double>(headDim));
  const at::Tensor k = heads3(qkv[1]), v = heads3(qkv[2]);
  at::Tensor weights = at::softmax(at::baddbmm(additiveMask, q, k.transpose(1, 2)), -1);
  weights = dropout(weights, options);
  const at::Tensor context =
      at::bmm(weights, v).reshape({batch, heads, length, headDim}).permute({0, 2, 1, 3}).reshape({batch, length, dim});
  const at::Tensor attention =
      at::linear(context, p(prefix + "self_attn.out_proj.weight"), p(prefix + "self_attn.out_proj.bias"));
  // Post-LN (norm_first false), dropout after attention, inside and after the FFN.
  const at::Tensor h = at::layer_norm(x + dropout(attention, options), {dim}, p(prefix + "norm1.weight"),
                                      p(prefix + "norm1.bias"), kLayerNormEps);
  const at::Tensor inner =
      dropout(at::relu(at::linear(h, p(prefix + "linear1.weight"), p(prefix + "linear1.bias"))), options);
  const at::Tensor ffn = at::linear(inner, p(prefix + "linear2.weight"), p(prefix + "linear2.bias"));
  return at::layer_norm(h + dropout(ffn, options), {dim}, p(prefix + "norm2.weight"), p(prefix + "norm2.bias"),
                        kLayerNormEps);
}

GptTrainModel::Decoded GptTrainModel::decode(const GptBatch& batch, const at::Tensor& yIds, const at::Tensor& yLens,
                                             const ForwardOptions& options) const {
  const at::Device device = this->device();
  const int64_t batchSize = batch.size();
  if (batchSize == 0 || yIds.size(0) != batchSize || batch.bert.size(0) != batchSize)
    throw Error(ErrorCode::InvalidArgument, "GPT training batch: the phones, tokens and BERT features disagree on "
                                            "the batch size");
  const at::Tensor xLens = batch.phonemeLens.to(device, at::kLong);
  const at::Tensor yLensD = yLens.to(device, at::kLong);
  const int64_t xLen = xLens.max().item<int64_t>(), yLen = yLensD.max().item<int64_t>();
  const at::Tensor x = batch.phonemeIds.to(device, at::kLong).narrow(1, 0, xLen);
  const at::Tensor bert = batch.bert.to(device, at::kFloat).narrow(2, 0, xLen);
  const at::Tensor y = yIds.to(device, at::kLong).narrow(1, 0, yLen);
  const int64_t dim = m_config.modelDim;

  // Text: token embedding + BERT projection, then alpha·sine positions (from 0).
  const at::Tensor positions = timbre::gpt::sinePositionTable(std::max(xLen, yLen), dim).to(device);
  at::Tensor xs = at::embedding(p("ar_text_embedding.word_embeddings.weight"), x) +
                  at::linear(bert.transpose(1, 2), p("bert_proj.weight"), p("bert_proj.bias"));
  xs = dropout(xs + p("ar_text_position.alpha") * positions.narrow(0, 0, xLen).unsqueeze(0), options);

  // Tokens: pads zeroed, EOS appended from each item's end; the input is the targets shifted right.
  const at::Tensor xMask = padMaskLeft(xLens, xLen);
  const at::Tensor yMask = padMaskRight(yLensD, yLen);
  const at::Tensor yMaskInt = yMask.to(at::kLong);
  const at::Tensor codes = y * (1 - yMaskInt);
  const at::Tensor targets = at::constant_pad_nd(codes, {0, 1}, 0) +
                             m_config.eosToken * at::constant_pad_nd(yMaskInt, {0, 1}, 1);
  const at::Tensor yIn = targets.narrow(1, 0, yLen);
  at::Tensor ys = at::embedding(p("ar_audio_embedding.word_embeddings.weight"), yIn);
  ys = dropout(ys + p("ar_audio_position.alpha") * positions.narrow(0, 0, yLen).unsqueeze(0), options);

  // Blocked (true): text rows see all text and no tokens; token rows see all text
  // and the tokens up to themselves; padded keys of both parts are blocked for all rows.
  const int64_t total = xLen + yLen;
  const auto boolOptions = at::TensorOptions().dtype(at::kBool).device(device);
  at::Tensor structure = at::zeros({total, total}, boolOptions);
  structure.narrow(0, 0, xLen).narrow(1, xLen, yLen).fill_(true);
  structure.narrow(0, xLen, yLen).narrow(1, xLen, yLen).copy_(at::ones({yLen, yLen}, boolOptions).triu(1));
  const at::Tensor keyPadding = at::cat({xMask, yMask}, 1);  // [B, S]
  const at::Tensor blocked = structure.unsqueeze(0).logical_or(keyPadding.unsqueeze(1));  // [B, S, S]
  const int64_t heads = m_config.numHeads;
  const at::Tensor additive =
      at::zeros({batchSize, total, total}, at::TensorOptions().dtype(at::kFloat).device(device))
          .masked_fill_(blocked, -INFINITY)
          .unsqueeze(1)
          .expand({batchSize, heads, total, total})
          .reshape({batchSize * heads, total, total});

  at::Tensor h = at::cat({xs, ys}, 1);
  for (int64_t i = 0; i < m_config.numLayers; ++i) h = layer(i, h, additive, options);
  const at::Tensor logits = at::linear(h.narrow(1, xLen - 1, yLen + 1), p("ar_predict_layer.weight"));
  return {logits, targets, yIn, blocked};
}

ForwardResult GptTrainModel::forwardOld(const GptBatch& batch, const ForwardOptions& options) const {
  Decoded d = decode(batch, batch.semanticIds, batch.semanticLens, options);
  const int64_t vocab = d.logits.size(2);
  ForwardResult r;
  r.loss = at::cross_entropy_loss(d.logits.reshape({-1, vocab}), d.targets.reshape({-1}), {}, at::Reduction::Sum);
  r.top3Accuracy = top3Accuracy(d.logits.detach(), d.targets, m_config.eosToken);
  r.logits = d.logits;
  r.targets = d.targets;
  r.decoderInput = d.decoderInput;
  r.blocked = d.blocked;
  return r;
}

DpoResult GptTrainModel::forwardDpo(const GptBatch& batch, const at::Tensor& rejectY, const at::Tensor& rejectLens,
                                    const ForwardOptions& options) const {
  const Decoded chosen = decode(batch, batch.semanticIds, batch.semanticLens, options);
  const Decoded rejected = decode(batch, rejectY, rejectLens, options);
  const int64_t vocab = chosen.logits.size(2);
  auto logp = [](const Decoded& d) {
    return at::log_softmax(d.logits, -1).gather(2, d.targets.unsqueeze(2)).squeeze(2).sum(-1);
  };
  DpoResult r;
  r.lossCe = at::cross_entropy_loss(chosen.logits.reshape({-1, vocab}), chosen.targets.reshape({-1}), {},
                                    at::Reduction::Sum);
  r.logpChosen = logp(chosen);
  r.logpRejected = logp(rejected);
  r.lossDpo = (-at::log_sigmoid(kDpoBeta * (r.logpChosen - r.logpRejected))).mean();
  r.loss = r.lossCe + r.lossDpo;
  r.top3Accuracy = top3Accuracy(chosen.logits.detach(), chosen.targets, m_config.eosToken);
  return r;
}

double top3Accuracy(const at::Tensor& logits, const at::Tensor& targets, int64_t ignore) {
  const at::Tensor flatLogits = logits.reshape({-1, logits.size(-1)});
  const at::Tensor flatTargets = targets.reshape({-1});
  const at::Tensor counted = flatTargets != ignore;
  const int64_t total = counted.sum().item<int64_t>();
  if (total == 0) return 0.0;
  const at::Tensor top = std::get<1>(flatLogits.topk(std::min<int64_t>(3, flatLogits.size(1)), 1));
  const at::Tensor hit = (top == flatTargets.unsqueeze(1)).any(1).logical_and(counted);
  return static_cast<double>(hit.sum().item<int64_t>()) / static_cast<double>(total);
}

}  // namespace timbre::training::gpt
