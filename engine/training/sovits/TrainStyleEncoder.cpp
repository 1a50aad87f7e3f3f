#include "training/sovits/TrainStyleEncoder.h"

#include "models/sovits/SovitsConfig.h"
#include "training/sovits/TrainLayers.h"

#include <cmath>
#include <limits>

namespace timbre::training {
namespace {

constexpr double kStyleDropout = 0.1;  // MelStyleEncoder(dropout=0.1), not configurable upstream

at::Tensor mishActivation(const at::Tensor& x) { return x * at::tanh(at::softplus(x, 1, 20)); }

// Conv1dGLU: x + dropout(a · σ(b)) where [a; b] = conv(x), kernel 5, same padding.
at::Tensor gatedResidual(const ParameterSet& p, const std::string& prefix, const at::Tensor& x,
                         const TrainPass& pass) {
  const at::Tensor h = layers::conv1d(p, prefix, x, 1, (sovits::kStyleKernel - 1) / 2);
  const int64_t half = h.size(1) / 2;
  return x + pass.dropout(h.slice(1, 0, half) * at::sigmoid(h.slice(1, half)), kStyleDropout);
}

}  // namespace

at::Tensor trainStyleEncoder(const ParameterSet& p, const at::Tensor& spec, const at::Tensor& mask,
                             const TrainPass& pass) {
  const int64_t b = spec.size(0), frames = spec.size(2);
  const at::Tensor padded = (mask == 0).squeeze(1);  // [B, T], true on padding

  // spectral: [B, T, bins] -> [B, T, 128]
  at::Tensor x = spec.transpose(1, 2);
  x = pass.dropout(mishActivation(layers::linear(p, "ref_enc.spectral.0.fc", x)), kStyleDropout);
  x = pass.dropout(mishActivation(layers::linear(p, "ref_enc.spectral.3.fc", x)), kStyleDropout);
  // temporal, on [B, 128, T]
  x = x.transpose(1, 2);
  x = gatedResidual(p, "ref_enc.temporal.0.conv1.conv", x, pass);
  x = gatedResidual(p, "ref_enc.temporal.1.conv1.conv", x, pass);
  x = x.transpose(1, 2).masked_fill(padded.unsqueeze(-1), 0.0);

  // Self-attention, heads folded into the batch head-major ([H·B, T, d]);
  // the temperature is √hidden, as upstream.
  const int64_t heads = sovits::kStyleHeads, d = sovits::kStyleHidden / sovits::kStyleHeads;
  auto split = [&](const at::Tensor& t) {
    return t.view({b, frames, heads, d}).permute({2, 0, 1, 3}).contiguous().view({-1, frames, d});
  };
  const at::Tensor q = split(layers::linear(p, "ref_enc.slf_attn.w_qs", x));
  const at::Tensor k = split(layers::linear(p, "ref_enc.slf_attn.w_ks", x));
  const at::Tensor v = split(layers::linear(p, "ref_enc.slf_attn.w_vs", x));
  at::Tensor attn = at::bmm(q, k.transpose(1, 2)) / std::sqrt(static_cast<double>(sovits::kStyleHidden));
  const at::Tensor keyMask = padded.unsqueeze(1).expand({b, frames, frames}).repeat({heads, 1, 1});
  attn = attn.masked_fill(keyMask, -std::numeric_limits<double>::infinity());
  attn = pass.dropout(at::softmax(attn, 2), kStyleDropout);
  const at::Tensor out =
      at::bmm(attn, v).view({heads, b, frames, d}).permute({1, 2, 0, 3}).contiguous().view({b, frames, -1});
  x = pass.dropout(layers::linear(p, "ref_enc.slf_attn.fc", out), kStyleDropout) + x;

  // fc, then the masked temporal mean computed as Σ(x / length), as upstream.
  const at::Tensor style = layers::linear(p, "ref_enc.fc.fc", x).masked_fill(padded.unsqueeze(-1), 0.0);
  const at::Tensor lengths = (~padded).sum(1).view({b, 1, 1});
  return (style.to(at::kFloat) / lengths).sum(1).to(style.scalar_type()).unsqueeze(-1);
}

}  // namespace timbre::training
