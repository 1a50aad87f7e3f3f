#include "parity/train/TrainParityRunner.h"

#include "parity/train/TrainParity.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace timbre::cli::parity::train {

namespace {

namespace fs = std::filesystem;

nlohmann::json readManifest(const std::string& setDir) {
  const std::string path = setDir + "/manifest.json";
  std::ifstream in(path);
  if (!in) throw Error(ErrorCode::Io, path + ": cannot be read");
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::CorruptFile, path + ": " + e.what());
  }
}

void writeOutput(const fs::path& target, const Output& output) {
  fs::create_directories(target.parent_path());
  if (output.tensor.defined()) {
    tensor::writeNpy(target.string(), output.tensor);
    return;
  }
  std::ofstream out(target, std::ios::binary | std::ios::trunc);
  out.write(output.bytes->data(), std::streamsize(output.bytes->size()));
  if (!out) throw Error(ErrorCode::Io, target.string() + ": cannot be written");
}

bool wanted(const RunOptions& options, const std::string& stage) {
  return options.onlyStages.empty() ||
         std::find(options.onlyStages.begin(), options.onlyStages.end(), stage) != options.onlyStages.end();
}

// sovits_data/ serves every SoVITS version: it runs when any of them does.
bool stageRan(const RunOptions& options, const nlohmann::json& manifest, const std::string& stage) {
  if (stage != "sovits") return wanted(options, stage);
  for (const auto& [key, value] : manifest.items())
    if (key.rfind("sovits_v", 0) == 0 && wanted(options, key)) return true;
  return false;
}

// The stage a file belongs to, from its folder: prep/, sovits_<version>/, sovits_data/, gpt/.
std::string stageOf(const std::string& relative) {
  const std::string folder = relative.substr(0, relative.find('/'));
  return folder == "sovits_data" ? "sovits" : folder;
}

}  // namespace

int runTrainingParity(const RunOptions& options) {
  Context context;
  context.directory = options.setDir;
  context.manifest = readManifest(options.setDir);
  context.device = options.device;
  context.log = options.log;

  Outputs outputs;
  if (wanted(options, "prep")) computePrep(context, outputs);
  // Every SoVITS version the set has a folder for (sovits_v2, sovits_v2Pro, …).
  for (const auto& [key, value] : context.manifest.items()) {
    if (key.rfind("sovits_v", 0) != 0 || !wanted(options, key)) continue;
    computeSovits(context, key.substr(std::string("sovits_").size()), outputs);
  }
  if (wanted(options, "gpt")) computeGpt(context, outputs);

  int written = 0, failed = 0, missing = 0;
  for (const auto& [relative, info] : context.manifest["files"].items()) {
    if (info.value("role", "") != "expected") continue;
    if (!stageRan(options, context.manifest, stageOf(relative))) continue;
    auto it = outputs.find(relative);
    if (it == outputs.end()) {
      ++missing;
      std::printf("%-4s %-64s not produced by this version of Timbre\n", "MISS", relative.c_str());
      continue;
    }
    writeOutput(fs::path(options.outDir) / relative, it->second);
    ++written;
    if (!options.check) continue;
    if (!it->second.verdict) {
      ++failed;
      std::printf("%-4s %-64s no verdict (the stage did not compare it)\n", "FAIL", relative.c_str());
      continue;
    }
    const CheckResult& verdict = *it->second.verdict;
    if (!verdict.passed) ++failed;
    std::printf("%-4s %-64s err %-10.3g %s\n", verdict.passed ? "ok" : "FAIL", relative.c_str(), verdict.error,
                verdict.detail.c_str());
  }
  std::fflush(stdout);
  std::cerr << "parity: wrote " << written << " files to " << options.outDir;
  if (options.check) std::cerr << ", " << failed << " outside tolerance";
  std::cerr << ", " << missing << " not produced\n";
  return (failed || missing) ? 1 : 0;
}

}  // namespace timbre::cli::parity::train
