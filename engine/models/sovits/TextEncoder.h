#pragma once
// models.TextEncoder (enc_p): semantic features and phones through the
// relative-position encoders and MRTE, optional time stretch, then the prior
// mean and log-scale.
#include "models/sovits/Mrte.h"
#include "models/sovits/SovitsConfig.h"
#include "models/sovits/TransformerEncoder.h"

namespace timbre::sovits {

class TextEncoder {
 public:
  static TextEncoder load(const WeightReader& weights, const SovitsConfig& config);

  struct Prior {
    at::Tensor mean;      // [B, inter, T']
    at::Tensor logScale;  // [B, inter, T']
  };

  // content [B, 768, T] (50 Hz quantized features), phones [B, N] int64,
  // timbre [B, 512, 1]; speed ≠ 1 stretches T to int(T / speed) + 1 frames.
  Prior operator()(const at::Tensor& content, const at::Tensor& phones, const at::Tensor& timbre,
                   double speed) const;
  // The hidden output before the prior projection [B, hidden, T'] (what v3/v4's
  // bridge reads), after the same speed stretch.
  at::Tensor hidden(const at::Tensor& content, const at::Tensor& phones, const at::Tensor& timbre,
                    double speed) const;

 private:
  Conv1d m_sslProj;
  TransformerEncoder m_encoderSsl, m_encoderText, m_encoder2;
  at::Tensor m_textEmbedding;  // [symbols, hidden]
  Mrte m_mrte;
  Conv1d m_proj;
  int64_t m_interChannels = 0;
};

}  // namespace timbre::sovits
