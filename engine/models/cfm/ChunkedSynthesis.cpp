#include "models/cfm/ChunkedSynthesis.h"

#include "timbre/Error.h"

#include <algorithm>

namespace timbre::cfm {
namespace {

at::Tensor lastFrames(const at::Tensor& x, int64_t frames) {
  const int64_t n = std::min(frames, x.size(2));
  return x.narrow(2, x.size(2) - n, n);
}

}  // namespace

CfmPrompt makeCfmPrompt(const at::Tensor& featuresRef, const at::Tensor& melRef, const CfmVersion& version) {
  if (featuresRef.dim() != 3 || melRef.dim() != 3 || featuresRef.size(2) < 1 || melRef.size(2) < 1)
    throw Error(ErrorCode::InvalidArgument, "CFM prompt: features [1, C, T] and mel [1, mel, M] must be non-empty");
  const int64_t tMin = std::min(featuresRef.size(2), melRef.size(2));
  CfmPrompt p;
  p.features = lastFrames(featuresRef.narrow(2, 0, tMin), version.tRef);
  p.mel = lastFrames(melRef.narrow(2, 0, tMin), version.tRef);
  p.chunkFrames = version.tChunk - p.mel.size(2);
  return p;
}

std::vector<at::Tensor> synthesizeMelChunks(const Dit& dit, const CfmPrompt& prompt, const at::Tensor& featuresTodo,
                                            int steps, const ChunkNoise& noise, CfmTrace* firstTrace,
                                            const std::function<bool()>& cancelled) {
  const int64_t tMin = prompt.mel.size(2);
  at::Tensor featuresRef = prompt.features, mel = prompt.mel.to(featuresTodo.options());
  std::vector<at::Tensor> chunks;
  for (int64_t start = 0, k = 0; start < featuresTodo.size(2); start += prompt.chunkFrames, ++k) {
    if (cancelled && cancelled()) throw Error(ErrorCode::Cancelled, "synthesis cancelled");
    const at::Tensor chunk = featuresTodo.narrow(2, start, std::min(prompt.chunkFrames, featuresTodo.size(2) - start));
    const at::Tensor features = at::cat({featuresRef, chunk}, 2).transpose(1, 2);
    const at::Tensor out = sampleCfm(dit, features, mel, noise(k, features.size(1)), steps, k == 0 ? firstTrace : nullptr);
    const at::Tensor generated = out.narrow(2, mel.size(2), out.size(2) - mel.size(2));
    // The next prompt: the last T_min frames (fewer when the chunk is shorter).
    mel = lastFrames(generated, tMin);
    featuresRef = lastFrames(chunk, tMin);
    chunks.push_back(generated);
  }
  return chunks;
}

}  // namespace timbre::cfm
