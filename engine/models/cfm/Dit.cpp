#include "models/cfm/Dit.h"

#include "timbre/Error.h"

namespace timbre::cfm {

Dit Dit::load(const sovits::WeightReader& weights, const std::string& prefix) {
  Dit d;
  d.m_timeEmbed = TimestepEmbedding::load(weights, prefix + ".time_embed");
  d.m_stepEmbed = TimestepEmbedding::load(weights, prefix + ".d_embed");
  d.m_textEmbed = TextEmbedding::load(weights, prefix + ".text_embed");
  d.m_inputEmbed = InputEmbedding::load(weights, prefix + ".input_embed");
  d.m_rotary = RotaryEmbedding(weights.get(prefix + ".rotary_embed.inv_freq"));
  for (int i = 0; weights.has(prefix + ".transformer_blocks." + std::to_string(i) + ".attn.to_q.weight"); ++i)
    d.m_blocks.push_back(DitBlock::load(weights, prefix + ".transformer_blocks." + std::to_string(i), d.m_rotary.width()));
  if (d.m_blocks.empty())
    throw Error(ErrorCode::ModelMismatch, "the DiT has no transformer blocks (" + prefix + ".transformer_blocks.0)");
  d.m_normOut = sovits::Linear::load(weights, prefix + ".norm_out.linear");
  d.m_projOut = sovits::Linear::load(weights, prefix + ".proj_out");
  d.m_textWidth = weights.fp32(prefix + ".text_embed.text_blocks.0.dwconv.weight").size(0);
  return d;
}

Dit::Conditioning Dit::condition(const at::Tensor& features, double stepSize) const {
  Conditioning c;
  c.text = m_textEmbed(features);
  c.step = m_stepEmbed(at::full({features.size(0)}, stepSize, features.options()));
  c.angles = m_rotary.angles(features.size(1)).to(features.options());
  return c;
}

at::Tensor Dit::operator()(const at::Tensor& x, const at::Tensor& prompt, const at::Tensor& t,
                           const Conditioning& c) const {
  const at::Tensor time = m_timeEmbed(t) + c.step;
  at::Tensor h = m_inputEmbed(x, prompt, c.text);
  for (const auto& block : m_blocks) h = block(h, time, c.angles);
  const std::vector<at::Tensor> m = m_normOut(at::silu(time)).chunk(2, 1);  // scale, shift
  h = at::layer_norm(h, {h.size(-1)}, {}, {}, 1e-6) * (1 + m[0].unsqueeze(1)) + m[1].unsqueeze(1);
  return m_projOut(h);
}

}  // namespace timbre::cfm
