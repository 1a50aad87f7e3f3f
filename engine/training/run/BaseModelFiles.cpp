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

BaseModelFiles findBaseModelFiles(const TrainingRunOptions& options) {
  BaseModelFiles files;
  if (!options.baseFolder.empty()) {
    const pipeline::ModelPaths paths = pipeline::findModels(options.baseFolder);
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
