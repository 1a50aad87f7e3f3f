#pragma once
// Finds the files of one voice model set in a folder, the way users keep them.
//
// Accepted layouts of `timbre-cli say --models DIR`:
//  1. A GPT-SoVITS checkout (or a copy of its layout): DIR/GPT_SoVITS/configs/tts_infer.yaml;
//     its "custom" section names t2s_weights_path, vits_weights_path,
//     cnhuhbert_base_path and bert_base_path, relative to DIR.
//  2. A flat folder: exactly one GPT file (*.ckpt), one SoVITS file (*.pth), a HuBERT
//     folder and a BERT folder (any sub-folder whose config.json says model_type
//     "hubert" / "bert", e.g. chinese-hubert-base/ and chinese-roberta-wwm-ext-large/),
//     optionally the ERes2NetV2 speaker file (sv/*.ckpt or a *.ckpt that is a speaker
//     model) for v2Pro/v2ProPlus. Sub-folders pretrained_models/ and
//     GPT_SoVITS/pretrained_models/ are searched too.
// Every file is identified by its content, not its name.
#include <string>

namespace timbre::pipeline {

struct ModelPaths {
  std::string gpt;      // GPT (text-to-semantic) .ckpt
  std::string sovits;   // SoVITS .pth
  std::string hubert;   // HF folder (chinese-hubert-base)
  std::string bert;     // HF folder (chinese-roberta-wwm-ext-large)
  std::string speaker;  // ERes2NetV2 .ckpt; empty when none was found
};

// Throws timbre::Error(Io) for a missing folder, InvalidArgument naming what is
// missing or ambiguous (listing the candidates). When no GPT/SoVITS model is
// found but a .ckpt/.pth of the folder was refused, that file's own error is
// thrown (several refusals are listed), so the real reason is not lost.
ModelPaths findModels(const std::string& folder);

}  // namespace timbre::pipeline
