#pragma once
// The CFM estimator of SynthesizerTrnV3 (f5_tts DiT as GPT-SoVITS modifies
// it): predicts the flow velocity of the mel from the noisy mel, the prompt mel,
// the semantic features and the time. Depth, widths and heads come from the file.
#include "models/cfm/DitBlock.h"
#include "models/cfm/InputEmbedding.h"
#include "models/cfm/TextEmbedding.h"
#include "models/cfm/TimestepEmbedding.h"

#include <string>
#include <vector>

namespace timbre::cfm {

class Dit {
 public:
  // prefix = "cfm.estimator"
  static Dit load(const sovits::WeightReader& weights, const std::string& prefix);

  // What the official conditioner cache keeps for one CFM call: the text
  // embedding of the features and the d embedding of the step size.
  struct Conditioning {
    at::Tensor text;  // [B, T, C]
    at::Tensor step;  // d_embed(d) [B, dim]
    at::Tensor angles;  // rotary angles for T frames
  };
  // features [B, T, C]; stepSize = 1 / sample_steps.
  Conditioning condition(const at::Tensor& features, double stepSize) const;

  // time_embed(t) [B, dim] for t [B].
  at::Tensor timeEmbedding(const at::Tensor& t) const { return m_timeEmbed(t); }

  // x, prompt [B, T, mel], t [B] -> velocity [B, T, mel]
  at::Tensor operator()(const at::Tensor& x, const at::Tensor& prompt, const at::Tensor& t,
                        const Conditioning& conditioning) const;

  int64_t melBins() const { return m_projOut.weight.size(0); }
  int64_t textWidth() const { return m_textWidth; }

 private:
  TimestepEmbedding m_timeEmbed, m_stepEmbed;
  TextEmbedding m_textEmbed;
  InputEmbedding m_inputEmbed;
  RotaryEmbedding m_rotary;
  std::vector<DitBlock> m_blocks;
  sovits::Linear m_normOut;  // AdaLayerNormZero_Final: dim -> 2·dim (scale, shift)
  sovits::Linear m_projOut;
  int64_t m_textWidth = 0;
};

}  // namespace timbre::cfm
