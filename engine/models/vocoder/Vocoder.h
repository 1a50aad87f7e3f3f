#pragma once
// A mel vocoder of the v3/v4 path: denormalised log mel [1, 100, T] -> audio.
#include "models/sovits/SovitsVersion.h"

#include <ATen/ATen.h>

#include <memory>
#include <string>

namespace timbre::vocoder {

class Vocoder {
 public:
  virtual ~Vocoder() = default;
  // mel [1, bins, T] -> [T · samplesPerFrame()] float32 on the CPU, in [−1, 1].
  virtual at::Tensor operator()(const at::Tensor& mel) const = 0;
  virtual int sampleRateHz() const = 0;
  virtual int64_t samplesPerFrame() const = 0;
};

// The official vocoder of a version, from where TTS.init_vocoder loads it:
// v3 the BigVGAN folder (config.json + bigvgan_generator.pt), v4 the
// gsv-v4-pretrained/vocoder.pth state dict. Both go through the safe reader.
// Throws timbre::Error naming the file (Io, CorruptFile, ModelMismatch) or
// InvalidArgument for a version without a vocoder.
std::unique_ptr<Vocoder> loadVocoder(const std::string& path, sovits::SovitsVersion version,
                                     at::Device device = at::kCPU, at::ScalarType dtype = at::kFloat);

}  // namespace timbre::vocoder
