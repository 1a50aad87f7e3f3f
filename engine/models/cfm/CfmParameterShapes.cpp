#include "models/cfm/CfmParameterShapes.h"

#include "timbre/Error.h"

namespace timbre::cfm {
namespace {

constexpr int64_t kPositionConvKernel = 31;  // ConvPositionEmbedding
constexpr int64_t kPositionConvGroups = 16;
constexpr int64_t kTextConvKernel = 7;       // ConvNeXtV2Block depthwise conv
constexpr int64_t kWnKernel = 5;             // wns1 = Encoder(…, 5, 1, n_layers)
constexpr int64_t kFeedForwardMult = 2;      // DiT ff_mult and ConvNeXt conv_mult

struct Anchors {
  const checkpoint::Checkpoint& file;
  // Size `dim` of the anchor tensor, which must have `rank` dimensions.
  int64_t size(const std::string& name, int64_t rank, int64_t dim) const {
    if (!file.has(name))
      throw Error(ErrorCode::ModelMismatch, file.path + ": tensor '" + name + "' is missing; a SoVITS v3/v4 model has it");
    const at::Tensor& t = file.tensors.at(name);
    if (t.dim() != rank)
      throw Error(ErrorCode::ModelMismatch, file.path + ": tensor '" + name + "' has " + std::to_string(t.dim()) +
                                                " dimensions, expected " + std::to_string(rank));
    return t.size(dim);
  }
  int64_t count(const std::string& prefix, const std::string& suffix) const {
    int64_t n = 0;
    while (file.has(prefix + std::to_string(n) + suffix)) ++n;
    return n;
  }
};

}  // namespace

sovits::ParameterShapes cfmParameterShapes(const checkpoint::Checkpoint& checkpoint, const sovits::SovitsConfig& c) {
  const Anchors a{checkpoint};
  sovits::TextSideWidths widths;
  widths.ssl = a.size("ssl_proj.weight", 3, 0);
  widths.mrteHidden = a.size("enc_p.mrte.c_pre.weight", 3, 0);
  widths.styleHidden = a.size("ref_enc.spectral.0.fc.weight", 2, 0);
  sovits::ParameterShapes s = sovits::textSideParameterShapes(c, widths);
  auto layer = [&s](const std::string& prefix, std::vector<int64_t> weight) {
    s[prefix + ".bias"] = {weight[0]};
    s[prefix + ".weight"] = std::move(weight);
  };
  auto normed = [&s](const std::string& prefix, std::vector<int64_t> weight) {
    s[prefix + ".bias"] = {weight[0]};
    s[prefix + ".weight_g"] = {weight[0], 1, 1};
    s[prefix + ".weight_v"] = std::move(weight);
  };

  // bridge + wns1 (+ the unused linear_mel the file carries)
  const int64_t text = a.size("bridge.0.weight", 3, 0);
  const std::string dit = "cfm.estimator";
  const int64_t mel = a.size(dit + ".proj_out.weight", 2, 0);
  layer("bridge.0", {text, c.interChannels, 1});
  layer("wns1.pre", {text, text, 1});
  const int64_t wnLayers = a.count("wns1.enc.in_layers.", ".bias");
  for (int64_t i = 0; i < wnLayers; ++i) {
    normed("wns1.enc.in_layers." + std::to_string(i), {2 * text, text, kWnKernel});
    normed("wns1.enc.res_skip_layers." + std::to_string(i), {i + 1 < wnLayers ? 2 * text : text, text, 1});
  }
  normed("wns1.enc.cond_layer", {2 * text * wnLayers, c.ginChannels, 1});
  layer("wns1.proj", {text, text, 1});
  layer("linear_mel", {mel, text, 1});

  // The DiT
  const int64_t dim = a.size(dit + ".time_embed.time_mlp.2.weight", 2, 0);
  const int64_t frequencies = a.size(dit + ".time_embed.time_mlp.0.weight", 2, 1);
  for (const char* embed : {".time_embed", ".d_embed"}) {
    layer(dit + embed + ".time_mlp.0", {dim, frequencies});
    layer(dit + embed + ".time_mlp.2", {dim, dim});
  }
  const int64_t textBlocks = a.count(dit + ".text_embed.text_blocks.", ".dwconv.weight");
  for (int64_t i = 0; i < textBlocks; ++i) {
    const std::string p = dit + ".text_embed.text_blocks." + std::to_string(i);
    layer(p + ".dwconv", {text, 1, kTextConvKernel});
    s[p + ".norm.weight"] = {text};
    s[p + ".norm.bias"] = {text};
    layer(p + ".pwconv1", {kFeedForwardMult * text, text});
    s[p + ".grn.gamma"] = {1, 1, kFeedForwardMult * text};
    s[p + ".grn.beta"] = {1, 1, kFeedForwardMult * text};
    layer(p + ".pwconv2", {text, kFeedForwardMult * text});
  }
  layer(dit + ".input_embed.proj", {dim, 2 * mel + text});
  for (const char* conv : {".conv1d.0", ".conv1d.2"})
    layer(dit + ".input_embed.conv_pos_embed" + conv, {dim, dim / kPositionConvGroups, kPositionConvKernel});
  s[dit + ".rotary_embed.inv_freq"] = {a.size(dit + ".rotary_embed.inv_freq", 1, 0)};
  const int64_t blocks = a.count(dit + ".transformer_blocks.", ".attn_norm.linear.weight");
  for (int64_t i = 0; i < blocks; ++i) {
    const std::string p = dit + ".transformer_blocks." + std::to_string(i);
    layer(p + ".attn_norm.linear", {6 * dim, dim});
    for (const char* proj : {".attn.to_q", ".attn.to_k", ".attn.to_v", ".attn.to_out.0"}) layer(p + proj, {dim, dim});
    layer(p + ".ff.ff.0.0", {kFeedForwardMult * dim, dim});
    layer(p + ".ff.ff.2", {dim, kFeedForwardMult * dim});
  }
  layer(dit + ".norm_out.linear", {2 * dim, dim});
  layer(dit + ".proj_out", {mel, dim});
  return s;
}

}  // namespace timbre::cfm
