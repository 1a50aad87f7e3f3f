#include "library/ModelInspector.h"

#include "checkpoint/JsonDepth.h"

#include "checkpoint/Checkpoint.h"
#include "checkpoint/ModelIdentity.h"
#include "checkpoint/TorchSave.h"
#include "pipeline/ModelFolder.h"
#include "pipeline/VoiceModels.h"
#include "timbre/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>

namespace timbre::library {
namespace fs = std::filesystem;
namespace {

bool isWeightFile(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".ckpt" || ext == ".pth" || ext == ".safetensors";
}

// An HF model folder is told by its config.json (cheap: the weights stay on disk).
ModelFileReport reportFolder(const fs::path& folder) {
  ModelFileReport r;
  r.path = folder.string();
  try {
    std::ifstream in(folder / "config.json");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Deep nesting would overflow the stack in the JSON copies (checkpoint/JsonDepth.h).
    checkpoint::requireShallowJson(text.data(), text.data() + text.size(), (folder / "config.json").string());
    const auto j = nlohmann::json::parse(text);
    const std::string type = j.value("model_type", std::string());
    if (type == "hubert" || type == "bert") {
      r.kind = type;
      r.detail = std::to_string(j.value("hidden_size", 0)) + " wide, " +
                 std::to_string(j.value("num_hidden_layers", 0)) + " layers";
    } else {
      r.problem = folder.string() + "/config.json: model_type '" + type + "' is neither hubert nor bert";
    }
  } catch (const std::exception& e) {
    r.problem = folder.string() + "/config.json cannot be read: " + e.what();
  }
  return r;
}

ModelFileReport reportFile(const fs::path& file) {
  ModelFileReport r;
  r.path = file.string();
  try {
    const checkpoint::Checkpoint loaded = checkpoint::loadCheckpoint(file.string());
    const checkpoint::ModelIdentity id = checkpoint::identifyModel(loaded);
    r.kind = checkpoint::toString(id.kind);
    if (loaded.metadata.is_object() && loaded.metadata.contains("info") && loaded.metadata["info"].is_string())
      r.training = describeFineTuning(loaded.metadata["info"].get<std::string>());
    r.writtenByTimbre = isTimbreArchiveName(loaded.archiveName);
    if (id.sovitsVersion) {
      r.version = checkpoint::toString(*id.sovitsVersion);
      r.detail = (id.lora ? "LoRA, " : "") + std::string("told by ") + id.versionSource;
      if (*id.sovitsVersion == checkpoint::SovitsVersion::V3 || *id.sovitsVersion == checkpoint::SovitsVersion::V4)
        r.problem = file.string() + ": SoVITS " + r.version + " models are not supported yet (v1, v2, v2Pro, v2ProPlus are)";
    } else if (id.kind == checkpoint::ModelKind::Gpt) {
      r.version = id.symbolVersion;
      r.detail = id.symbolVersion == "v1" ? "v1 phone set (512)" : "v2 phone set (732)";
    } else {
      r.detail = id.variant;
    }
    // The model manager shows `detail`, so the training origin goes there too.
    std::string origin = r.training;
    if (r.writtenByTimbre) origin += origin.empty() ? "written by Timbre" : " (written by Timbre)";
    if (!origin.empty()) r.detail += (r.detail.empty() ? "" : "; ") + origin;
  } catch (const std::exception& e) {
    r.problem = e.what();
  }
  return r;
}

}  // namespace

std::string describeFineTuning(const std::string& info) {
  // process_ckpt.savee writes "<epoch>epoch_<global step>iteration"; s1_train writes "GPT-e<epoch>".
  static const std::regex sovits(R"(^(\d+)epoch_(\d+)iteration$)");
  static const std::regex gpt(R"(^GPT-e(\d+)$)");
  std::smatch m;
  if (std::regex_match(info, m, sovits)) {
    const std::string steps = m[2].str();
    return "fine-tuned, epoch " + m[1].str() + ", " + steps + (steps == "1" ? " iteration" : " iterations");
  }
  if (std::regex_match(info, m, gpt)) return "fine-tuned, epoch " + m[1].str();
  return {};
}

bool isTimbreArchiveName(const std::string& archiveName) { return archiveName == checkpoint::kTimbreArchiveName; }

ModelFolderReport inspectModelFolder(const std::string& folder, bool loadSet) {
  ModelFolderReport report;
  report.folder = folder;
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    report.setProblem = "the model folder '" + folder + "' does not exist";
    return report;
  }

  std::set<fs::path> seen;
  const auto add = [&](const fs::path& p) {
    const fs::path key = fs::weakly_canonical(p, ec);
    if (!seen.insert(ec ? p : key).second) return;
    report.files.push_back(fs::is_directory(p, ec) ? reportFolder(p) : reportFile(p));
  };

  try {
    const pipeline::ModelPaths paths = pipeline::findModels(folder);
    report.gpt = paths.gpt;
    report.sovits = paths.sovits;
    report.hubert = paths.hubert;
    report.bert = paths.bert;
    report.speaker = paths.speaker;
    for (const std::string& p : {paths.gpt, paths.sovits, paths.hubert, paths.bert, paths.speaker})
      if (!p.empty()) add(p);
  } catch (const std::exception& e) {
    report.setProblem = e.what();
  }

  // Everything else that looks like a model, where findModels looks.
  std::vector<fs::path> places{folder};
  for (const fs::path& sub : {fs::path("pretrained_models"), fs::path("GPT_SoVITS") / "pretrained_models",
                             fs::path("sv"), fs::path("pretrained_models") / "sv",
                             fs::path("GPT_SoVITS") / "pretrained_models" / "sv"})
    if (fs::is_directory(fs::path(folder) / sub, ec)) places.push_back(fs::path(folder) / sub);
  for (const fs::path& place : places) {
    std::vector<fs::path> entries;
    for (const auto& entry : fs::directory_iterator(place, ec)) entries.push_back(entry.path());
    std::sort(entries.begin(), entries.end());
    for (const fs::path& p : entries) {
      if (fs::is_regular_file(p, ec) && isWeightFile(p)) add(p);
      if (fs::is_directory(p, ec) && fs::is_regular_file(p / "config.json", ec)) add(p);
    }
  }

  if (report.setProblem.empty() && loadSet) {
    try {
      pipeline::ModelPaths paths{report.gpt, report.sovits, report.hubert, report.bert, report.speaker};
      const pipeline::VoiceModels models = pipeline::VoiceModels::load(paths);
      report.setChecked = true;
      report.summary = std::string("SoVITS ") + checkpoint::toString(models.version()) + " with its GPT, HuBERT and BERT" +
                       (report.speaker.empty() ? "" : " and the speaker model");
    } catch (const std::exception& e) {
      report.setProblem = e.what();
    }
  } else if (report.setProblem.empty()) {
    for (const ModelFileReport& f : report.files)
      if (f.path == report.sovits && !f.version.empty()) report.summary = "SoVITS " + f.version + " with its GPT, HuBERT and BERT";
  }
  return report;
}

}  // namespace timbre::library
