#pragma once
// CFM.inference of SynthesizerTrnV3: Euler integration of the DiT's velocity
// from noise to mel over `steps` equal steps, with the prompt frames held at
// zero in x and given as the condition. No classifier-free guidance (the
// official inference passes inference_cfg_rate 0).
#include "models/cfm/Dit.h"

#include <functional>

namespace timbre::cfm {

// What one sampling run can report (the parity fixtures' dit_c0_* files).
struct CfmTrace {
  at::Tensor text;       // text embedding [B, T, C]
  at::Tensor time0;      // time_embed(0) [B, dim]
  at::Tensor step;       // d_embed(1/steps) [B, dim]
  at::Tensor velocity0;  // the first estimator output [B, T, mel]
};

// features [B, T, C] (prompt features then the chunk's), prompt [B or 1, mel, P]
// (P ≤ T), noise [B, mel, T] standard normal (the official torch.randn; its
// first P frames are ignored) -> [B, mel, T] with the first P frames zero.
// Throws timbre::Error(InvalidArgument) for inconsistent shapes or steps < 1.
at::Tensor sampleCfm(const Dit& dit, const at::Tensor& features, const at::Tensor& prompt, const at::Tensor& noise,
                     int steps, CfmTrace* trace = nullptr);

}  // namespace timbre::cfm
