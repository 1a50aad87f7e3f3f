#pragma once
// f5_tts TextEmbedding as GPT-SoVITS uses it: the semantic features (not token
// ids) plus a fixed sinusoidal position table, then ConvNeXt-V2 blocks. Computed
// once per CFM call (the official conditioner cache).
#include "models/sovits/Layers.h"

#include <string>
#include <vector>

namespace timbre::cfm {

class TextEmbedding {
 public:
  // prefix.text_blocks.N.*; the block count and width come from the file.
  static TextEmbedding load(const sovits::WeightReader& weights, const std::string& prefix);

  // text [B, T, C] -> [B, T, C]
  at::Tensor operator()(const at::Tensor& text) const;

 private:
  // ConvNeXtV2Block: depthwise conv k7, LayerNorm (eps 1e-6), Linear ×2 with
  // exact GELU and global response normalisation between them, residual.
  struct ConvNextBlock {
    sovits::Conv1d depthwise;
    at::Tensor normWeight, normBias;
    sovits::Linear expand, project;
    at::Tensor grnGamma, grnBeta;  // [1, 1, 2C]
    at::Tensor operator()(const at::Tensor& x) const;
  };
  std::vector<ConvNextBlock> m_blocks;
  at::Tensor m_positions;  // precompute_freqs_cis(C, 4096): [4096, C] = [cos | sin]
};

}  // namespace timbre::cfm
