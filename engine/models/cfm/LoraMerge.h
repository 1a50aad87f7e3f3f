#pragma once
// v3/v4 LoRA fine-tunes (header "03"/"04", a `lora_rank` entry) hold only the
// trained tensors and the peft adapters of the DiT attention. The official
// loader (TTS.init_vits_weights) builds the model from the LoRA file's config,
// loads the pretrained base, loads the LoRA file non-strictly over it and
// merges every adapter: W += lora_B · lora_A · alpha / r (alpha = r).
#include "checkpoint/Checkpoint.h"
#include "models/sovits/SovitsVersion.h"

#include <string>
#include <vector>

namespace timbre::cfm {

// The merged state dict as a checkpoint: the base's tensors, replaced by the
// LoRA file's plain tensors (peft's "base_model.model." prefix removed) and with
// each adapter merged into its weight (fp32). Config and metadata are the LoRA
// file's; path names the LoRA file. Throws timbre::Error(ModelMismatch) naming
// the file for an adapter without its pair, a rank that disagrees with
// lora_rank, or a target weight the base lacks.
checkpoint::Checkpoint mergeLora(const checkpoint::Checkpoint& base, const checkpoint::Checkpoint& lora);

// The pretrained base where the official code expects it, relative to the
// GPT-SoVITS root: GPT_SoVITS/pretrained_models/s2Gv3.pth (v3) or
// GPT_SoVITS/pretrained_models/gsv-v4-pretrained/s2Gv4.pth (v4). The root is
// the LoRA file's folder or one above it (fine-tunes live in SoVITS_weights_v3/4
// under the root); a pretrained_models folder there is looked at too.
// Throws timbre::Error(Io) naming the LoRA file and every path tried.
std::string findLoraBase(const std::string& loraPath, sovits::SovitsVersion version);

}  // namespace timbre::cfm
