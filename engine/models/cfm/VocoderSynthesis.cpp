#include "models/cfm/VocoderSynthesis.h"

#include "audio/ReferenceAudio.h"
#include "audio/SincResampler.h"
#include "models/cfm/ReferenceMel.h"
#include "timbre/Error.h"

#include <ATen/CPUGeneratorImpl.h>

#include <memory>

namespace timbre::cfm {

CfmReference prepareCfmReference(const SovitsV3Model& model, const audio::AudioBuffer& audio,
                                 const at::Tensor& promptCodes, const at::Tensor& promptPhones) {
  if (audio.empty()) throw Error(ErrorCode::Audio, "the reference audio is empty");
  const at::Device device = model.device();
  CfmReference r;
  // decode_encp's ge reads the same 32 kHz spectrogram as every SoVITS version.
  r.ge = model.timbre(audio::referenceSpectrogram(audio).to(device));
  // The mel reads the raw audio (mono, resampled; not peak-normalised).
  const audio::AudioBuffer mono = audio::mixToMono(audio);
  const at::Tensor raw =
      at::from_blob(const_cast<float*>(mono.samples.data()), {1, int64_t(mono.samples.size())}, at::kFloat).clone();
  r.melInput = audio::resampleSinc(raw, mono.sampleRateHz, model.version().melRateHz);
  r.melLog = ReferenceMel(model.version(), device)(r.melInput.to(device));
  r.featuresRef = model.encode(promptCodes, promptPhones, r.ge, 1.0).features;
  r.prompt = makeCfmPrompt(r.featuresRef, normalizeMel(r.melLog), model.version());
  return r;
}

ChunkNoise seededChunkNoise(uint64_t seed, int64_t melBins, at::Device device) {
  auto generator = std::make_shared<at::Generator>(at::make_generator<at::CPUGeneratorImpl>(seed));
  return [generator, melBins, device](int64_t, int64_t frames) {
    return at::randn({1, melBins, frames}, *generator, at::TensorOptions().dtype(at::kFloat)).to(device);
  };
}

at::Tensor synthesizeWithVocoder(const SovitsV3Model& model, const vocoder::Vocoder& vocoder,
                                 const CfmReference& reference, const at::Tensor& codes, const at::Tensor& phones,
                                 const CfmSynthesisOptions& options, CfmSynthesisTrace* trace) {
  if (options.sampleSteps < 1) throw Error(ErrorCode::InvalidArgument, "sample_steps must be at least 1");
  at::NoGradGuard noGrad;
  const SovitsV3Model::Features todo = model.encode(codes, phones, reference.ge, options.speed);
  const ChunkNoise noise =
      options.noise ? options.noise : seededChunkNoise(options.seed, model.dit().melBins(), model.device());
  std::vector<at::Tensor> chunks = synthesizeMelChunks(model.dit(), reference.prompt, todo.features,
                                                       options.sampleSteps, noise,
                                                       trace ? &trace->firstStep : nullptr, options.cancelled);
  const at::Tensor audio = vocoder(denormalizeMel(at::cat(chunks, 2)));
  if (trace) {
    trace->encoderHidden = todo.encoderHidden;
    trace->features = todo.features;
    trace->chunks = std::move(chunks);
  }
  return audio;
}

}  // namespace timbre::cfm
