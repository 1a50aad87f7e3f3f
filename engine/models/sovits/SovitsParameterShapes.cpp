#include "models/sovits/SovitsParameterShapes.h"

namespace timbre::sovits {
namespace {

using Shape = std::vector<int64_t>;

struct ShapeBuilder {
  ParameterShapes shapes;

  void add(const std::string& name, Shape shape) { shapes[name] = std::move(shape); }
  // Conv1d / Linear with bias.
  void layer(const std::string& prefix, Shape weight) {
    const int64_t out = weight[0];
    add(prefix + ".weight", std::move(weight));
    add(prefix + ".bias", {out});
  }
  // Old-style weight_norm: g keeps dim 0 and is 1 elsewhere.
  // Transposed convs keep [in, out, k]: their bias has weightV[1] entries.
  void weightNormed(const std::string& prefix, Shape weightV, bool transposed = false) {
    Shape g(weightV.size(), 1);
    g[0] = weightV[0];
    add(prefix + ".bias", {transposed ? weightV[1] : weightV[0]});
    add(prefix + ".weight_g", g);
    add(prefix + ".weight_v", std::move(weightV));
  }
  void layerNorm(const std::string& prefix, int64_t channels) {
    add(prefix + ".gamma", {channels});
    add(prefix + ".beta", {channels});
  }
  // attentions.MultiHeadAttention; window > 0 adds the shared relative embeddings.
  void attention(const std::string& prefix, int64_t channels, int64_t heads, int64_t window) {
    if (window > 0) {
      add(prefix + ".emb_rel_k", {1, 2 * window + 1, channels / heads});
      add(prefix + ".emb_rel_v", {1, 2 * window + 1, channels / heads});
    }
    for (const char* conv : {"conv_q", "conv_k", "conv_v", "conv_o"})
      layer(prefix + "." + conv, {channels, channels, 1});
  }
  // attentions.Encoder
  void encoder(const std::string& prefix, const SovitsConfig& c, int64_t layers) {
    const int64_t h = c.hiddenChannels;
    for (int64_t i = 0; i < layers; ++i) {
      const std::string n = "." + std::to_string(i);
      attention(prefix + ".attn_layers" + n, h, c.nHeads, kRelativeWindow);
      layerNorm(prefix + ".norm_layers_1" + n, h);
      layer(prefix + ".ffn_layers" + n + ".conv_1", {c.filterChannels, h, c.kernelSize});
      layer(prefix + ".ffn_layers" + n + ".conv_2", {h, c.filterChannels, c.kernelSize});
      layerNorm(prefix + ".norm_layers_2" + n, h);
    }
  }
};

}  // namespace

std::string formatShape(const std::vector<int64_t>& shape) {
  std::string out = "[";
  for (size_t i = 0; i < shape.size(); ++i) out += (i ? ", " : "") + std::to_string(shape[i]);
  return out + "]";
}

ParameterShapes textSideParameterShapes(const SovitsConfig& c, const TextSideWidths& w) {
  ShapeBuilder b;
  const int64_t h = c.hiddenChannels;
  const int64_t gin = c.ginChannels;
  // enc_p: TextEncoder
  b.layer("enc_p.ssl_proj", {h, w.ssl, 1});
  b.encoder("enc_p.encoder_ssl", c, c.nLayers / 2);
  b.encoder("enc_p.encoder_text", c, c.nLayers);
  b.add("enc_p.text_embedding.weight", {c.symbolCount(), h});
  b.attention("enc_p.mrte.cross_attention", w.mrteHidden, kMrteHeads, 0);
  b.layer("enc_p.mrte.c_pre", {w.mrteHidden, kMrteContentChannels, 1});
  b.layer("enc_p.mrte.text_pre", {w.mrteHidden, kMrteContentChannels, 1});
  b.layer("enc_p.mrte.c_post", {kMrteContentChannels, w.mrteHidden, 1});
  b.encoder("enc_p.encoder2", c, c.nLayers / 2);
  b.layer("enc_p.proj", {2 * c.interChannels, h, 1});

  // ref_enc: MelStyleEncoder
  b.layer("ref_enc.spectral.0.fc", {w.styleHidden, c.styleBins()});
  b.layer("ref_enc.spectral.3.fc", {w.styleHidden, w.styleHidden});
  b.layer("ref_enc.temporal.0.conv1.conv", {2 * w.styleHidden, w.styleHidden, kStyleKernel});
  b.layer("ref_enc.temporal.1.conv1.conv", {2 * w.styleHidden, w.styleHidden, kStyleKernel});
  for (const char* name : {"w_qs", "w_ks", "w_vs", "fc"})
    b.layer(std::string("ref_enc.slf_attn.") + name, {w.styleHidden, w.styleHidden});
  b.layer("ref_enc.fc.fc", {gin, w.styleHidden});

  // Semantic tokenizer: stride-2 projection + one VQ codebook.
  b.layer("ssl_proj", {w.ssl, w.ssl, c.semantic25Hz ? 2 : 1});
  const std::string codebook = "quantizer.vq.layers.0._codebook";
  b.add(codebook + ".inited", {1});
  b.add(codebook + ".cluster_size", {kCodebookSize});
  b.add(codebook + ".embed", {kCodebookSize, w.ssl});
  b.add(codebook + ".embed_avg", {kCodebookSize, w.ssl});

  return b.shapes;
}

ParameterShapes sovitsParameterShapes(const SovitsConfig& c) {
  ShapeBuilder b;
  b.shapes = textSideParameterShapes(c);
  const int64_t h = c.hiddenChannels;
  const int64_t gin = c.ginChannels;

  // dec: HiFi-GAN Generator
  b.layer("dec.conv_pre", {c.upsampleInitialChannel, c.interChannels, 7});
  int64_t channels = c.upsampleInitialChannel;
  for (size_t i = 0; i < c.upsampleRates.size(); ++i) {
    // ConvTranspose1d weight is [in, out, k].
    b.weightNormed("dec.ups." + std::to_string(i), {channels, channels / 2, c.upsampleKernelSizes[i]}, true);
    channels /= 2;
  }
  channels = c.upsampleInitialChannel;
  const size_t kernels = c.resblockKernelSizes.size();
  for (size_t i = 0; i < c.upsampleRates.size(); ++i) {
    channels /= 2;
    for (size_t j = 0; j < kernels; ++j) {
      const std::string prefix = "dec.resblocks." + std::to_string(i * kernels + j);
      for (int n = 0; n < 3; ++n) {
        b.weightNormed(prefix + ".convs1." + std::to_string(n), {channels, channels, c.resblockKernelSizes[j]});
        b.weightNormed(prefix + ".convs2." + std::to_string(n), {channels, channels, c.resblockKernelSizes[j]});
      }
    }
  }
  b.add("dec.conv_post.weight", {1, channels, 7});
  b.layer("dec.cond", {c.upsampleInitialChannel, gin, 1});

  // flow: ResidualCouplingBlock (the Flip modules at odd indices own nothing)
  const int64_t half = c.interChannels / 2;
  for (int64_t f = 0; f < kFlowCount; ++f) {
    const std::string prefix = "flow.flows." + std::to_string(2 * f);
    b.layer(prefix + ".pre", {h, half, 1});
    for (int64_t i = 0; i < kFlowWnLayers; ++i) {
      const std::string n = "." + std::to_string(i);
      b.weightNormed(prefix + ".enc.in_layers" + n, {2 * h, h, kFlowKernel});
      b.weightNormed(prefix + ".enc.res_skip_layers" + n, {i + 1 < kFlowWnLayers ? 2 * h : h, h, 1});
    }
    b.weightNormed(prefix + ".enc.cond_layer", {2 * h * kFlowWnLayers, gin, 1});
    b.layer(prefix + ".post", {half, h, 1});
  }

  if (usesSpeakerEmbedding(c.version)) {
    b.layer("sv_emb", {gin, kSpeakerEmbeddingDim});
    b.layer("ge_to512", {kProTextTimbreDim, gin});
    b.add("prelu.weight", {gin});
  }
  return b.shapes;
}

}  // namespace timbre::sovits
