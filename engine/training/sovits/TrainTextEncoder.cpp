#include "training/sovits/TrainTextEncoder.h"

#include "training/sovits/TrainAttentionEncoder.h"
#include "training/sovits/TrainLayers.h"

namespace timbre::training {
namespace {

// module/mrte_model.MRTE: content attends to the text (no dropout, no
// relative positions), plus the content and the timbre vector.
at::Tensor mrte(const ParameterSet& p, const at::Tensor& content, const at::Tensor& contentMask,
                const at::Tensor& text, const at::Tensor& textMask, const at::Tensor& timbre, const TrainPass& pass) {
  const std::string prefix = "enc_p.mrte";
  const at::Tensor attnMask = textMask.unsqueeze(2) * contentMask.unsqueeze(-1);  // [B, 1, T, L]
  const at::Tensor c = layers::conv1d(p, prefix + ".c_pre", content * contentMask);
  const at::Tensor t = layers::conv1d(p, prefix + ".text_pre", text * textMask);
  const at::Tensor x = trainMultiHeadAttention(p, prefix + ".cross_attention", c * contentMask, t * textMask,
                                               attnMask, sovits::kMrteHeads, 0, 0.0, pass) +
                       c + timbre;
  return layers::conv1d(p, prefix + ".c_post", x * contentMask);
}

}  // namespace

TrainPrior trainTextEncoder(const ParameterSet& p, const sovits::SovitsConfig& c, double dropout,
                            const at::Tensor& content, const at::Tensor& contentMask, const at::Tensor& text,
                            const at::Tensor& textLengths, const at::Tensor& timbre, const TrainPass& pass) {
  const AttentionEncoderShape half{c.nLayers / 2, c.nHeads, c.kernelSize, dropout};
  const AttentionEncoderShape full{c.nLayers, c.nHeads, c.kernelSize, dropout};

  at::Tensor y = layers::conv1d(p, "enc_p.ssl_proj", content * contentMask) * contentMask;
  y = trainAttentionEncoder(p, "enc_p.encoder_ssl", y * contentMask, contentMask, half, pass);

  const at::Tensor textMask = layers::frameMask(textLengths, text.size(1), y.options());
  // [B, L] -> [B, L, hidden] -> [B, hidden, L]
  at::Tensor t = at::embedding(p["enc_p.text_embedding.weight"], text).transpose(1, 2);
  t = trainAttentionEncoder(p, "enc_p.encoder_text", t * textMask, textMask, full, pass);

  y = mrte(p, y, contentMask, t, textMask, timbre, pass);
  y = trainAttentionEncoder(p, "enc_p.encoder2", y * contentMask, contentMask, half, pass);
  const at::Tensor stats = layers::conv1d(p, "enc_p.proj", y) * contentMask;
  return TrainPrior{stats.slice(1, 0, c.interChannels), stats.slice(1, c.interChannels, 2 * c.interChannels)};
}

}  // namespace timbre::training
