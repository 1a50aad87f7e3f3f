#pragma once
// What a loaded weight file is: GPT, SoVITS (which version, LoRA or not),
// HuBERT, BERT, speaker verification (ERes2NetV2) or a vocoder. SoVITS versions
// follow the official detection (specification §1.2): MD5 of the first 8 KiB
// against the pretrained files, else the 2-byte header tag, else the file
// size; then the text-embedding row count refines v1/v2.
#include "checkpoint/Checkpoint.h"

#include <optional>
#include <string>

namespace timbre::checkpoint {

enum class ModelKind { Gpt, Sovits, Hubert, Bert, SpeakerVerification, Vocoder };
enum class SovitsVersion { V1, V2, V2Pro, V2ProPlus, V3, V4 };

struct ModelIdentity {
  ModelKind kind = ModelKind::Gpt;
  std::optional<SovitsVersion> sovitsVersion;  // SoVITS only
  bool lora = false;                           // SoVITS v3/v4 LoRA file (header "03"/"04"): load the base model first
  std::string symbolVersion;                   // GPT and SoVITS: "v1" (322/512 phones) or "v2" (732)
  std::string versionSource;                   // SoVITS: "pretrained-hash", "header", "file-size", "file-size+layout"
  std::string variant;                         // vocoder: "bigvgan" or "hifigan"; otherwise ""
};

// Throws timbre::Error(UnsupportedFormat) naming the file when it is none of these.
ModelIdentity identifyModel(const Checkpoint& checkpoint);

const char* toString(ModelKind kind);        // "gpt", "sovits", "hubert", "bert", "sv", "vocoder"
const char* toString(SovitsVersion version); // "v1", "v2", "v2Pro", "v2ProPlus", "v3", "v4"
std::optional<SovitsVersion> parseSovitsVersion(const std::string& text);

}  // namespace timbre::checkpoint
