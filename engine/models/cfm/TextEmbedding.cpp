#include "models/cfm/TextEmbedding.h"

#include "timbre/Error.h"

namespace timbre::cfm {
namespace {

constexpr int64_t kMaxPositions = 4096;  // TextEmbedding.precompute_max_pos

// precompute_freqs_cis(dim, end, theta=1e4): not stored in the state dict.
at::Tensor positionTable(int64_t dim, int64_t end) {
  const at::Tensor exponents = at::arange(0, dim, 2, at::kLong).slice(0, 0, dim / 2).to(at::kFloat) / double(dim);
  const at::Tensor freqs = at::reciprocal(at::pow(10000.0, exponents));
  const at::Tensor angles = at::outer(at::arange(end, at::kLong).to(at::kFloat), freqs);
  return at::cat({angles.cos(), angles.sin()}, -1);
}

}  // namespace

at::Tensor TextEmbedding::ConvNextBlock::operator()(const at::Tensor& x) const {
  const int64_t channels = x.size(-1);
  at::Tensor y = depthwise(x.transpose(1, 2)).transpose(1, 2);
  y = at::layer_norm(y, {channels}, normWeight, normBias, 1e-6);
  y = at::gelu(expand(y));
  // GRN: L2 norm over time, divided by its channel mean.
  const at::Tensor gx = at::norm(y, 2, {1}, true);
  const at::Tensor nx = gx / (gx.mean(-1, true) + 1e-6);
  y = grnGamma * (y * nx) + grnBeta + y;
  return x + project(y);
}

TextEmbedding TextEmbedding::load(const sovits::WeightReader& weights, const std::string& prefix) {
  TextEmbedding e;
  for (int i = 0; weights.has(prefix + ".text_blocks." + std::to_string(i) + ".dwconv.weight"); ++i) {
    const std::string p = prefix + ".text_blocks." + std::to_string(i);
    ConvNextBlock b;
    b.depthwise = sovits::Conv1d::load(weights, p + ".dwconv", 1, 3);
    b.depthwise.groups = b.depthwise.weight.size(0);
    b.normWeight = weights.get(p + ".norm.weight");
    b.normBias = weights.get(p + ".norm.bias");
    b.expand = sovits::Linear::load(weights, p + ".pwconv1");
    b.project = sovits::Linear::load(weights, p + ".pwconv2");
    b.grnGamma = weights.get(p + ".grn.gamma");
    b.grnBeta = weights.get(p + ".grn.beta");
    e.m_blocks.push_back(std::move(b));
  }
  if (e.m_blocks.empty())
    throw Error(ErrorCode::ModelMismatch, "the DiT text embedding has no ConvNeXt blocks (" + prefix + ".text_blocks.0)");
  const int64_t channels = e.m_blocks.front().depthwise.weight.size(0);
  e.m_positions = weights.place(positionTable(channels, kMaxPositions));
  return e;
}

at::Tensor TextEmbedding::operator()(const at::Tensor& text) const {
  const int64_t frames = text.size(1);
  // Positions past the table repeat its last row (get_pos_embed_indices).
  const at::Tensor positions =
      at::arange(frames, at::TensorOptions().dtype(at::kLong).device(text.device())).clamp_max(kMaxPositions - 1);
  at::Tensor x = text + m_positions.index_select(0, positions).unsqueeze(0);
  for (const auto& block : m_blocks) x = block(x);
  return x;
}

}  // namespace timbre::cfm
