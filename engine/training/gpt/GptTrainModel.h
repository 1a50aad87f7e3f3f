#pragma once
// The trainable Text2SemanticDecoder: the official training forward
// (forward_old) as one plain batched pass with autograd, dropout and masks,
// over a ParameterSet named like the .ckpt state dict ("model.bert_proj.weight",
// "model.h.layers.0.self_attn.in_proj_weight", …). None of the inference
// model's KV-cache tricks: every position is computed at once.
#include "checkpoint/Checkpoint.h"
#include "models/gpt/GptConfig.h"
#include "training/common/ParameterSet.h"
#include "training/gpt/GptBatch.h"

#include <ATen/ATen.h>

#include <optional>
#include <string>

namespace timbre::training::gpt {

// Hard-coded in the official SinePositionalEmbedding and TransformerEncoderLayer
// (the YAML "dropout: 0" only reaches the token embeddings).
constexpr double kGptTrainDropout = 0.1;
// The DPO temperature of the official Text2SemanticDecoder.forward.
constexpr double kDpoBeta = 0.2;

struct ForwardOptions {
  bool training = false;                  // dropout 0.1 on
  std::optional<at::Generator> generator; // dropout masks from here (reproducible runs); default generator otherwise
};

struct ForwardResult {
  at::Tensor loss;          // 0-dim float: cross-entropy summed over every position, padding included
  at::Tensor logits;        // [B, Ly+1, vocab]: positions Lx-1 … Lx+Ly-1 (the last text position predicts c0)
  at::Tensor targets;       // [B, Ly+1] int64: the tokens (pads zeroed), then EOS from each item's end
  at::Tensor decoderInput;  // [B, Ly] int64: targets[:, :-1] (pads read EOS)
  at::Tensor blocked;       // [B, S, S] bool, S = Lx+Ly: where the additive attention mask is -inf
  double top3Accuracy = 0;  // over the non-EOS targets (logged only, like the official metric)
};

struct DpoResult {
  at::Tensor loss;          // lossCe + lossDpo
  at::Tensor lossCe;        // forward_old's summed CE of the chosen sequences
  at::Tensor lossDpo;       // mean(-logsigmoid(beta (logp_chosen - logp_rejected))), reference-free
  at::Tensor logpChosen;    // [B]: sum over all Ly+1 positions of log-softmax at the targets
  at::Tensor logpRejected;  // [B]
  double top3Accuracy = 0;
};

class GptTrainModel {
 public:
  // Every tensor of a GPT .ckpt ("model.*", any float dtype) as fp32 parameters on
  // `device`, checked against the layout the file's config implies (the official
  // load is strict). Throws timbre::Error(ModelMismatch) naming the file and tensor.
  static GptTrainModel fromCheckpoint(const checkpoint::Checkpoint& checkpoint, at::Device device = at::kCPU);
  GptTrainModel(timbre::gpt::GptConfig config, ParameterSet parameters);

  const timbre::gpt::GptConfig& config() const { return m_config; }
  ParameterSet& parameters() { return m_parameters; }
  const ParameterSet& parameters() const { return m_parameters; }
  at::Device device() const;

  // Text2SemanticDecoder.forward_old, faithfully including the left pad mask on
  // right-padded phones (see GptTrainModel.cpp).
  ForwardResult forwardOld(const GptBatch& batch, const ForwardOptions& options = {}) const;
  // Text2SemanticDecoder.forward (if_dpo): the chosen batch plus one rejected
  // sequence per item ([B, Lr] int64 zero-padded, [B] lengths).
  DpoResult forwardDpo(const GptBatch& batch, const at::Tensor& rejectY, const at::Tensor& rejectLens,
                       const ForwardOptions& options = {}) const;

  // "model.h.layers.0.norm1.weight" -> "h.layers.0.norm1.weight" (the fixture tables' names).
  static std::string moduleName(const std::string& parameterName);

 private:
  struct Decoded {
    at::Tensor logits, targets, decoderInput, blocked;
  };
  // Embeddings, masks, layers and the prediction head for (x, y); y may be rejects.
  Decoded decode(const GptBatch& batch, const at::Tensor& y, const at::Tensor& yLens,
                 const ForwardOptions& options) const;
  at::Tensor layer(int64_t index, const at::Tensor& x, const at::Tensor& additiveMask,
                   const ForwardOptions& options) const;
  at::Tensor dropout(const at::Tensor& x, const ForwardOptions& options) const;
  const at::Tensor& p(const std::string& name) const { return m_parameters["model." + name]; }

  timbre::gpt::GptConfig m_config;
  ParameterSet m_parameters;
};

// Top-3 accuracy over the positions whose target is not `ignore` (torchmetrics
// MulticlassAccuracy, micro, top_k 3); 0 when every target is ignored.
double top3Accuracy(const at::Tensor& logits, const at::Tensor& targets, int64_t ignore);

}  // namespace timbre::training::gpt
