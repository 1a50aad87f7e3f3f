#include "models/sovits/Quantizer.h"

#include "timbre/Error.h"

namespace timbre::sovits {

Quantizer Quantizer::load(const WeightReader& weights, const SovitsConfig& c) {
  Quantizer q;
  const int64_t stride = c.semantic25Hz ? 2 : 1;
  q.m_sslProj = Conv1d::load(weights, "ssl_proj", stride);
  q.m_codebook = weights.get("quantizer.vq.layers.0._codebook.embed");
  return q;
}

at::Tensor Quantizer::encode(const at::Tensor& ssl) const {
  const at::Tensor x = m_sslProj(ssl);  // [B, 768, T']
  const int64_t b = x.size(0), t = x.size(2);
  const at::Tensor rows = x.transpose(1, 2).reshape({b * t, x.size(1)});
  const at::Tensor embedT = m_codebook.t();
  // −(|x|² − 2·x·e + |e|²), maximised, in the official order of operations.
  const at::Tensor distance =
      -(rows.pow(2).sum(1, true) - 2 * at::matmul(rows, embedT) + embedT.pow(2).sum(0, true));
  const at::Tensor ids = std::get<1>(distance.max(-1));
  return ids.view({b, 1, t});
}

at::Tensor Quantizer::decode(const at::Tensor& codes) const {
  if (codes.dim() != 3 || codes.size(0) != 1)
    throw Error(ErrorCode::InvalidArgument, "SoVITS decode: semantic codes must have shape [1, B, T]");
  if (codes.numel() > 0 && (codes.min().item<int64_t>() < 0 || codes.max().item<int64_t>() >= m_codebook.size(0)))
    throw Error(ErrorCode::InvalidArgument,
                "SoVITS decode: semantic token ids must lie in [0, " + std::to_string(m_codebook.size(0)) + ")");
  // [B, T] -> [B, T, 768] -> [B, 768, T]
  return at::embedding(m_codebook, codes[0]).transpose(1, 2);
}

}  // namespace timbre::sovits
