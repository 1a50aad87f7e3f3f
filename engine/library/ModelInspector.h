#pragma once
// What is in a model folder, file by file, for the studio's model manager:
// each candidate weight file identified by content (checkpoint::identifyModel),
// each HuBERT/BERT folder by its config.json, then the set the engine would
// pick (pipeline::findModels) and, optionally, whether that set loads and fits
// together (pipeline::VoiceModels::load). Problems carry the engine's own
// messages. Plain types only, so Qt widgets can include this without libtorch.
#include <string>
#include <vector>

namespace timbre::library {

struct ModelFileReport {
  std::string path;
  std::string kind;     // "gpt", "sovits", "hubert", "bert", "sv", "vocoder"; "" when not identified
  std::string version;  // SoVITS: "v2", "v2ProPlus", ...; GPT: its phone set "v1"/"v2"; else ""
  std::string detail;   // how the version was told (SoVITS), "LoRA", the vocoder variant...
  std::string problem;  // why the file cannot be used (the engine's message); "" when fine
  std::string training; // "fine-tuned, epoch 8, 96 iterations" from the file's info entry; "" when it says nothing of the kind
  bool writtenByTimbre = false;  // Timbre's trainer wrote the file
};

struct ModelFolderReport {
  std::string folder;
  std::vector<ModelFileReport> files;  // in folder order; the chosen set's files first
  // The set findModels picks (empty fields when it failed).
  std::string gpt, sovits, hubert, bert, speaker;
  std::string setProblem;  // findModels' or VoiceModels::load's message; "" when usable
  bool setChecked = false; // VoiceModels::load was run (loadSet) and succeeded
  std::string summary;     // one line, e.g. "SoVITS v2 + GPT (v2 phones), HuBERT, BERT"
  bool usable() const { return setProblem.empty() && !gpt.empty(); }
};

// What a weight file's "info" entry says about its training: "8epoch_96iteration"
// (SoVITS) → "fine-tuned, epoch 8, 96 iterations", "GPT-e15" → "fine-tuned,
// epoch 15"; "" for anything else (pretrained files carry other text or none).
std::string describeFineTuning(const std::string& info);
// True when a torch zip's internal folder name marks a file Timbre wrote.
bool isTimbreArchiveName(const std::string& archiveName);

// Never throws for a bad folder or file: everything goes into the report.
// loadSet: also load the chosen set on the CPU (seconds for real models) to
// catch a GPT and SoVITS that do not fit together.
ModelFolderReport inspectModelFolder(const std::string& folder, bool loadSet);

}  // namespace timbre::library
