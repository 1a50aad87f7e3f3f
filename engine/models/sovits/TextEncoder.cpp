#include "models/sovits/TextEncoder.h"

#include "timbre/Error.h"

namespace timbre::sovits {

TextEncoder TextEncoder::load(const WeightReader& weights, const SovitsConfig& c) {
  TextEncoder e;
  e.m_sslProj = Conv1d::load(weights, "enc_p.ssl_proj");
  e.m_encoderSsl = TransformerEncoder::load(weights, "enc_p.encoder_ssl", c.nLayers / 2, c.nHeads, c.kernelSize);
  e.m_encoderText = TransformerEncoder::load(weights, "enc_p.encoder_text", c.nLayers, c.nHeads, c.kernelSize);
  e.m_textEmbedding = weights.get("enc_p.text_embedding.weight");
  e.m_mrte = Mrte::load(weights, "enc_p.mrte");
  e.m_encoder2 = TransformerEncoder::load(weights, "enc_p.encoder2", c.nLayers / 2, c.nHeads, c.kernelSize);
  e.m_proj = Conv1d::load(weights, "enc_p.proj");
  e.m_interChannels = c.interChannels;
  return e;
}

TextEncoder::Prior TextEncoder::operator()(const at::Tensor& content, const at::Tensor& phones,
                                           const at::Tensor& timbre, double speed) const {
  const at::Tensor stats = m_proj(hidden(content, phones, timbre, speed));
  return Prior{stats.slice(1, 0, m_interChannels), stats.slice(1, m_interChannels, 2 * m_interChannels)};
}

at::Tensor TextEncoder::hidden(const at::Tensor& content, const at::Tensor& phones, const at::Tensor& timbre,
                               double speed) const {
  const int64_t symbols = m_textEmbedding.size(0);
  if (phones.numel() > 0 && (phones.min().item<int64_t>() < 0 || phones.max().item<int64_t>() >= symbols))
    throw Error(ErrorCode::InvalidArgument,
                "SoVITS decode: phone ids must lie in [0, " + std::to_string(symbols) + ")");
  at::Tensor y = m_encoderSsl(m_sslProj(content));
  // [B, N] -> [B, N, hidden] -> [B, hidden, N]
  at::Tensor text = at::embedding(m_textEmbedding, phones).transpose(1, 2);
  text = m_encoderText(text);
  y = m_encoder2(m_mrte(y, text, timbre));
  if (speed != 1.0) {
    // Python's int(T / speed) + 1, linear, align_corners=False, scale from the sizes.
    const int64_t frames = static_cast<int64_t>(static_cast<double>(y.size(-1)) / speed) + 1;
    y = at::upsample_linear1d(y, {frames}, false);
  }
  return y;
}

}  // namespace timbre::sovits
