#include "training/run/BaseModelFiles.h"

#include "checkpoint/Checkpoint.h"
#include "pipeline/ModelFolder.h"
#include "timbre/Error.h"
#include "training/run/TrainingRun.h"
#include "training/sovits/SovitsTrainModel.h"

#include <filesystem>

namespace timbre::training {

namespace fs = std::filesystem;

namespace {

bool holdsDiscriminator(const fs::path& file) {
  try {
    const checkpoint::Checkpoint c = checkpoint::loadCheckpoint(file.string());
    for (const auto& name : c.order)
      if (name.rfind("discriminators.", 0) == 0) return true;
  } catch (const Error&) {
    // Not a weight file we can read: not the discriminator either.
  }
  return false;
}

}  // namespace

std::string findDiscriminatorBeside(const std::string& generatorPath) {
  const fs::path g(generatorPath);
  std::string name = g.filename().string();
  if (const auto at = name.find("s2G"); at != std::string::npos) {
    name.replace(at, 3, "s2D");
    const fs::path byName = g.parent_path() / name;
    if (fs::exists(byName)) return byName.string();
  }
  std::string found;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(g.parent_path().empty() ? "." : g.parent_path(), ec)) {
    if (entry.path().extension() != ".pth" || entry.path() == g) continue;
    if (!holdsDiscriminator(entry.path())) continue;
    if (!found.empty()) return {};  // two candidates: the user must name one
    found = entry.path().string();
  }
  return found;
}

// The official pretrained_models/ folder holds several sets (v1, v2, v2Pro…),
// so the model lookup of `say` finds it ambiguous; with the generator and GPT
// named by the user, the shared HuBERT, BERT and speaker files are found by
// their official names.
pipeline::ModelPaths sharedPretrainedFiles(const std::string& folder) {
  pipeline::ModelPaths paths;
  for (const fs::path place : {fs::path(folder), fs::path(folder) / "pretrained_models",
                               fs::path(folder) / "GPT_SoVITS" / "pretrained_models"}) {
    if (paths.hubert.empty() && fs::is_directory(place / "chinese-hubert-base"))
      paths.hubert = (place / "chinese-hubert-base").string();
    if (paths.bert.empty() && fs::is_directory(place / "chinese-roberta-wwm-ext-large"))
      paths.bert = (place / "chinese-roberta-wwm-ext-large").string();
    if (paths.speaker.empty() && fs::is_regular_file(place / "sv" / "pretrained_eres2netv2w24s4ep4.ckpt"))
      paths.speaker = (place / "sv" / "pretrained_eres2netv2w24s4ep4.ckpt").string();
  }
  return paths;
}

BaseModelFiles findBaseModelFiles(const TrainingRunOptions& options) {
  BaseModelFiles files;
  if (!options.baseFolder.empty()) {
    pipeline::ModelPaths paths;
    try {
      paths = pipeline::findModels(options.baseFolder);
    } catch (const Error&) {
      if (options.baseSovits.empty() || options.baseGpt.empty()) throw;
      paths = sharedPretrainedFiles(options.baseFolder);
    }
    files.sovits = paths.sovits;
    files.gpt = paths.gpt;
    files.hubert = paths.hubert;
    files.bert = paths.bert;
    files.speaker = paths.speaker;
  }
  auto override = [](std::string& slot, const std::string& given) {
    if (!given.empty()) slot = given;
  };
  override(files.sovits, options.baseSovits);
  override(files.gpt, options.baseGpt);
  override(files.hubert, options.hubert);
  override(files.bert, options.bert);
  override(files.speaker, options.speaker);
  if (files.sovits.empty() || files.gpt.empty() || files.hubert.empty() || files.bert.empty())
    throw Error(ErrorCode::InvalidArgument,
                "the pretrained models are incomplete: give --base with the GPT-SoVITS pretrained models (GPT .ckpt, "
                "SoVITS s2G .pth, chinese-hubert-base, chinese-roberta-wwm-ext-large)");
  // An inference-only export (no enc_q) is refused here, before any data work.
  SovitsTrainModel::parametersFrom(checkpoint::loadCheckpoint(files.sovits));
  files.discriminator = options.baseDiscriminator.empty() ? findDiscriminatorBeside(files.sovits)
                                                          : options.baseDiscriminator;
  if (files.discriminator.empty())
    throw Error(ErrorCode::Io, "no pretrained discriminator (s2D…pth) beside " + files.sovits +
                                   ": put it in the same folder or name it with --base-discriminator");
  return files;
}

}  // namespace timbre::training
