#include "checkpoint/ModelIdentity.h"

#include "timbre/Error.h"

#include <ATen/ATen.h>

namespace timbre::checkpoint {
namespace {

// MD5 of the first 8192 bytes of the official pretrained SoVITS files.
struct PretrainedHash {
  const char* md5;
  SovitsVersion version;
};
constexpr PretrainedHash kPretrainedHashes[] = {
    {"dc3c97e17592963677a4a1681f30c653", SovitsVersion::V2},  // s2G488k: listed as v2, the 322-row embedding makes it v1
    {"6642b37f3dbb1f76882b69937c95a5f3", SovitsVersion::V2},  // s2G2333k
    {"43797be674a37c1c83ee81081941ed0f", SovitsVersion::V3},  // s2Gv3
    {"4f26b9476d0c5033e04162c486074374", SovitsVersion::V4},  // s2Gv4
    {"c7e9fce2223f3db685cdfa1e6368728a", SovitsVersion::V2Pro},
    {"66b313e39455b57ab1b0bc0b239c9d0a", SovitsVersion::V2ProPlus},
};

bool anyKey(const Checkpoint& c, const auto& predicate) {
  for (const auto& [name, tensor] : c.tensors) {
    if (predicate(name)) return true;
  }
  return false;
}
bool startsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::string configModelVersion(const Checkpoint& c) {
  if (c.config.is_object() && c.config.contains("model") && c.config["model"].is_object() && c.config["model"].contains("version") &&
      c.config["model"]["version"].is_string())
    return c.config["model"]["version"].get<std::string>();
  return {};
}

void identifySovits(const Checkpoint& c, ModelIdentity& id) {
  SovitsVersion version = SovitsVersion::V2;
  bool found = false;
  for (const auto& h : kPretrainedHashes) {
    if (c.md5First8KiB == h.md5) {
      version = h.version;
      id.versionSource = "pretrained-hash";
      found = true;
    }
  }
  if (!found && !c.headerTag.empty()) {
    static const std::pair<const char*, SovitsVersion> kTags[] = {
        {"00", SovitsVersion::V1}, {"01", SovitsVersion::V2}, {"02", SovitsVersion::V3},     {"03", SovitsVersion::V3},
        {"04", SovitsVersion::V4}, {"05", SovitsVersion::V2Pro}, {"06", SovitsVersion::V2ProPlus}};
    for (const auto& [tag, v] : kTags) {
      if (c.headerTag == tag) {
        version = v;
        found = true;
      }
    }
    if (!found) throw Error(ErrorCode::UnsupportedFormat, c.path + ": unknown SoVITS version header '" + c.headerTag + "'");
    id.lora = c.headerTag == "03" || c.headerTag == "04";
    id.versionSource = "header";
  }
  if (!found) {
    // Old files without a header: the official rule goes by size.
    version = c.fileSizeBytes < uint64_t(82978) * 1024   ? SovitsVersion::V1
              : c.fileSizeBytes < uint64_t(700) << 20 ? SovitsVersion::V2
                                                      : SovitsVersion::V3;
    id.versionSource = "file-size";
  }
  if (c.metadata.is_object() && c.metadata.contains("lora_rank")) id.lora = true;

  // Symbol table from the text embedding: 322 rows is v1; missing (LoRA) or 732 is v2.
  const auto embedding = c.tensors.find("enc_p.text_embedding.weight");
  id.symbolVersion = embedding != c.tensors.end() && embedding->second.dim() >= 1 && embedding->second.size(0) == 322 ? "v1" : "v2";
  if (version == SovitsVersion::V1 || version == SovitsVersion::V2)
    version = id.symbolVersion == "v1" ? SovitsVersion::V1 : SovitsVersion::V2;

  // Beyond the official rule: a small headerless file whose layout proves a
  // newer model (test files, hand-converted weights) would otherwise be called v1/v2.
  if (id.versionSource == "file-size") {
    const std::string configured = configModelVersion(c);
    if (anyKey(c, [](const std::string& n) { return startsWith(n, "cfm."); }) && version != SovitsVersion::V3) {
      version = configured == "v4" ? SovitsVersion::V4 : SovitsVersion::V3;
      id.versionSource = "file-size+layout";
    } else if (c.has("sv_emb.weight")) {
      const auto ups = c.tensors.find("dec.ups.0.weight_v") != c.tensors.end() ? c.tensors.find("dec.ups.0.weight_v") : c.tensors.find("dec.ups.0.weight");
      const bool plus = configured == "v2ProPlus" || (ups != c.tensors.end() && ups->second.dim() == 3 && ups->second.size(2) == 20);
      version = plus ? SovitsVersion::V2ProPlus : SovitsVersion::V2Pro;
      id.versionSource = "file-size+layout";
    }
  }
  id.sovitsVersion = version;
}

}  // namespace

ModelIdentity identifyModel(const Checkpoint& c) {
  ModelIdentity id;
  const bool hasEncP = anyKey(c, [](const std::string& n) { return startsWith(n, "enc_p."); });
  if (anyKey(c, [](const std::string& n) { return contains(n, "ar_audio_embedding.") || contains(n, "ar_text_embedding."); })) {
    id.kind = ModelKind::Gpt;
    const at::Tensor* phones = nullptr;
    for (const char* name : {"model.ar_text_embedding.word_embeddings.weight", "ar_text_embedding.word_embeddings.weight"}) {
      if (c.has(name)) phones = &c.tensors.at(name);
    }
    id.symbolVersion = phones && phones->dim() == 2 && phones->size(0) == 512 ? "v1" : "v2";
    return id;
  }
  if (hasEncP || anyKey(c, [](const std::string& n) { return startsWith(n, "cfm."); }) || !c.headerTag.empty()) {
    id.kind = ModelKind::Sovits;
    identifySovits(c, id);
    return id;
  }
  if (anyKey(c, [](const std::string& n) {
        return contains(n, "feature_extractor.conv_layers.") || (contains(n, "encoder.layers.") && contains(n, ".attention."));
      })) {
    id.kind = ModelKind::Hubert;
    return id;
  }
  if (anyKey(c, [](const std::string& n) { return contains(n, "bert.embeddings.") || startsWith(n, "embeddings.word_embeddings."); })) {
    id.kind = ModelKind::Bert;
    return id;
  }
  const bool bigvgan = anyKey(c, [](const std::string& n) { return startsWith(n, "activation_post."); });
  if (bigvgan || anyKey(c, [](const std::string& n) { return startsWith(n, "conv_pre.") || startsWith(n, "ups.0."); })) {
    id.kind = ModelKind::Vocoder;
    id.variant = bigvgan ? "bigvgan" : "hifigan";
    return id;
  }
  const bool resnetStem = c.has("conv1.weight") || anyKey(c, [](const std::string& n) { return startsWith(n, "layer1.0.conv1."); });
  if (resnetStem && anyKey(c, [](const std::string& n) { return startsWith(n, "layer4.") || startsWith(n, "fuse34.") || startsWith(n, "layer3_ds."); })) {
    id.kind = ModelKind::SpeakerVerification;
    return id;
  }
  std::string example = c.tensors.empty() ? "no tensors" : "first tensor '" + c.tensors.begin()->first + "'";
  throw Error(ErrorCode::UnsupportedFormat, c.path + ": not a GPT, SoVITS, HuBERT, BERT, speaker-verification or vocoder weight file (" +
                                                std::to_string(c.tensors.size()) + " tensors, " + example + ")");
}

const char* toString(ModelKind kind) {
  switch (kind) {
    case ModelKind::Gpt: return "gpt";
    case ModelKind::Sovits: return "sovits";
    case ModelKind::Hubert: return "hubert";
    case ModelKind::Bert: return "bert";
    case ModelKind::SpeakerVerification: return "sv";
    case ModelKind::Vocoder: return "vocoder";
  }
  return "?";
}

const char* toString(SovitsVersion version) {
  switch (version) {
    case SovitsVersion::V1: return "v1";
    case SovitsVersion::V2: return "v2";
    case SovitsVersion::V2Pro: return "v2Pro";
    case SovitsVersion::V2ProPlus: return "v2ProPlus";
    case SovitsVersion::V3: return "v3";
    case SovitsVersion::V4: return "v4";
  }
  return "?";
}

std::optional<SovitsVersion> parseSovitsVersion(const std::string& text) {
  for (SovitsVersion v : {SovitsVersion::V1, SovitsVersion::V2, SovitsVersion::V2Pro, SovitsVersion::V2ProPlus, SovitsVersion::V3, SovitsVersion::V4}) {
    if (text == toString(v)) return v;
  }
  return std::nullopt;
}

}  // namespace timbre::checkpoint
