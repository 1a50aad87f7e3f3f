#pragma once
// The GPT-SoVITS text-to-semantic decoder (Text2SemanticDecoder, the official
// non-batched infer_panel path): phones + BERT features + prompt semantic
// tokens -> new semantic tokens, with a pre-allocated KV cache.
#include "models/gpt/GptConfig.h"
#include "models/gpt/GptLayer.h"
#include "models/gpt/GptSampling.h"

#include <ATen/ATen.h>

#include <functional>
#include <string>
#include <vector>

namespace timbre::checkpoint {
struct Checkpoint;
}

namespace timbre::gpt {

struct GptInput {
  at::Tensor phones;        // [L] int64: prompt phones followed by target phones
  at::Tensor bert;          // [bertDim, L] float: BERT features of the same phones
  at::Tensor promptTokens;  // [Lp] int64 prompt semantic tokens; empty or undefined = reference-free
};

struct GptResult {
  at::Tensor tokensFull;    // [Lp + new] int64 CPU: prompt followed by the kept new tokens (EOS removed)
  at::Tensor predSemantic;  // [n] int64 CPU: the official slice tokensFull[-idx:] (idx 0 -> all of it)
  int idx = 0;              // the official return value (0 for reference-free)
  std::string stopReason;   // "eos" | "early_stop_num" | "max_steps"
  int loopSteps = 0;        // decoding steps run
  std::vector<at::Tensor> rawLogits;  // [V] float CPU each: output-layer logits of the first recordLogitsSteps steps
};

class GptModel {
 public:
  // Validates every tensor against the layout implied by the file's config and
  // converts the weights to `dtype` on `device`. fp16/bf16 need a non-CPU device.
  // Throws timbre::Error(ModelMismatch) naming the file, the tensor and the expected shape.
  static GptModel load(const checkpoint::Checkpoint& checkpoint, at::Device device = at::kCPU,
                       at::ScalarType dtype = at::kFloat);

  const GptConfig& config() const { return m_config; }
  at::Device device() const { return m_device; }
  at::ScalarType dtype() const { return m_dtype; }

  // Autoregressive decoding. shouldContinue(step) is asked before every step;
  // false -> timbre::Error(Cancelled). Bad inputs -> timbre::Error(InvalidArgument).
  // onToken, when given, receives each kept token as soon as it is sampled (what
  // token streaming feeds on; it costs one host sync per step).
  GptResult generate(const GptInput& input, const SamplingParams& params,
                     const std::function<bool(int step)>& shouldContinue = {},
                     const std::function<void(int64_t token)>& onToken = {}) const;

  // Cosine similarity of every semantic token's embedding to `token`'s -> [vocab]
  // float CPU. Against the "mute" token 486 it tells where speech pauses, which is
  // where streaming cuts its chunks.
  at::Tensor tokenSimilarity(int64_t token) const;

  // The official parallel path (infer_panel_batch_infer): several texts that
  // share one prompt decoded together, text left-padded with the padding keys
  // masked, each row sampled and stopped on its own. One pass over the weights
  // serves every row, so a batch costs little more than one text. Each result
  // is what generate() gives for that input, up to float rounding.
  // Throws InvalidArgument when the inputs do not share their prompt tokens.
  std::vector<GptResult> generateBatch(const std::vector<GptInput>& inputs, const SamplingParams& params,
                                       const std::function<bool(int step)>& shouldContinue = {}) const;

 private:
  GptModel(GptConfig config, at::Device device, at::ScalarType dtype);

  // Checks one input against the model; returns the prompt tokens on the CPU (empty: reference-free).
  at::Tensor checkInput(const GptInput& input) const;
  // phones [L], bert [bertDim, L] -> [L, D] text embedding with positions.
  at::Tensor embedText(const at::Tensor& phones, const at::Tensor& bert, const at::Tensor& positions) const;
  // tokens [N], positions [N, D] -> [N, D] audio embedding with positions.
  at::Tensor embedAudio(const at::Tensor& tokens, const at::Tensor& positions) const;

  GptConfig m_config;
  at::Device m_device;
  at::ScalarType m_dtype;
  at::Tensor m_bertProjWeight, m_bertProjBias;  // [D, bertDim], [D]
  at::Tensor m_textEmbedding, m_textAlpha;      // [phonemeVocab, D], [1]
  at::Tensor m_audioEmbedding, m_audioAlpha;    // [vocab, D], [1]
  at::Tensor m_predictWeight;                   // [vocab, D], no bias
  std::vector<GptLayer> m_layers;
};

}  // namespace timbre::gpt
