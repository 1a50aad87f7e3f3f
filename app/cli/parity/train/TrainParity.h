#pragma once
// Parity with a training fixture set (the layout of ../shared/fixtures/train-tiny):
// manifest.json lists every file with a role — "input" (given data or injected
// randomness), "index" (digest positions) or "expected" (what the official
// trainer computed). Each stage recomputes the expected files it knows from the
// inputs, under the same relative names, and judges each against the official
// file with the manifest's tolerance for it.
#include "parity/ParityCheck.h"
#include "training/common/TensorDigest.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace timbre::cli::parity::train {

struct Output {
  at::Tensor tensor;                  // written as .npy when defined
  std::optional<std::string> bytes;   // written as is otherwise (WAV, text, TSV, pickle)
  std::optional<CheckResult> verdict; // against the official file, when the set has it
};
// Relative path (as in manifest "files") -> recomputed content.
using Outputs = std::map<std::string, Output>;

struct Context {
  std::string directory;
  nlohmann::json manifest;
  std::string device = "cpu";
  std::function<void(const std::string&)> log;  // may be empty

  std::string pathOf(const std::string& relative) const { return directory + "/" + relative; }
  bool has(const std::string& relative) const;  // listed in manifest "files"
  at::Tensor npy(const std::string& relative) const;
  std::string bytes(const std::string& relative) const;
  // The manifest's tolerance text of a file ("exact" when it gives none).
  std::string toleranceOf(const std::string& relative) const;
  void note(const std::string& message) const {
    if (log) log(message);
  }
};

// True when the folder's manifest has the training layout.
bool isTrainingSet(const nlohmann::json& manifest);

// Verdicts the stages share.
CheckResult verdict(bool passed, double error, std::string detail);
// Byte equality, naming the first differing offset.
CheckResult compareBytes(const std::string& actual, const std::string& official);
// A tensor against the manifest's rule: "exact", "abs X", or "rel X" (relative
// to the official tensor's peak, as for spectrograms).
CheckResult compareByRule(const at::Tensor& actual, const at::Tensor& official, const std::string& rule);
// Digest mismatches as one verdict; its error is in units of the limit.
CheckResult fromMismatches(const std::vector<training::DigestMismatch>& mismatches, const std::string& rule);

// Each stage, in its own file:
void computePrep(const Context& context, Outputs& outputs);                                   // prep/*
void computeSovits(const Context& context, const std::string& version, Outputs& outputs);    // sovits_<version>/*, sovits_data/*
void computeGpt(const Context& context, Outputs& outputs);                                    // gpt/*

}  // namespace timbre::cli::parity::train
