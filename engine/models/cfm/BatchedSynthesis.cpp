#include "models/cfm/BatchedSynthesis.h"

#include "models/cfm/ReferenceMel.h"
#include "models/cfm/SolaJoin.h"
#include "timbre/Error.h"

namespace timbre::cfm {

FeatureWindows cutFeatureWindows(const at::Tensor& features, int64_t chunkFrames, int64_t overlapFrames) {
  if (features.dim() != 3 || features.size(2) < 1 || chunkFrames <= overlapFrames)
    throw Error(ErrorCode::InvalidArgument, "batched CFM: features [1, C, N≥1] and a chunk longer than the overlap");
  const at::Tensor padded = at::constant_pad_nd(features, {overlapFrames, 0});
  const int64_t total = padded.size(2);
  FeatureWindows w;
  std::vector<at::Tensor> windows;
  // Each window after the first starts `overlapFrames` before the previous one ended.
  for (int64_t pos = 0; pos < total; pos += chunkFrames - overlapFrames) {
    const at::Tensor window = padded.narrow(2, pos, std::min(chunkFrames, total - pos));
    w.paddingFrames = chunkFrames - window.size(2);
    windows.push_back(at::constant_pad_nd(window, {0, w.paddingFrames}));
  }
  w.windows = at::cat(windows, 0);
  return w;
}

at::Tensor synthesizeMelWindows(const Dit& dit, const CfmPrompt& prompt, const at::Tensor& windows, int steps,
                                const at::Tensor& noise) {
  const int64_t batch = windows.size(0);
  const at::Tensor features =
      at::cat({prompt.features.to(windows.options()).expand({batch, -1, -1}), windows}, 2).transpose(1, 2);
  const at::Tensor out = sampleCfm(dit, features, prompt.mel.to(windows.options()), noise, steps);
  return out.narrow(2, out.size(2) - windows.size(2), windows.size(2));
}

std::vector<at::Tensor> vocodeWindows(const vocoder::Vocoder& vocoder, const at::Tensor& windowMels,
                                      const std::vector<int64_t>& sentenceFrames, int64_t paddingFrames,
                                      std::vector<int64_t>* offsets) {
  const int64_t batch = windowMels.size(0), chunk = windowMels.size(2), up = vocoder.samplesPerFrame();
  // [B, mel, chunk] -> [1, mel, B·chunk]: the windows back to back.
  const at::Tensor mel = windowMels.permute({1, 0, 2}).reshape({1, windowMels.size(1), batch * chunk});
  const at::Tensor audio = vocoder(denormalizeMel(mel));
  std::vector<at::Tensor> pieces;
  for (int64_t pos = 0; pos < audio.size(0); pos += chunk * up)
    pieces.push_back(audio.narrow(0, pos, std::min(chunk * up, audio.size(0) - pos)));
  at::Tensor joined = solaJoin(std::move(pieces), kOverlappedFrames * up, kSolaSearchSamples, offsets);
  // Drop the left padding and the last window's zero frames. (Upstream slices
  // [a : -0] when nothing was padded, which is empty; the whole tail is meant.)
  const int64_t start = kOverlappedFrames * up, end = joined.size(0) - paddingFrames * up;
  joined = joined.narrow(0, start, std::max<int64_t>(0, end - start));
  std::vector<at::Tensor> fragments;
  int64_t pos = 0;
  for (int64_t frames : sentenceFrames) {
    const int64_t n = std::min(frames * up, joined.size(0) - pos);
    fragments.push_back(joined.narrow(0, pos, std::max<int64_t>(0, n)));
    pos += std::max<int64_t>(0, n);
  }
  return fragments;
}

}  // namespace timbre::cfm
