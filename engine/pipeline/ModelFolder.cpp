#include "pipeline/ModelFolder.h"

#include "checkpoint/Checkpoint.h"
#include "checkpoint/JsonDepth.h"
#include "checkpoint/ModelIdentity.h"
#include "timbre/Error.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <vector>

namespace timbre::pipeline {
namespace fs = std::filesystem;
namespace {

std::string trim(std::string s) {
  const auto b = s.find_first_not_of(" \t\r");
  const auto e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::string unquote(std::string s) {
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front()) return s.substr(1, s.size() - 2);
  return s;
}

// The "custom" section of tts_infer.yaml: flat "key: value" lines under it.
// The official file is this simple; anything else is not needed here.
std::map<std::string, std::string> readCustomSection(const fs::path& yaml) {
  std::ifstream in(yaml);
  if (!in) throw Error(ErrorCode::Io, "cannot read " + yaml.string());
  std::map<std::string, std::string> values;
  bool inCustom = false;
  for (std::string line; std::getline(in, line);) {
    if (const auto hash = line.find(" #"); hash != std::string::npos) line.resize(hash);
    if (trim(line).empty() || trim(line)[0] == '#') continue;
    const bool indented = line[0] == ' ' || line[0] == '\t';
    if (!indented) {
      inCustom = trim(line) == "custom:";
      continue;
    }
    if (!inCustom) continue;
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    values[trim(line.substr(0, colon))] = unquote(trim(line.substr(colon + 1)));
  }
  return values;
}

std::string modelTypeOf(const fs::path& folder) {
  const fs::path config = folder / "config.json";
  if (!fs::is_regular_file(config)) return {};
  std::ifstream in(config, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Too deep to be a model config: not a HuBERT/BERT folder, and never parsed.
  if (checkpoint::jsonNestingDepth(text.data(), text.data() + text.size()) > checkpoint::kMaxJsonDepth) return {};
  try {
    const auto j = nlohmann::json::parse(text);
    return j.is_object() ? j.value("model_type", std::string()) : std::string();
  } catch (const nlohmann::json::exception&) {
    return {};
  }
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// A weight file that could not be read, with the reader's error (which names the file).
struct RefusedFile {
  std::string path;
  ErrorCode code;
  std::string reason;
};

// When nothing usable was found but files of the right extension were refused,
// their reasons are the real answer: one refusal is rethrown as it was, several
// are listed.
[[noreturn]] void throwMissing(const std::string& what, const std::string& folder,
                               const std::vector<RefusedFile>& refused) {
  if (refused.size() == 1) throw Error(refused.front().code, refused.front().reason);
  std::string message = "no " + what + " found in " + folder;
  if (!refused.empty()) {
    message += "; these files were refused:";
    for (const auto& file : refused) message += "\n  " + file.reason;
  }
  throw Error(ErrorCode::InvalidArgument, message);
}

std::string pickOne(const std::vector<std::string>& found, const std::string& what, const std::string& folder,
                    bool required, const std::vector<RefusedFile>& refused = {}) {
  if (found.size() == 1) return found.front();
  if (found.empty()) {
    if (!required) return {};
    throwMissing(what, folder, refused);
  }
  throw Error(ErrorCode::InvalidArgument,
              "more than one " + what + " in " + folder + " (" + join(found) + "); keep one per model folder");
}

}  // namespace

ModelPaths findModels(const std::string& folder) {
  const fs::path root(folder);
  if (!fs::is_directory(root)) throw Error(ErrorCode::Io, "model folder '" + folder + "' does not exist");

  const fs::path yaml = root / "GPT_SoVITS" / "configs" / "tts_infer.yaml";
  if (fs::is_regular_file(yaml)) {
    const auto custom = readCustomSection(yaml);
    auto path = [&](const char* key) {
      auto it = custom.find(key);
      if (it == custom.end() || it->second.empty())
        throw Error(ErrorCode::InvalidArgument, yaml.string() + ": the custom section has no " + key);
      const fs::path p = root / it->second;
      if (!fs::exists(p))
        throw Error(ErrorCode::Io, yaml.string() + ": " + key + " names " + p.string() + ", which does not exist");
      return p.lexically_normal().string();
    };
    ModelPaths paths{path("t2s_weights_path"), path("vits_weights_path"), path("cnhuhbert_base_path"),
                     path("bert_base_path"), {}};
    const fs::path sv = root / "GPT_SoVITS" / "pretrained_models" / "sv" / "pretrained_eres2netv2w24s4ep4.ckpt";
    if (fs::is_regular_file(sv)) paths.speaker = sv.string();
    return paths;
  }

  std::vector<fs::path> places{root};
  for (const fs::path sub : {fs::path("pretrained_models"), fs::path("GPT_SoVITS") / "pretrained_models"})
    if (fs::is_directory(root / sub)) places.push_back(root / sub);
  std::vector<std::string> gpts, sovits, huberts, berts, speakers;
  std::vector<RefusedFile> refusedCkpt, refusedPth;
  auto considerFile = [&](const fs::path& file, bool inSpeakerFolder) {
    const std::string ext = file.extension().string();
    if (ext != ".ckpt" && ext != ".pth") return;
    try {
      const auto identity = checkpoint::identifyModel(checkpoint::loadCheckpoint(file.string()));
      if (identity.kind == checkpoint::ModelKind::Gpt) gpts.push_back(file.string());
      if (identity.kind == checkpoint::ModelKind::Sovits) sovits.push_back(file.string());
      if (identity.kind == checkpoint::ModelKind::SpeakerVerification) speakers.push_back(file.string());
    } catch (const Error& e) {
      // Other files may sit beside the models, so a refusal is only reported
      // when no usable model of that kind turns up.
      if (!inSpeakerFolder) (ext == ".ckpt" ? refusedCkpt : refusedPth).push_back({file.string(), e.code(), e.what()});
    }
  };
  for (const auto& place : places) {
    for (const auto& entry : fs::directory_iterator(place)) {
      if (entry.is_regular_file()) considerFile(entry.path(), false);
      if (!entry.is_directory()) continue;
      const std::string type = modelTypeOf(entry.path());
      if (type == "hubert") huberts.push_back(entry.path().string());
      if (type == "bert") berts.push_back(entry.path().string());
      if (entry.path().filename() == "sv")
        for (const auto& svEntry : fs::directory_iterator(entry.path()))
          if (svEntry.is_regular_file()) considerFile(svEntry.path(), true);
    }
  }
  ModelPaths paths;
  paths.gpt = pickOne(gpts, "GPT model (.ckpt)", folder, true, refusedCkpt);
  paths.sovits = pickOne(sovits, "SoVITS model (.pth)", folder, true, refusedPth);
  paths.hubert = pickOne(huberts, "HuBERT folder (chinese-hubert-base)", folder, true);
  paths.bert = pickOne(berts, "BERT folder (chinese-roberta-wwm-ext-large)", folder, true);
  paths.speaker = pickOne(speakers, "speaker-verification model (ERes2NetV2 .ckpt)", folder, false);
  return paths;
}

}  // namespace timbre::pipeline
