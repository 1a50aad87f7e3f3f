#pragma once
// GPT-SoVITS's SoVITS decoder (SynthesizerTrn) for v1, v2, v2Pro and
// v2ProPlus: semantic tokens + phones + reference spectrogram(s) → 32 kHz audio,
// and HuBERT features → semantic tokens (extract_latent).
#include "checkpoint/Checkpoint.h"
#include "models/sovits/Flow.h"
#include "models/sovits/Generator.h"
#include "models/sovits/Quantizer.h"
#include "models/sovits/SovitsConfig.h"
#include "models/sovits/StyleEncoder.h"
#include "models/sovits/TextEncoder.h"

#include <ATen/ATen.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace timbre::sovits {

struct DecodeRequest {
  at::Tensor codes;                       // [1, 1, T25] int64 semantic tokens
  at::Tensor phones;                      // [1, n] int64 phone ids
  std::vector<at::Tensor> refSpecs;       // each [1, 1025, frames] float32 linear spectrogram
  std::vector<at::Tensor> svEmbeddings;   // v2Pro/Plus only: each [1, 20480], one per reference
  double noiseScale = 0.5;
  double speed = 1.0;
  std::optional<at::Tensor> noise;        // injected standard normal [1, inter, frames]
  std::optional<uint64_t> seed;           // seeds the frame noise (FrameNoise.h) when noise is not injected
};

// Intermediates of one decode, on the model's device and dtype.
struct DecodeTrace {
  std::vector<at::Tensor> geRefEnc;  // per reference: ref_enc output [1, gin, 1]
  std::vector<at::Tensor> svProj;    // per reference (v2Pro/Plus): sv_emb(e) [1, gin]
  std::vector<at::Tensor> gePerRef;  // per reference: timbre vector after fusion [1, gin, 1]
  at::Tensor ge;                     // mean over references [1, gin, 1]
  at::Tensor ge512;                  // v2Pro/Plus: ge_to512(ge) [1, 512, 1]; undefined otherwise
  at::Tensor mP, logsP;              // prior [1, inter, frames]
  at::Tensor noise;                  // the standard normal used [1, inter, frames]
  at::Tensor z;                      // flow output [1, inter, frames]
};

class SovitsModel {
 public:
  // Builds the model from the checkpoint's config (config["model"], config["data"])
  // after checking every tensor's name and shape. Weights are upcast to fp32,
  // weight norm is folded, then everything moves to `device` as `dtype`
  // (kFloat everywhere; kHalf is meant for CUDA).
  // Throws timbre::Error: ModelMismatch (missing/misshapen tensor, naming the
  // file, the tensor and the expected shape), UnsupportedFormat (config).
  static SovitsModel load(const checkpoint::Checkpoint& checkpoint, SovitsVersion version,
                          at::Device device = at::kCPU, at::ScalarType dtype = at::kFloat);
  // Same, with an explicit config instead of the one stored in the file.
  static SovitsModel load(const checkpoint::Checkpoint& checkpoint, const SovitsConfig& config,
                          at::Device device = at::kCPU, at::ScalarType dtype = at::kFloat);

  const SovitsConfig& config() const { return m_config; }
  int samplingRateHz() const { return m_config.samplingRateHz; }
  at::Device device() const { return m_device; }
  at::ScalarType dtype() const { return m_dtype; }

  // ssl [1, 768, T] HuBERT features -> [1, 1, T/2] int64 semantic tokens.
  at::Tensor extractLatent(const at::Tensor& ssl) const;

  // The timbre vector of one reference (after the speaker-embedding fusion for
  // v2Pro/Plus): spec [1, ≥bins, frames], sv [1, 20480] or undefined -> [1, gin, 1].
  at::Tensor timbre(const at::Tensor& spec, const at::Tensor& svEmbedding = {}, DecodeTrace* trace = nullptr) const;

  // -> [samples] float32 on the CPU, samples = frames · upsampleFactor where
  // frames = 2·T25 (speed 1) or int(2·T25 / speed) + 1.
  // It is timbreOf, prior, the noise, then render; streaming calls those steps itself.
  at::Tensor decode(const DecodeRequest& request, DecodeTrace* trace = nullptr) const;

  // The references' averaged timbre vector ge [1, gin, 1] and the vector MRTE
  // reads (ge_to512(ge) for v2Pro/Plus, ge otherwise).
  struct Timbre {
    at::Tensor ge, geText;
  };
  Timbre timbreOf(const std::vector<at::Tensor>& refSpecs, const std::vector<at::Tensor>& svEmbeddings,
                  DecodeTrace* trace = nullptr) const;
  // codes [1, 1, T25], phones [1, n] -> the prior over every frame.
  TextEncoder::Prior prior(const at::Tensor& codes, const at::Tensor& phones, const Timbre& timbre,
                           double speed) const;
  // Latent frames -> audio: the flow in reverse, then the generator.
  // zP [1, inter, F] -> [F · samplesPerFrame()] float32 CPU.
  at::Tensor render(const at::Tensor& zP, const Timbre& timbre, DecodeTrace* trace = nullptr) const;
  int64_t samplesPerFrame() const { return m_generator.upsampleFactor(); }
  // Frames of context each side that flow and generator need for an output frame
  // to equal the one-pass result (their receptive field).
  int64_t contextFrames() const { return m_flow.reachFrames() + m_generator.marginFrames(); }

 private:
  SovitsModel() = default;
  at::Tensor toModel(const at::Tensor& t) const { return t.to(m_device, m_dtype); }

  SovitsConfig m_config;
  at::Device m_device = at::kCPU;
  at::ScalarType m_dtype = at::kFloat;
  Quantizer m_quantizer;
  TextEncoder m_textEncoder;
  StyleEncoder m_styleEncoder;
  Flow m_flow;
  Generator m_generator;
  // v2Pro/Plus speaker-embedding fusion
  Linear m_svEmbedding, m_geTo512;
  at::Tensor m_preluWeight;
};

}  // namespace timbre::sovits
