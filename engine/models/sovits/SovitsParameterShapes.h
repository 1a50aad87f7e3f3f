#pragma once
// The state-dict names and shapes a SynthesizerTrn of a given config has, as
// the official code constructs it, minus the enc_q.* (posterior encoder) keys
// that the official saver drops. Weight-normed layers appear as weight_g/weight_v.
// The loader checks files against this before building anything.
#include "models/sovits/SovitsConfig.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace timbre::sovits {

using ParameterShapes = std::map<std::string, std::vector<int64_t>>;

ParameterShapes sovitsParameterShapes(const SovitsConfig& config);

// Widths the official code fixes (HuBERT 768, MRTE 512, style encoder 128) and
// small v3/v4 files may shrink; the v3/v4 loader reads them from the file.
struct TextSideWidths {
  int64_t ssl = kSslChannels;
  int64_t mrteHidden = kMrteHidden;
  int64_t styleHidden = kStyleHidden;
};

// The part SynthesizerTrn and SynthesizerTrnV3 share: enc_p, ref_enc, ssl_proj
// and the quantizer.
ParameterShapes textSideParameterShapes(const SovitsConfig& config, const TextSideWidths& widths = {});

// "[512, 192, 1]"
std::string formatShape(const std::vector<int64_t>& shape);

}  // namespace timbre::sovits
