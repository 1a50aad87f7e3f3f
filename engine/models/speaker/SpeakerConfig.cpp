#include "models/speaker/SpeakerConfig.h"

#include "timbre/Error.h"

namespace timbre::speaker {
namespace {

const std::string kWhat = "an ERes2NetV2 speaker-encoder state_dict (like pretrained_eres2netv2w24s4ep4.ckpt)";

std::string shapeText(at::IntArrayRef sizes) {
  std::string s = "[";
  for (size_t i = 0; i < sizes.size(); ++i) s += (i ? ", " : "") + std::to_string(sizes[i]);
  return s + "]";
}

std::string stagePrefix(int stage, int64_t block) {
  return "layer" + std::to_string(stage + 1) + "." + std::to_string(block) + ".";
}

// The sizes of a tensor the inference needs; `expected` describes it for the message.
at::IntArrayRef sizesOf(const checkpoint::Checkpoint& ckpt, const std::string& name, int64_t rank,
                        const std::string& expected) {
  auto it = ckpt.tensors.find(name);
  if (it == ckpt.tensors.end() || !it->second.defined())
    throw Error(ErrorCode::ModelMismatch, ckpt.path + ": tensor '" + name + "' is missing; " + kWhat +
                                              " has it with shape " + expected);
  if (it->second.dim() != rank)
    throw Error(ErrorCode::ModelMismatch, ckpt.path + ": tensor '" + name + "' has shape " +
                                              shapeText(it->second.sizes()) + "; " + kWhat + " has " + expected);
  return it->second.sizes();
}

[[noreturn]] void mismatch(const checkpoint::Checkpoint& ckpt, const std::string& name, at::IntArrayRef found,
                           const std::string& why) {
  throw Error(ErrorCode::ModelMismatch,
              ckpt.path + ": tensor '" + name + "' has shape " + shapeText(found) + "; " + why);
}

void addBatchNorm(ParameterShapes& shapes, const std::string& prefix, int64_t channels) {
  for (const char* field : {"weight", "bias", "running_mean", "running_var"})
    shapes[prefix + "." + field] = {channels};
}

void addAff(ParameterShapes& shapes, const std::string& prefix, int64_t channels, int64_t inner) {
  // local_att: conv(2C -> inner) BN SiLU conv(inner -> C) BN
  shapes[prefix + ".local_att.0.weight"] = {inner, 2 * channels, 1, 1};
  shapes[prefix + ".local_att.0.bias"] = {inner};
  addBatchNorm(shapes, prefix + ".local_att.1", inner);
  shapes[prefix + ".local_att.3.weight"] = {channels, inner, 1, 1};
  shapes[prefix + ".local_att.3.bias"] = {channels};
  addBatchNorm(shapes, prefix + ".local_att.4", channels);
}

}  // namespace

int64_t SpeakerConfig::outFreq() const {
  // 1x1 stride-2 convolutions (and the 3x3 pad-1 stride-2 layer3_ds) keep ceil(F / 2) rows.
  int64_t f = featDim;
  for (int i = 0; i < 3; ++i) f = (f + 1) / 2;
  return f;
}

SpeakerConfig inferSpeakerConfig(const checkpoint::Checkpoint& ckpt) {
  SpeakerConfig c;
  const at::IntArrayRef stem = sizesOf(ckpt, "conv1.weight", 4, "[m_channels, 1, 3, 3]");
  if (stem[1] != 1 || stem[2] != 3 || stem[3] != 3 || stem[0] < 1)
    mismatch(ckpt, "conv1.weight", stem, kWhat + " has [m_channels, 1, 3, 3]");
  c.mChannels = stem[0];

  const at::IntArrayRef conv3 = sizesOf(ckpt, "layer1.0.conv3.weight", 4, "[m_channels * expansion, width * scale, 1, 1]");
  if (conv3[0] % c.mChannels != 0 || conv3[0] == 0)
    mismatch(ckpt, "layer1.0.conv3.weight", conv3,
             "dim 0 must be a multiple of m_channels " + std::to_string(c.mChannels) + " (m_channels * expansion)");
  c.expansion = conv3[0] / c.mChannels;

  const at::IntArrayRef split = sizesOf(ckpt, "layer1.0.convs.0.weight", 4, "[width, width, 3, 3]");
  const at::IntArrayRef reduce = sizesOf(ckpt, "layer1.0.conv1.weight", 4, "[width * scale, m_channels, 1, 1]");
  if (split[0] < 1 || reduce[0] % split[0] != 0)
    mismatch(ckpt, "layer1.0.conv1.weight", reduce,
             "dim 0 must be a multiple of the split width " + std::to_string(split[0]) + " (width * scale)");
  c.scale = reduce[0] / split[0];

  for (int stage = 0; stage < 4; ++stage) {
    const std::string first = stagePrefix(stage, 0);
    c.widths[stage] = sizesOf(ckpt, first + "convs.0.weight", 4, "[width, width, 3, 3]")[0];
    int64_t blocks = 0;
    while (ckpt.has(stagePrefix(stage, blocks) + "conv1.weight")) ++blocks;
    c.numBlocks[stage] = blocks;  // 0 is reported (missing conv1) below
    if (stage >= 2 && c.scale > 1)
      c.affInner[stage] = sizesOf(ckpt, first + "fuse_models.0.local_att.0.weight", 4,
                                  "[width / 4, 2 * width, 1, 1]")[0];
  }
  for (int stage = 0; stage < 4; ++stage)
    if (c.numBlocks[stage] < 1)
      sizesOf(ckpt, stagePrefix(stage, 0) + "conv1.weight", 4, "[width * scale, in_planes, 1, 1]");
  c.fuseInner = sizesOf(ckpt, "fuse34.local_att.0.weight", 4, "[channels / 4, 2 * channels, 1, 1]")[0];

  // feat_dim only shows in the (otherwise unused) seg_1 layer:
  // in_features = int(feat_dim / 8) * m_channels * 8 * expansion * 2 statistics.
  if (ckpt.has("seg_1.weight")) {
    const at::IntArrayRef seg = sizesOf(ckpt, "seg_1.weight", 2, "[embedding_size, stats_dim * expansion * 2]");
    const int64_t perEighth = c.mChannels * 8 * c.expansion * 2;
    if (seg[1] % perEighth != 0 || seg[1] == 0)
      mismatch(ckpt, "seg_1.weight", seg,
               "dim 1 must be a multiple of m_channels * 8 * expansion * 2 = " + std::to_string(perEighth));
    c.featDim = seg[1] / perEighth * 8;
    c.embeddingSize = seg[0];
  }
  return c;
}

ParameterShapes speakerParameterShapes(const SpeakerConfig& c) {
  ParameterShapes shapes;
  shapes["conv1.weight"] = {c.mChannels, 1, 3, 3};
  addBatchNorm(shapes, "bn1", c.mChannels);
  int64_t inPlanes = c.mChannels;
  for (int stage = 0; stage < 4; ++stage) {
    const int64_t planes = c.planes(stage);
    const int64_t width = c.widths[stage];
    const int64_t out = planes * c.expansion;
    for (int64_t b = 0; b < c.numBlocks[stage]; ++b) {
      const std::string p = "layer" + std::to_string(stage + 1) + "." + std::to_string(b) + ".";
      const bool strided = stage > 0 && b == 0;
      shapes[p + "conv1.weight"] = {width * c.scale, inPlanes, 1, 1};
      addBatchNorm(shapes, p + "bn1", width * c.scale);
      for (int64_t i = 0; i < c.scale; ++i) {
        shapes[p + "convs." + std::to_string(i) + ".weight"] = {width, width, 3, 3};
        addBatchNorm(shapes, p + "bns." + std::to_string(i), width);
      }
      if (stage >= 2)
        for (int64_t i = 0; i + 1 < c.scale; ++i)
          addAff(shapes, p + "fuse_models." + std::to_string(i), width, c.affInner[stage]);
      shapes[p + "conv3.weight"] = {out, width * c.scale, 1, 1};
      addBatchNorm(shapes, p + "bn3", out);
      if (strided || inPlanes != out) {
        shapes[p + "shortcut.0.weight"] = {out, inPlanes, 1, 1};
        addBatchNorm(shapes, p + "shortcut.1", out);
      }
      inPlanes = out;
    }
  }
  shapes["layer3_ds.weight"] = {c.outChannels(), c.planes(2) * c.expansion, 3, 3};
  addAff(shapes, "fuse34", c.outChannels(), c.fuseInner);
  return shapes;
}

}  // namespace timbre::speaker
