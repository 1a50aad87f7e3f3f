#pragma once
// attentions.Encoder and attentions.MultiHeadAttention as enc_p trains them:
// padded batches (masks filled with −1e4, as upstream), relative-position
// keys/values (window 4, shared by the heads), and dropout at the official
// sites (attention probabilities, after attention, inside and after the FFN).
#include "training/sovits/TrainPass.h"
#include "training/common/ParameterSet.h"

#include <ATen/ATen.h>

#include <string>

namespace timbre::training {

// attentions.MultiHeadAttention.forward(x, c, attnMask): x [B, C, Tq] queries,
// context [B, C, Tk], attnMask [B, 1, Tq, Tk] (1 keep, 0 fill) -> [B, C, Tq].
// window 0 = no relative positions (MRTE's cross attention).
at::Tensor trainMultiHeadAttention(const ParameterSet& p, const std::string& prefix, const at::Tensor& x,
                                   const at::Tensor& context, const at::Tensor& attnMask, int64_t heads,
                                   int64_t window, double dropout, const TrainPass& pass);

struct AttentionEncoderShape {
  int64_t layers = 0;
  int64_t heads = 2;
  int64_t kernelSize = 3;  // FFN kernel, "same" padding
  double dropout = 0.0;    // p_dropout
};

// attentions.Encoder.forward(x, xMask): x [B, C, T], xMask [B, 1, T] -> [B, C, T].
at::Tensor trainAttentionEncoder(const ParameterSet& p, const std::string& prefix, at::Tensor x,
                                 const at::Tensor& xMask, const AttentionEncoderShape& shape, const TrainPass& pass);

}  // namespace timbre::training
