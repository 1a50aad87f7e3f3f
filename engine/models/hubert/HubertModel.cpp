#include "models/hubert/HubertModel.h"

#include "core/Runtime.h"

#include "checkpoint/Checkpoint.h"
#include "models/sovits/Layers.h"
#include "models/sovits/WeightReader.h"
#include "timbre/Error.h"

#include <optional>
#include <cmath>

namespace timbre::hubert {
namespace {

struct Norm {
  at::Tensor weight, bias;
};

struct EncoderLayer {
  sovits::Linear q, k, v, out, intermediate, output;
  Norm attentionNorm, finalNorm;
};

Norm norm(const sovits::WeightReader& w, const std::string& prefix) {
  return Norm{w.get(prefix + ".weight"), w.get(prefix + ".bias")};
}

// A checkpoint saved from a wrapper (HubertForCTC, fairseq-converted) puts the
// model under "hubert."; a plain HubertModel has no prefix.
std::string detectPrefix(const checkpoint::Checkpoint& ckpt) {
  for (const char* prefix : {"", "hubert."})
    if (ckpt.has(std::string(prefix) + "feature_projection.projection.weight")) return prefix;
  throw Error(ErrorCode::ModelMismatch, ckpt.path + ": no tensor 'feature_projection.projection.weight'; "
                                                    "this is not a HuBERT model (expected chinese-hubert-base or alike)");
}

}  // namespace

struct HubertModel::Impl {
  HubertConfig config;
  at::Device device = at::kCPU;
  at::ScalarType dtype = at::kFloat;
  std::vector<at::Tensor> convWeights, convBiases;
  Norm groupNorm;         // first feature-encoder layer, one group per channel
  Norm projectionNorm;    // undefined when feat_proj_layer_norm is false
  sovits::Linear projection;
  at::Tensor posConvWeight, posConvBias;
  Norm encoderNorm;
  std::vector<EncoderLayer> layers;

  // [1, N] -> [1, C, T]
  at::Tensor featureEncoder(const at::Tensor& wave) const {
    at::Tensor x = wave.unsqueeze(1);
    for (size_t i = 0; i < convWeights.size(); ++i) {
      x = at::conv1d(x, convWeights[i], convBiases[i], {config.convStride[i]});
      if (i == 0) x = at::group_norm(x, x.size(1), groupNorm.weight, groupNorm.bias, 1e-5);
      x = at::gelu(x);
    }
    return x;
  }

  // [1, T, H] -> [1, T, H]; HubertPositionalConvEmbedding: grouped "same" conv,
  // one frame dropped for an even kernel, GELU.
  at::Tensor positional(const at::Tensor& h) const {
    const int64_t frames = h.size(1);
    at::Tensor x = at::conv1d(h.transpose(1, 2), posConvWeight, posConvBias, {1}, {config.posConvKernel / 2}, {1},
                              config.posConvGroups);
    x = at::gelu(x.narrow(2, 0, frames));
    return x.transpose(1, 2);
  }

  // [1, T, H] -> [1, T, H], post-norm transformer layer.
  at::Tensor layer(const EncoderLayer& l, const at::Tensor& h) const {
    const int64_t t = h.size(1), heads = config.numHeads, headDim = config.hiddenSize / heads;
    const double scaling = 1.0 / std::sqrt(static_cast<double>(headDim));
    auto split = [&](const at::Tensor& x) { return x.view({1, t, heads, headDim}).transpose(1, 2); };
    const at::Tensor q = split(l.q(h) * scaling), k = split(l.k(h)), v = split(l.v(h));
    const at::Tensor probs = at::softmax(at::matmul(q, k.transpose(-1, -2)), -1);
    const at::Tensor attention = at::matmul(probs, v).transpose(1, 2).reshape({1, t, config.hiddenSize});
    const int64_t hsz = config.hiddenSize;
    at::Tensor x = at::layer_norm(h + l.out(attention), {hsz}, l.attentionNorm.weight, l.attentionNorm.bias,
                                  config.layerNormEps);
    const at::Tensor ff = l.output(at::gelu(l.intermediate(x)));
    return at::layer_norm(x + ff, {hsz}, l.finalNorm.weight, l.finalNorm.bias, config.layerNormEps);
  }
};

HubertModel::HubertModel(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
HubertModel::HubertModel(HubertModel&&) noexcept = default;
HubertModel& HubertModel::operator=(HubertModel&&) noexcept = default;
HubertModel::~HubertModel() = default;

const HubertConfig& HubertModel::config() const { return m_impl->config; }
at::Device HubertModel::device() const { return m_impl->device; }
at::ScalarType HubertModel::dtype() const { return m_impl->dtype; }

HubertModel HubertModel::load(const std::string& folder, at::Device device, at::ScalarType dtype) {
  const checkpoint::Checkpoint ckpt = checkpoint::loadCheckpoint(folder);
  if (ckpt.config.is_null())
    throw Error(ErrorCode::ModelMismatch,
                folder + ": no config.json; a HuBERT model folder holds config.json and pytorch_model.bin");
  auto impl = std::make_unique<Impl>();
  impl->config = HubertConfig::fromJson(ckpt.config, folder + "/config.json");
  impl->device = device;
  impl->dtype = dtype;
  const HubertConfig& c = impl->config;
  const std::string p = detectPrefix(ckpt);

  // Newer transformers save the weight-normed positional conv through torch's
  // parametrizations (original0 = g, original1 = v); older ones as weight_g/weight_v.
  const std::string posConv = p + "encoder.pos_conv_embed.conv";
  sovits::ParameterShapes shapes = hubertParameterShapes(c, p);
  std::string gName = posConv + ".weight_g", vName = posConv + ".weight_v";
  if (!ckpt.has(gName) && ckpt.has(posConv + ".parametrizations.weight.original0")) {
    shapes[posConv + ".parametrizations.weight.original0"] = shapes[gName];
    shapes[posConv + ".parametrizations.weight.original1"] = shapes[vName];
    shapes.erase(gName);
    shapes.erase(vName);
    gName = posConv + ".parametrizations.weight.original0";
    vName = posConv + ".parametrizations.weight.original1";
  }
  const sovits::WeightReader w(ckpt, shapes, "HuBERT", device, dtype);
  w.validate();

  for (size_t i = 0; i < c.convDim.size(); ++i) {
    const std::string layer = p + "feature_extractor.conv_layers." + std::to_string(i) + ".conv";
    impl->convWeights.push_back(w.get(layer + ".weight"));
    impl->convBiases.push_back(c.convBias ? w.get(layer + ".bias") : at::Tensor());
  }
  impl->groupNorm = norm(w, p + "feature_extractor.conv_layers.0.layer_norm");
  if (c.featProjLayerNorm) impl->projectionNorm = norm(w, p + "feature_projection.layer_norm");
  impl->projection = sovits::Linear::load(w, p + "feature_projection.projection");
  // weight_norm(dim=2): one norm per kernel tap, over output and input channels.
  impl->posConvWeight = w.place(at::_weight_norm(w.fp32(vName), w.fp32(gName), 2));
  impl->posConvBias = w.get(posConv + ".bias");
  impl->encoderNorm = norm(w, p + "encoder.layer_norm");
  for (int64_t l = 0; l < c.numLayers; ++l) {
    const std::string prefix = p + "encoder.layers." + std::to_string(l);
    EncoderLayer layer;
    layer.q = sovits::Linear::load(w, prefix + ".attention.q_proj");
    layer.k = sovits::Linear::load(w, prefix + ".attention.k_proj");
    layer.v = sovits::Linear::load(w, prefix + ".attention.v_proj");
    layer.out = sovits::Linear::load(w, prefix + ".attention.out_proj");
    layer.attentionNorm = norm(w, prefix + ".layer_norm");
    layer.intermediate = sovits::Linear::load(w, prefix + ".feed_forward.intermediate_dense");
    layer.output = sovits::Linear::load(w, prefix + ".feed_forward.output_dense");
    layer.finalNorm = norm(w, prefix + ".final_layer_norm");
    impl->layers.push_back(std::move(layer));
  }
  return HubertModel(std::move(impl));
}

at::Tensor HubertModel::forward(const at::Tensor& wave) const {
  const Impl& m = *m_impl;
  if (wave.dim() == 0 || wave.dim() > 2 || (wave.dim() == 2 && wave.size(0) != 1))
    throw Error(ErrorCode::InvalidArgument, "HuBERT input must be one waveform [N] or [1, N]");
  const at::Tensor x1 = (wave.dim() == 1 ? wave.unsqueeze(0) : wave).to(m.device, m.dtype).contiguous();
  if (m.config.framesFor(x1.size(1)) < 1)
    throw Error(ErrorCode::InvalidArgument, "HuBERT input of " + std::to_string(x1.size(1)) +
                                                " samples is shorter than one output frame");
  // Two stages (Runtime.h): the convolutional feature encoder, then the
  // transformer's matrix products.
  const bool cpu = m.device.is_cpu();
  std::optional<ComputeKindScope> threads;
  if (cpu) threads.emplace(ComputeKind::Convolution);
  at::Tensor h = m.featureEncoder(x1).transpose(1, 2);  // [1, T, C]
  threads.reset();
  if (cpu) threads.emplace(ComputeKind::MatrixVector);
  if (m.projectionNorm.weight.defined())
    h = at::layer_norm(h, {h.size(2)}, m.projectionNorm.weight, m.projectionNorm.bias, m.config.layerNormEps);
  h = m.projection(h);
  h = h + m.positional(h);
  h = at::layer_norm(h, {m.config.hiddenSize}, m.encoderNorm.weight, m.encoderNorm.bias, m.config.layerNormEps);
  for (const EncoderLayer& layer : m.layers) h = m.layer(layer, h);
  return h;
}

}  // namespace timbre::hubert
