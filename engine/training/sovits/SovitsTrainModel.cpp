#include "training/sovits/SovitsTrainModel.h"

#include "models/sovits/SovitsParameterShapes.h"
#include "training/sovits/PosteriorEncoder.h"
#include "training/sovits/TrainFlow.h"
#include "training/sovits/TrainGenerator.h"
#include "training/sovits/TrainLayers.h"
#include "training/sovits/TrainStyleEncoder.h"
#include "training/sovits/TrainTextEncoder.h"

#include "timbre/Error.h"

namespace timbre::training {
namespace {

using sovits::SovitsConfig;

constexpr int64_t kPosteriorLayers = 16;  // PosteriorEncoder(…, 5, 1, 16, …): fixed in SynthesizerTrn, not n_layers_q
constexpr int64_t kPosteriorKernel = 5;

bool startsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

[[noreturn]] void badBatch(const std::string& what) {
  throw Error(ErrorCode::InvalidArgument, "SoVITS training forward: " + what);
}

// net_g.state_dict() adds enc_q to what the inference shapes list.
sovits::ParameterShapes trainingShapes(const SovitsConfig& c) {
  sovits::ParameterShapes shapes = sovits::sovitsParameterShapes(c);
  const int64_t h = c.hiddenChannels;
  auto weightNormed = [&](const std::string& prefix, std::vector<int64_t> v) {
    std::vector<int64_t> g(v.size(), 1);
    g[0] = v[0];
    shapes[prefix + ".bias"] = {v[0]};
    shapes[prefix + ".weight_g"] = g;
    shapes[prefix + ".weight_v"] = std::move(v);
  };
  shapes["enc_q.pre.weight"] = {h, c.specChannels, 1};
  shapes["enc_q.pre.bias"] = {h};
  for (int64_t i = 0; i < kPosteriorLayers; ++i) {
    const std::string n = "." + std::to_string(i);
    weightNormed("enc_q.enc.in_layers" + n, {2 * h, h, kPosteriorKernel});
    weightNormed("enc_q.enc.res_skip_layers" + n, {i + 1 < kPosteriorLayers ? 2 * h : h, h, 1});
  }
  weightNormed("enc_q.enc.cond_layer", {2 * h * kPosteriorLayers, c.ginChannels, 1});
  shapes["enc_q.proj.weight"] = {2 * c.interChannels, h, 1};
  shapes["enc_q.proj.bias"] = {2 * c.interChannels};
  return shapes;
}

double defaultDropout(checkpoint::SovitsVersion version) {
  return sovits::usesSpeakerEmbedding(version) ? 0.0 : 0.1;  // s2.json vs s2v2Pro*.json
}

// [B, C, T] rows b taken at their own start frame: commons.slice_segments.
at::Tensor sliceSegments(const at::Tensor& x, const at::Tensor& ids, int64_t frames) {
  const at::Tensor starts = ids.to(at::kCPU, at::kLong).contiguous();
  const int64_t* s = starts.data_ptr<int64_t>();
  std::vector<at::Tensor> rows;
  for (int64_t b = 0; b < x.size(0); ++b) {
    if (s[b] < 0 || s[b] + frames > x.size(2))
      badBatch("slice start " + std::to_string(s[b]) + " of item " + std::to_string(b) + " leaves no " +
               std::to_string(frames) + " frames in " + std::to_string(x.size(2)));
    rows.push_back(x[b].narrow(1, s[b], frames));
  }
  return at::stack(rows, 0);
}

void requireShape(const at::Tensor& t, const char* name, int64_t dims) {
  if (!t.defined() || t.dim() != dims) badBatch(std::string(name) + " must be a " + std::to_string(dims) + "-d tensor");
}

}  // namespace

ParameterSet SovitsTrainModel::parametersFrom(const checkpoint::Checkpoint& generator, at::Device device) {
  bool hasPosterior = false;
  for (const auto& name : generator.order) hasPosterior = hasPosterior || startsWith(name, "enc_q.");
  if (!hasPosterior)
    throw Error(ErrorCode::ModelMismatch,
                generator.path +
                    ": this SoVITS file has no posterior encoder (enc_q.*), so it is an exported inference model. "
                    "Fine-tuning needs the pretrained s2G file with the posterior encoder (e.g. s2G488k.pth, "
                    "s2G2333k.pth, s2Gv2Pro.pth), not an exported model.");
  ParameterSet set = ParameterSet::fromCheckpoint(
      generator, [](const std::string& name) { return startsWith(name, "quantizer."); }, device);
  // freeze_quantizer: the stride-2 ssl_proj never gets a gradient (training spec §2.5).
  set.freeze("ssl_proj.");
  return set;
}

SovitsTrainModel SovitsTrainModel::load(ParameterSet& parameters, const SovitsConfig& config, double dropout,
                                        int64_t segmentFrames) {
  sovits::requireDecoderSupport(config.version);
  const sovits::ParameterShapes expected = trainingShapes(config);
  // A tensor the network does not have usually means the wrong version (a
  // v2Pro file read as v2): refuse rather than train and save it untouched.
  for (const auto& entry : parameters.entries())
    if (!expected.count(entry.name))
      throw Error(ErrorCode::ModelMismatch, parameters.what() + ": '" + entry.name + "' is not part of a SoVITS " +
                                                sovits::sovitsVersionName(config.version) +
                                                " generator; is the model version right?");
  for (const auto& [name, shape] : expected) {
    const at::Tensor& t = parameters[name];  // names the set and the tensor when missing
    if (t.sizes().vec() != shape)
      throw Error(ErrorCode::ModelMismatch, parameters.what() + ": '" + name + "' has shape " +
                                                sovits::formatShape(t.sizes().vec()) + ", the " +
                                                sovits::sovitsVersionName(config.version) + " config needs " +
                                                sovits::formatShape(shape));
  }
  if (segmentFrames < 1) throw Error(ErrorCode::InvalidArgument, "SoVITS training: the segment must be ≥ 1 frame");
  SovitsTrainModel m;
  m.m_parameters = &parameters;
  m.m_config = config;
  m.m_dropout = dropout;
  m.m_segmentFrames = segmentFrames;
  m.m_posteriorLayers = kPosteriorLayers;
  return m;
}

SovitsTrainModel SovitsTrainModel::load(ParameterSet& parameters, const nlohmann::json& hps,
                                        checkpoint::SovitsVersion version, int64_t segmentFrames) {
  const SovitsConfig config = SovitsConfig::fromJson(hps, version);
  const nlohmann::json& model = hps.is_object() && hps.contains("model") ? hps["model"] : hps;
  double dropout = defaultDropout(version);
  if (model.is_object() && model.contains("p_dropout") && model["p_dropout"].is_number())
    dropout = model["p_dropout"].get<double>();
  return load(parameters, config, dropout, segmentFrames);
}

namespace {

struct Timbre {
  at::Tensor refEncOut, svProj, ge, ge512;
};

// ge = ref_enc(spec[:, :bins] · mask, mask); Pro: prelu(ge + sv_emb(sv)), ge512 = ge_to512(ge).
Timbre timbreOf(const ParameterSet& p, const SovitsConfig& c, const at::Tensor& spec, const at::Tensor& mask,
                const at::Tensor& sv, const TrainPass& pass) {
  Timbre t;
  t.refEncOut = trainStyleEncoder(p, spec.slice(1, 0, c.styleBins()) * mask, mask, pass);
  t.ge = t.refEncOut;
  if (sovits::usesSpeakerEmbedding(c.version)) {
    if (!sv.defined() || sv.dim() != 2 || sv.size(0) != spec.size(0) || sv.size(1) != sovits::kSpeakerEmbeddingDim)
      badBatch(std::string(sovits::sovitsVersionName(c.version)) +
               " needs a speaker-verification embedding [B, 20480] per item");
    t.svProj = layers::linear(p, "sv_emb", sv);
    t.ge = at::prelu(t.refEncOut + t.svProj.unsqueeze(-1), p["prelu.weight"]);
    t.ge512 = layers::linear(p, "ge_to512", t.ge.transpose(2, 1)).transpose(2, 1);
  }
  return t;
}

}  // namespace

SovitsForward SovitsTrainModel::forward(const SovitsBatch& batch, const SovitsInjected& injected, bool training,
                                        const at::Generator* rng) const {
  const ParameterSet& p = *m_parameters;
  const SovitsConfig& c = m_config;
  requireShape(batch.ssl, "ssl", 3);
  requireShape(batch.spec, "spec", 3);
  requireShape(batch.text, "text", 2);
  const int64_t b = batch.spec.size(0), frames = batch.spec.size(2);
  if (batch.spec.size(1) != c.specChannels)
    badBatch("spec has " + std::to_string(batch.spec.size(1)) + " bins, the model reads " +
             std::to_string(c.specChannels));
  if (batch.ssl.size(0) != b || batch.ssl.size(1) != sovits::kSslChannels || batch.text.size(0) != b)
    badBatch("ssl must be [B, 768, T] and text [B, L] for the spec's B");
  if (!batch.specLengths.defined() || batch.specLengths.numel() != b || !batch.textLengths.defined() ||
      batch.textLengths.numel() != b)
    badBatch("specLengths and textLengths need one entry per item");

  const TrainPass pass{training, rng};
  const at::Tensor yMask = layers::frameMask(batch.specLengths, frames, batch.spec.options());

  SovitsForward out;
  const Timbre t = timbreOf(p, c, batch.spec, yMask, batch.sv, pass);

  // Frozen semantic tokenizer (eval: nearest codebook row, no straight-through,
  // no EMA): nothing here is differentiable, so it runs without a graph.
  at::Tensor quantized;
  {
    at::NoGradGuard noGrad;
    const at::Tensor x = layers::conv1d(p, "ssl_proj", batch.ssl, c.semantic25Hz ? 2 : 1);  // [B, 768, T']
    const int64_t steps = x.size(2);
    const at::Tensor rows = x.transpose(1, 2).reshape({b * steps, x.size(1)});
    const at::Tensor embed = p["quantizer.vq.layers.0._codebook.embed"];
    const at::Tensor embedT = embed.t();
    // −(|x|² − 2·x·e + |e|²), maximised, in the official order of operations.
    const at::Tensor distance =
        -(rows.pow(2).sum(1, true) - 2 * at::matmul(rows, embedT) + embedT.pow(2).sum(0, true));
    const at::Tensor ids = std::get<1>(distance.max(-1)).view({b, steps});
    out.codes = ids.unsqueeze(0);
    quantized = at::embedding(embed, ids).transpose(1, 2);
    if (c.semantic25Hz) quantized = quantized.repeat_interleave(2, 2);  // nearest ×2 to 50 Hz
  }
  const at::Tensor contentMask = layers::frameMask(batch.specLengths, quantized.size(2), quantized.options());
  const TrainPrior prior =
      trainTextEncoder(p, c, m_dropout, quantized, contentMask, batch.text, batch.textLengths,
                       t.ge512.defined() ? t.ge512 : t.ge, pass);

  at::Tensor eps = injected.eps;
  const std::vector<int64_t> latentShape{b, c.interChannels, frames};
  if (eps.defined()) {
    if (eps.sizes().vec() != latentShape)
      badBatch("the injected eps must be [" + std::to_string(b) + ", " + std::to_string(c.interChannels) + ", " +
               std::to_string(frames) + "]");
    eps = eps.to(batch.spec.options());
  } else {
    eps = at::randn(latentShape, pass.generator(), batch.spec.options());
  }
  const PosteriorSample q =
      trainPosteriorEncoder(p, c.interChannels, c.hiddenChannels, m_posteriorLayers, batch.spec, yMask, t.ge, eps);
  const at::Tensor zP = trainFlowForward(p, c, q.z, yMask, t.ge);

  at::Tensor ids = injected.ids;
  if (ids.defined()) {
    if (ids.numel() != b) badBatch("the injected ids need one start frame per item");
    ids = ids.reshape({b}).to(at::kLong);
  } else {
    // commons.rand_slice_segments: ⌊rand · (length − segment + 1)⌋
    const at::Tensor room = batch.specLengths.to(at::kLong) - m_segmentFrames + 1;
    ids = (at::rand({b}, pass.generator(), batch.spec.options()) * room).to(at::kLong);
  }
  out.yHat = trainGenerator(p, c, sliceSegments(q.z, ids, m_segmentFrames), t.ge);

  out.ids = ids;
  out.yMask = yMask;
  out.z = q.z;
  out.zP = zP;
  out.mP = prior.mean;
  out.logsP = prior.logScale;
  out.mQ = q.mean;
  out.logsQ = q.logScale;
  out.refEncOut = t.refEncOut;
  out.svProj = t.svProj;
  out.ge = t.ge;
  out.ge512 = t.ge512;
  out.klSsl = at::zeros({1}, batch.spec.options());
  return out;
}

at::Tensor SovitsTrainModel::timbreFor(const at::Tensor& spec, const at::Tensor& sv) const {
  if (!spec.defined() || spec.dim() != 3 || spec.size(0) != 1 || spec.size(1) < m_config.styleBins())
    badBatch("timbreFor needs a spectrogram [1, " + std::to_string(m_config.specChannels) + ", T]");
  at::NoGradGuard noGrad;
  const at::Tensor mask = at::ones({1, 1, spec.size(2)}, spec.options());
  return timbreOf(*m_parameters, m_config, spec, mask, sv, TrainPass{}).ge;
}

checkpoint::Checkpoint SovitsTrainModel::toCheckpoint(const std::string& displayName) const {
  checkpoint::Checkpoint cp;
  cp.path = displayName;
  cp.weightPath = displayName;
  cp.stateDictKey = "weight";
  cp.container = "memory";
  for (const auto& [name, tensor] : m_parameters->stateDict()) {
    if (startsWith(name, "enc_q.")) continue;  // the official saver drops the posterior encoder too
    // A copy, so later optimiser steps do not change a model built from it.
    cp.tensors[name] = tensor.to(at::kCPU).clone();
    cp.order.push_back(name);
  }
  const SovitsConfig& c = m_config;
  nlohmann::json model = {
      {"inter_channels", c.interChannels},
      {"hidden_channels", c.hiddenChannels},
      {"filter_channels", c.filterChannels},
      {"n_heads", c.nHeads},
      {"n_layers", c.nLayers},
      {"kernel_size", c.kernelSize},
      {"p_dropout", m_dropout},
      {"resblock", "1"},
      {"resblock_kernel_sizes", c.resblockKernelSizes},
      {"resblock_dilation_sizes", c.resblockDilationSizes},
      {"upsample_rates", c.upsampleRates},
      {"upsample_initial_channel", c.upsampleInitialChannel},
      {"upsample_kernel_sizes", c.upsampleKernelSizes},
      {"gin_channels", c.ginChannels},
      {"semantic_frame_rate", c.semantic25Hz ? "25hz" : "50hz"},
      {"freeze_quantizer", true},
      {"version", sovits::sovitsVersionName(c.version)},
  };
  nlohmann::json data = {
      {"sampling_rate", c.samplingRateHz},
      {"filter_length", (c.specChannels - 1) * 2},
      {"hop_length", c.hopLength},
  };
  cp.config = {{"model", model}, {"data", data}};
  return cp;
}

}  // namespace timbre::training
