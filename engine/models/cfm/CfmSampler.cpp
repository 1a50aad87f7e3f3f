#include "models/cfm/CfmSampler.h"

#include "timbre/Error.h"

namespace timbre::cfm {

at::Tensor sampleCfm(const Dit& dit, const at::Tensor& features, const at::Tensor& prompt, const at::Tensor& noise,
                     int steps, CfmTrace* trace) {
  if (steps < 1) throw Error(ErrorCode::InvalidArgument, "CFM: sample_steps must be at least 1");
  if (features.dim() != 3 || prompt.dim() != 3 || noise.dim() != 3 || noise.size(0) != features.size(0) ||
      noise.size(2) != features.size(1) || noise.size(1) != dit.melBins() || prompt.size(1) != dit.melBins() ||
      prompt.size(2) > features.size(1) || (prompt.size(0) != features.size(0) && prompt.size(0) != 1))
    throw Error(ErrorCode::InvalidArgument, "CFM: features [B, T, C], prompt [B, mel, P≤T] and noise [B, mel, T] disagree");
  at::NoGradGuard noGrad;
  const int64_t promptFrames = prompt.size(2);
  at::Tensor x = noise.to(features.options()).clone();
  x.narrow(2, 0, promptFrames).zero_();
  at::Tensor cond = at::zeros_like(x);
  cond.narrow(2, 0, promptFrames).copy_(prompt);
  const at::Tensor condRows = cond.transpose(1, 2);

  const double d = 1.0 / steps;
  const Dit::Conditioning conditioning = dit.condition(features, d);
  double t = 0.0;  // accumulated in double, as the official Python float
  for (int j = 0; j < steps; ++j) {
    const at::Tensor time = at::full({x.size(0)}, t, features.options());
    const at::Tensor v = dit(x.transpose(1, 2), condRows, time, conditioning);
    if (trace && j == 0) {
      trace->text = conditioning.text;
      trace->time0 = dit.timeEmbedding(time);
      trace->step = conditioning.step;
      trace->velocity0 = v;
    }
    x = x + v.transpose(1, 2) * d;
    t = t + d;
    x.narrow(2, 0, promptFrames).zero_();
  }
  return x;
}

}  // namespace timbre::cfm
