#pragma once
// Recomputes every output file of a parity set from its weight files, its
// input files and the parameters in its manifest, the way the official
// pipeline computed them: each stage feeds on Timbre's own result of the stage
// before (spectrogram → decoder, prompt codes → GPT → decoder).
#include "parity/ParityCheck.h"
#include "parity/ParitySet.h"

#include <ATen/core/Tensor.h>

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace timbre::cli::parity {

struct ParityOptions {
  std::string device = "cpu";  // "cpu" or "cuda"
  bool halfPrecisionDecoder = false;
  std::function<void(const std::string&)> log;  // progress lines; may be empty
};

// Output stem → tensor, for one case.
using CaseOutputs = std::map<std::string, at::Tensor>;

// Recomputes the outputs of one case of a set.
class CaseRunner {
 public:
  virtual ~CaseRunner() = default;
  // Computes every output file of the case that Timbre knows how to produce;
  // `unsupported` receives the files it cannot (reported, never silently skipped).
  virtual CaseOutputs run(const ParityCase& parityCase, std::vector<std::string>& unsupported) = 0;
  // The rule an output is checked by (ParityCheck.h's by default; a set kind
  // whose manifest suggests other limits overrides it).
  virtual Tolerance tolerance(const std::string& stem, at::ScalarType officialType) const {
    return toleranceFor(stem, officialType);
  }
};

// The runner for the set's kind (ParityRunner, AuxiliaryParityRunner, EndToEndParityRunner).
std::unique_ptr<CaseRunner> makeCaseRunner(const ParitySet& set, ParityOptions options);

// Keeps the files the manifest lists as outputs, reports the ones not produced.
void finishCaseOutputs(const ParityCase& parityCase, CaseOutputs& outputs, std::vector<std::string>& unsupported);

// The core sets: model files plus per-stage inputs.
class ParityRunner : public CaseRunner {
 public:
  ParityRunner(const ParitySet& set, ParityOptions options);
  ~ParityRunner() override;

  CaseOutputs run(const ParityCase& parityCase, std::vector<std::string>& unsupported) override;

 private:
  struct Models;
  const ParitySet& m_set;
  ParityOptions m_options;
  std::unique_ptr<Models> m_models;
};

}  // namespace timbre::cli::parity
