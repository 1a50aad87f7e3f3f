#pragma once
// The v4 vocoder: models.Generator(100, "1", [3,7,11], [[1,3,5]]×3,
// [10,6,2,2,2], 512, [20,12,4,4,4], gin 0, is_bias=True) as TTS.init_vocoder
// builds it, i.e. SoVITS's own HiFi-GAN decoder (sovits::Generator) without a
// timbre condition. The file is a plain state dict saved after weight-norm
// removal and is loaded strictly; its width comes from conv_pre.
#include "models/sovits/Generator.h"
#include "models/vocoder/Vocoder.h"

namespace timbre::vocoder {

class HifiganVocoder : public Vocoder {
 public:
  static HifiganVocoder load(const std::string& path, at::Device device = at::kCPU, at::ScalarType dtype = at::kFloat);

  at::Tensor operator()(const at::Tensor& mel) const override;
  int sampleRateHz() const override { return 48000; }
  int64_t samplesPerFrame() const override { return m_generator.upsampleFactor(); }

 private:
  sovits::Generator m_generator;
  at::Device m_device = at::kCPU;
  at::ScalarType m_dtype = at::kFloat;
};

}  // namespace timbre::vocoder
