// timbre-cli parity SET_DIR --out OUT_DIR [--check]
// Recomputes every output file of every case of a parity set (same relative
// names, .npy) and optionally compares them with the official files.
#include "CommandRegistry.h"
#include "parity/ParityCheck.h"
#include "parity/ParityRunner.h"
#include "parity/ParitySet.h"
#include "parity/train/TrainParity.h"
#include "parity/train/TrainParityRunner.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

namespace timbre::cli {

namespace {

struct ParityArgs {
  std::string setDir;
  std::string outDir;
  bool check = false;
  bool quiet = false;
  std::string device = "cpu";
  bool halfDecoder = false;
  std::vector<std::string> onlyCases;
};

bool isTrainingSetFolder(const std::string& setDir) {
  std::ifstream in(setDir + "/manifest.json");
  if (!in) return false;
  const nlohmann::json manifest = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  return parity::train::isTrainingSet(manifest);
}

int runParity(const ParityArgs& args) {
  namespace fs = std::filesystem;
  if (isTrainingSetFolder(args.setDir)) {
    // A training set: --case names stages (prep, sovits_v2, sovits_v2Pro, gpt).
    parity::train::RunOptions options;
    options.setDir = args.setDir;
    options.outDir = args.outDir;
    options.device = args.device;
    options.check = args.check;
    options.onlyStages = args.onlyCases;
    if (!args.quiet) options.log = [](const std::string& line) { std::cerr << "  " << line << "\n"; };
    return parity::train::runTrainingParity(options);
  }
  const parity::ParitySet set = parity::loadParitySet(args.setDir);
  parity::ParityOptions options;
  options.device = args.device;
  options.halfPrecisionDecoder = args.halfDecoder;
  if (!args.quiet) options.log = [](const std::string& line) { std::cerr << "  " << line << "\n"; };
  const std::unique_ptr<parity::CaseRunner> runner = parity::makeCaseRunner(set, options);

  int written = 0, failed = 0, missing = 0;
  for (const auto& c : set.cases) {
    if (!args.onlyCases.empty() &&
        std::find(args.onlyCases.begin(), args.onlyCases.end(), c.name) == args.onlyCases.end())
      continue;
    std::vector<std::string> unsupported;
    const parity::CaseOutputs outputs = runner->run(c, unsupported);
    for (const auto& f : c.files) {
      auto it = outputs.find(f.stem);
      if (it == outputs.end()) continue;
      const fs::path target = fs::path(args.outDir) / f.relativePath;
      fs::create_directories(target.parent_path());
      tensor::writeNpy(target.string(), it->second);
      ++written;
      if (!args.check) continue;
      const at::Tensor official = tensor::readNpy(set.pathOf(f.relativePath));
      const parity::Tolerance tolerance = runner->tolerance(f.stem, official.scalar_type());
      const parity::CheckResult result = parity::compareOutput(it->second, official, tolerance);
      if (!result.passed) ++failed;
      std::printf("%-4s %-48s %-10s err %-10.3g %s\n", result.passed ? "ok" : "FAIL", f.relativePath.c_str(),
                  tolerance.describe().c_str(), result.error, result.detail.c_str());
    }
    for (const auto& name : unsupported) {
      ++missing;
      std::printf("%-4s %-48s not produced by this version of Timbre\n", "MISS", name.c_str());
    }
  }
  std::fflush(stdout);
  std::cerr << "parity: wrote " << written << " files to " << args.outDir;
  if (args.check) std::cerr << ", " << failed << " outside tolerance";
  std::cerr << ", " << missing << " not produced\n";
  return (failed || missing) ? kExitFailure : kExitOk;
}

}  // namespace

void registerParityCommand(CLI::App& app, CommandList& commands) {
  auto args = std::make_shared<ParityArgs>();
  auto* sub = app.add_subcommand("parity", "Reproduce the outputs of a GPT-SoVITS parity fixture set");
  sub->add_option("set", args->setDir, "Folder with manifest.json, the weight files and one folder per case")
      ->required()
      ->check(CLI::ExistingDirectory);
  sub->add_option("--out", args->outDir, "Folder to write the recomputed .npy files into")->required();
  sub->add_flag("--check", args->check, "Compare every output with the official file and print the verdicts");
  sub->add_option("--case", args->onlyCases, "Only run these cases, or for a training set these stages: prep, sovits_v2, sovits_v2Pro, gpt (repeatable)");
  sub->add_option("--device", args->device, "cpu or cuda")->check(CLI::IsMember({"cpu", "cuda"}));
  sub->add_flag("--half-decoder", args->halfDecoder, "Run the SoVITS decoder in fp16 (CUDA)");
  sub->add_flag("-q,--quiet", args->quiet, "No progress lines on stderr");
  commands.push_back({sub, [args] { return runParity(*args); }});
}

}  // namespace timbre::cli
