#pragma once
// The state-dict names and shapes of a SynthesizerTrnV3 (v3/v4) file, for the
// loader to check before building anything. The official code fixes most
// widths; small models shrink them, so the widths are read from a few anchor
// tensors (ssl_proj, enc_p.mrte.c_pre, ref_enc.spectral.0.fc, bridge.0, the
// DiT's time embedding, proj_out, the rotary buffer) and the layer counts from
// the names, and every other tensor must agree with them.
#include "checkpoint/Checkpoint.h"
#include "models/sovits/SovitsParameterShapes.h"

namespace timbre::cfm {

// Throws timbre::Error(ModelMismatch) naming the file when an anchor is
// missing or is not a tensor of the expected rank.
sovits::ParameterShapes cfmParameterShapes(const checkpoint::Checkpoint& checkpoint, const sovits::SovitsConfig& config);

}  // namespace timbre::cfm
