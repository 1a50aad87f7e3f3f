#pragma once
// GPT-SoVITS's SynthesizerTrnV3 (SoVITS v3 and v4): the v2 text encoder,
// reference encoder and semantic codebook, the feature encoder (bridge + wns1)
// and the flow-matching DiT. It turns tokens + phones into mel-rate features
// (decode_encp); ChunkedSynthesis.h samples mels from them and a vocoder
// (models/vocoder) makes the audio.
#include "checkpoint/Checkpoint.h"
#include "models/cfm/CfmVersion.h"
#include "models/cfm/Dit.h"
#include "models/cfm/FeatureEncoder.h"
#include "models/sovits/Quantizer.h"
#include "models/sovits/SovitsConfig.h"
#include "models/sovits/StyleEncoder.h"
#include "models/sovits/TextEncoder.h"

namespace timbre::cfm {

class SovitsV3Model {
 public:
  // Builds the model from the checkpoint's config; every width and layer count
  // comes from the tensors. For a LoRA fine-tune pass mergeLora()'s result.
  // Throws timbre::Error: ModelMismatch naming the file and the tensor,
  // UnsupportedFormat (config), InvalidArgument (not v3/v4).
  static SovitsV3Model load(const checkpoint::Checkpoint& checkpoint, sovits::SovitsVersion version,
                            at::Device device = at::kCPU, at::ScalarType dtype = at::kFloat);

  const CfmVersion& version() const { return m_version; }
  const sovits::SovitsConfig& config() const { return m_config; }
  const Dit& dit() const { return m_dit; }
  at::Device device() const { return m_device; }
  at::ScalarType dtype() const { return m_dtype; }

  // ssl [1, S, T] HuBERT features -> [1, 1, T/2] semantic tokens.
  at::Tensor extractLatent(const at::Tensor& ssl) const;

  // ge = ref_enc(spec[:, :704]): spec [1, ≥704, frames] -> [1, gin, 1].
  at::Tensor timbre(const at::Tensor& spec) const;

  struct Features {
    at::Tensor encoderHidden;  // enc_p's hidden output after the speed stretch [1, inter, F]
    at::Tensor features;       // [1, C, floor(F · featureScale)]
  };
  // decode_encp: codes [1, 1, T] int64, phones [1, n] int64, ge [1, gin, 1].
  Features encode(const at::Tensor& codes, const at::Tensor& phones, const at::Tensor& ge, double speed) const;

 private:
  SovitsV3Model() = default;

  sovits::SovitsConfig m_config;
  CfmVersion m_version;
  at::Device m_device = at::kCPU;
  at::ScalarType m_dtype = at::kFloat;
  sovits::Quantizer m_quantizer;
  sovits::TextEncoder m_textEncoder;
  sovits::StyleEncoder m_styleEncoder;
  FeatureEncoder m_featureEncoder;
  Dit m_dit;
};

}  // namespace timbre::cfm
