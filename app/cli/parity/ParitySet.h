#pragma once
// A parity set: a folder with weight files, a manifest.json and one sub-folder
// per case holding the official implementation's inputs and outputs as .npy.
// This file knows the layout; ParityRunner knows how to recompute the outputs.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace timbre::cli::parity {

struct ParityFile {
  std::string relativePath;  // as listed in the manifest, e.g. "case0/ref_spec.npy"
  std::string stem;          // file name without folder and ".npy", e.g. "ref_spec"
  nlohmann::json info;       // the manifest entry (shape, dtype, desc, …)
};

struct ParityCase {
  std::string name;              // e.g. "case0", "pro_case1", "hubert/case0", "case0_zh_short"
  nlohmann::json params;         // the manifest's case object without "files"
  std::vector<ParityFile> files;
  bool hasFile(const std::string& stem) const;
  const ParityFile* file(const std::string& stem) const;
};

struct ParitySet {
  // Core: model files + per-stage cases (v2-tiny, v2pro-tiny). Auxiliary: HuBERT,
  // BERT and speaker folders with cases per model (aux-tiny). EndToEnd: a
  // GPT-SoVITS layout with whole requests (e2e-tiny). FlowMatching: v3/v4
  // model files, vocoder and per-stage cases (v3-tiny, v4-tiny).
  enum class Kind { Core, Auxiliary, EndToEnd, FlowMatching };
  Kind kind = Kind::Core;
  std::string directory;
  nlohmann::json manifest;
  std::vector<std::string> modelFiles;  // manifest "model_files" keys, relative to directory
  std::vector<ParityCase> cases;

  std::string pathOf(const std::string& relative) const { return directory + "/" + relative; }
};

// Throws timbre::Error naming the manifest and what is wrong with it.
ParitySet loadParitySet(const std::string& directory);

// True for files that the official run took as given (waveforms, stand-in
// features, phones, injected noise) rather than computed.
bool isParityInput(const std::string& stem);

}  // namespace timbre::cli::parity
