#include "models/sovits/SovitsModel.h"

#include "core/Runtime.h"
#include "models/sovits/FrameNoise.h"

#include "timbre/Error.h"

#include <ATen/CPUGeneratorImpl.h>

namespace timbre::sovits {
namespace {

[[noreturn]] void badRequest(const std::string& what) {
  throw Error(ErrorCode::InvalidArgument, "SoVITS decode: " + what);
}

}  // namespace

SovitsModel SovitsModel::load(const checkpoint::Checkpoint& checkpoint, SovitsVersion version, at::Device device,
                              at::ScalarType dtype) {
  if (checkpoint.config.is_null())
    throw Error(ErrorCode::ModelMismatch, checkpoint.path + ": the file holds no SoVITS config");
  return load(checkpoint, SovitsConfig::fromJson(checkpoint.config, version), device, dtype);
}

SovitsModel SovitsModel::load(const checkpoint::Checkpoint& checkpoint, const SovitsConfig& config,
                              at::Device device, at::ScalarType dtype) {
  WeightReader weights(checkpoint, sovitsParameterShapes(config),
                       std::string("SoVITS ") + sovitsVersionName(config.version), device, dtype);
  weights.validate();
  SovitsModel m;
  m.m_config = config;
  m.m_device = device;
  m.m_dtype = dtype;
  m.m_quantizer = Quantizer::load(weights, config);
  m.m_textEncoder = TextEncoder::load(weights, config);
  m.m_styleEncoder = StyleEncoder::load(weights, config);
  m.m_flow = Flow::load(weights, config);
  m.m_generator = Generator::load(weights, config);
  if (usesSpeakerEmbedding(config.version)) {
    m.m_svEmbedding = Linear::load(weights, "sv_emb");
    m.m_geTo512 = Linear::load(weights, "ge_to512");
    m.m_preluWeight = weights.get("prelu.weight");
  }
  return m;
}

at::Tensor SovitsModel::extractLatent(const at::Tensor& ssl) const {
  if (ssl.dim() != 3 || ssl.size(1) != kSslChannels || ssl.size(2) < (m_config.semantic25Hz ? 2 : 1))
    throw Error(ErrorCode::InvalidArgument, "SoVITS extractLatent: SSL features must have shape [B, 768, T≥2]");
  at::NoGradGuard noGrad;
  // The nearest-codebook search is a matrix product: its own stage (Runtime.h).
  const std::optional<ComputeKindScope> threads =
      m_device.is_cpu() ? std::optional<ComputeKindScope>(std::in_place, ComputeKind::MatrixVector) : std::nullopt;
  return m_quantizer.encode(toModel(ssl)).to(at::kCPU);
}

at::Tensor SovitsModel::timbre(const at::Tensor& spec, const at::Tensor& svEmbedding, DecodeTrace* trace) const {
  const int64_t bins = m_config.styleBins();
  if (spec.dim() != 3 || spec.size(0) != 1 || spec.size(1) < bins || spec.size(2) < 1)
    badRequest("a reference spectrogram must have shape [1, " + std::to_string(m_config.specChannels) +
               ", frames≥1]");
  at::NoGradGuard noGrad;
  at::Tensor ge = m_styleEncoder(toModel(spec.slice(1, 0, bins)));
  if (trace) trace->geRefEnc.push_back(ge);
  if (usesSpeakerEmbedding(m_config.version)) {
    if (!svEmbedding.defined() || svEmbedding.dim() != 2 || svEmbedding.size(0) != 1 ||
        svEmbedding.size(1) != kSpeakerEmbeddingDim)
      badRequest(std::string(sovitsVersionName(m_config.version)) +
                 " needs a speaker-verification embedding of shape [1, 20480] per reference");
    const at::Tensor sv = m_svEmbedding(toModel(svEmbedding));  // [1, gin]
    if (trace) trace->svProj.push_back(sv);
    ge = at::prelu(ge + sv.unsqueeze(-1), m_preluWeight);
  }
  if (trace) trace->gePerRef.push_back(ge);
  return ge;
}

at::Tensor SovitsModel::decode(const DecodeRequest& request, DecodeTrace* trace) const {
  if (!request.codes.defined() || request.codes.dim() != 3 || request.codes.size(0) != 1 ||
      request.codes.size(1) != 1 || request.codes.size(2) < 1)
    badRequest("semantic codes must have shape [1, 1, T≥1]");
  if (!request.phones.defined() || request.phones.dim() != 2 || request.phones.size(0) != 1 ||
      request.phones.size(1) < 1)
    badRequest("phones must have shape [1, n≥1]");
  if (!(request.speed > 0.0)) badRequest("speed must be positive");

  at::NoGradGuard noGrad;
  const std::optional<ComputeKindScope> threads =
      m_device.is_cpu() ? std::optional<ComputeKindScope>(std::in_place, ComputeKind::Convolution) : std::nullopt;
  const Timbre t = timbreOf(request.refSpecs, request.svEmbeddings, trace);
  const TextEncoder::Prior p = prior(request.codes, request.phones, t, request.speed);

  at::Tensor noise;
  if (request.noise) {
    noise = *request.noise;
    if (noise.sizes() != p.mean.sizes())
      badRequest("the injected noise must have the prior's shape [1, " + std::to_string(m_config.interChannels) +
                 ", " + std::to_string(p.mean.size(2)) + "]");
    noise = toModel(noise);
  } else if (request.seed) {
    noise = toModel(frameNoise(*request.seed, m_config.interChannels, 0, p.mean.size(2)));
  } else {
    noise = toModel(at::randn(p.mean.sizes(), at::TensorOptions().dtype(at::kFloat)));
  }
  const at::Tensor zP = p.mean + noise * at::exp(p.logScale) * request.noiseScale;
  if (trace) {
    trace->mP = p.mean;
    trace->logsP = p.logScale;
    trace->noise = noise;
  }
  return render(zP, t, trace);
}

SovitsModel::Timbre SovitsModel::timbreOf(const std::vector<at::Tensor>& refSpecs,
                                          const std::vector<at::Tensor>& svEmbeddings, DecodeTrace* trace) const {
  if (refSpecs.empty()) badRequest("at least one reference spectrogram is needed");
  const bool pro = usesSpeakerEmbedding(m_config.version);
  if (pro && svEmbeddings.size() != refSpecs.size())
    badRequest("v2Pro/v2ProPlus need one speaker embedding per reference spectrogram (" +
               std::to_string(refSpecs.size()) + " spectrograms, " + std::to_string(svEmbeddings.size()) +
               " embeddings)");
  at::NoGradGuard noGrad;
  // One vector per reference, averaged.
  std::vector<at::Tensor> perRef;
  for (size_t i = 0; i < refSpecs.size(); ++i)
    perRef.push_back(timbre(refSpecs[i], pro ? svEmbeddings[i] : at::Tensor(), trace));
  Timbre t;
  t.ge = at::stack(perRef, 0).mean(0);
  // v2Pro/Plus feed MRTE a 512-wide projection; v1/v2 feed ge itself.
  t.geText = pro ? m_geTo512(t.ge.transpose(2, 1)).transpose(2, 1) : t.ge;
  if (trace) {
    trace->ge = t.ge;
    trace->ge512 = pro ? t.geText : at::Tensor();
  }
  return t;
}

TextEncoder::Prior SovitsModel::prior(const at::Tensor& codes, const at::Tensor& phones, const Timbre& timbre,
                                      double speed) const {
  at::NoGradGuard noGrad;
  // 25 Hz tokens -> codebook vectors -> nearest ×2 to 50 Hz.
  at::Tensor content = m_quantizer.decode(codes.to(m_device, at::kLong));
  if (m_config.semantic25Hz) content = content.repeat_interleave(2, 2);
  return m_textEncoder(content, phones.to(m_device, at::kLong), timbre.geText, speed);
}

at::Tensor SovitsModel::render(const at::Tensor& zP, const Timbre& timbre, DecodeTrace* trace) const {
  at::NoGradGuard noGrad;
  const std::optional<ComputeKindScope> threads =
      m_device.is_cpu() ? std::optional<ComputeKindScope>(std::in_place, ComputeKind::Convolution) : std::nullopt;
  const at::Tensor z = m_flow.reverse(zP, timbre.ge);
  if (trace) trace->z = z;
  return m_generator(z, timbre.ge).reshape({-1}).to(at::kCPU, at::kFloat);
}

}  // namespace timbre::sovits
