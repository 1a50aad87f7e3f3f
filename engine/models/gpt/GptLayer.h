#pragma once
// One post-norm transformer layer of the T2S decoder (the official T2SBlock):
// x = LN1(x + MHA(x)); x = LN2(x + W2 relu(W1 x + b1) + b2), eps 1e-5.
#include <ATen/ATen.h>

#include <cstdint>

namespace timbre::gpt {

struct GptLayerWeights {
  at::Tensor qkvWeight, qkvBias;  // [3D, D], [3D]: q, k, v stacked in that order
  at::Tensor outWeight, outBias;  // [D, D], [D]
  at::Tensor ff1Weight, ff1Bias;  // [F, D], [F]
  at::Tensor ff2Weight, ff2Bias;  // [D, F], [D]
  at::Tensor norm1Weight, norm1Bias, norm2Weight, norm2Bias;  // [D]
};

class GptLayer {
 public:
  GptLayer(GptLayerWeights weights, int64_t numHeads);

  // x [B, S, D], blocked [S, S] or [B, 1, S, S] bool (true = may not attend) -> [B, S, D].
  // Writes keys/values of positions [0, S) into the caches [B, H, capacity, hd].
  at::Tensor prefill(const at::Tensor& x, const at::Tensor& blocked, at::Tensor& keyCache,
                     at::Tensor& valueCache) const;

  // x [B, 1, D] at sequence position `position` -> [B, 1, D]. Writes its key/value
  // at `position` and attends to positions [0, position], minus the keys that
  // `blockedKeys` [B, 1, 1, position + 1] marks (left padding of a batch).
  at::Tensor step(const at::Tensor& x, int64_t position, at::Tensor& keyCache, at::Tensor& valueCache,
                  const at::Tensor& blockedKeys = {}) const;

 private:
  // q [B, H, Sq, hd], k/v [B, H, Sk, hd], blocked broadcastable to [B, H, Sq, Sk] or
  // undefined -> [B, Sq, D] (before out_proj).
  at::Tensor attend(const at::Tensor& qh, const at::Tensor& kh, const at::Tensor& vh, const at::Tensor& blocked) const;
  // [B, S, D] -> [B, H, S, hd], a view.
  at::Tensor splitHeads(const at::Tensor& x) const;
  // x [B, S, D], attention output [B, S, D] -> [B, S, D]: out_proj, residual, norms, FFN.
  at::Tensor finish(const at::Tensor& x, const at::Tensor& attention) const;

  GptLayerWeights m_w;
  int64_t m_numHeads;
};

}  // namespace timbre::gpt
