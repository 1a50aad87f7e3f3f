#pragma once
// GPT-SoVITS's speaker-verification model for v2Pro/v2ProPlus: ERes2NetV2
// (baseWidth 24, scale 4, expansion 4) on 80-bin Kaldi fbank, read out with
// forward3 (the fused stage-3/4 map averaged over time, no pooling layer).
// Loaded from a plain state_dict (sv/pretrained_eres2netv2w24s4ep4.ckpt); every
// size comes from the tensor shapes. BatchNorm (eval, running statistics) is
// folded into the preceding convolutions at load time.
#include "models/speaker/KaldiFbank.h"
#include "models/speaker/SpeakerConfig.h"

#include <ATen/ATen.h>

#include <memory>
#include <string>

namespace timbre::speaker {

class SpeakerEncoder {
 public:
  // Throws timbre::Error: Io/CorruptFile/UnsupportedFormat/UnsafeContent from the
  // reader; ModelMismatch naming the tensor, the shape found and the shape expected
  // for a file that is not an ERes2NetV2 state_dict.
  static SpeakerEncoder load(const std::string& path, at::Device device = at::kCPU,
                             at::ScalarType dtype = at::kFloat);
  // The same from a checkpoint already read (tests, or a caller that inspected it).
  static SpeakerEncoder fromCheckpoint(const checkpoint::Checkpoint& checkpoint, at::Device device = at::kCPU,
                                       at::ScalarType dtype = at::kFloat);

  // fbank [B, T, featDim] (B is 1 in GPT-SoVITS) -> embedding [B, embeddingDim()] float32 on the CPU.
  // Throws InvalidArgument for another rank, feature count, T = 0 or a non-floating tensor.
  at::Tensor embedFbank(const at::Tensor& fbank) const;
  // 16 kHz wave [N] or [1, N] -> embedding [1, embeddingDim()] float32 on the CPU: kaldiFbank
  // (80 bins, dither 0, float32 on the model's device) then embedFbank, as sv.py does.
  // Throws InvalidArgument for a wave shorter than one 400-sample frame.
  at::Tensor embedWave(const at::Tensor& wave16k) const;

  const SpeakerConfig& config() const;
  int64_t embeddingDim() const;  // 20480 for the released model
  at::Device device() const;
  at::ScalarType dtype() const;

  SpeakerEncoder(SpeakerEncoder&&) noexcept;
  SpeakerEncoder& operator=(SpeakerEncoder&&) noexcept;
  ~SpeakerEncoder();

 private:
  struct Impl;
  explicit SpeakerEncoder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace timbre::speaker
