#pragma once
// Recomputes every output file of a parity set from its weight files, its
// input files and the parameters in its manifest, the way the official
// pipeline computed them: each stage feeds on Timbre's own result of the stage
// before (spectrogram → decoder, prompt codes → GPT → decoder).
#include "parity/ParitySet.h"

#include <ATen/core/Tensor.h>

#include <functional>
#include <map>
#include <string>

namespace timbre::cli::parity {

struct ParityOptions {
  std::string device = "cpu";  // "cpu" or "cuda"
  bool halfPrecisionDecoder = false;
  std::function<void(const std::string&)> log;  // progress lines; may be empty
};

// Output stem → tensor, for one case.
using CaseOutputs = std::map<std::string, at::Tensor>;

class ParityRunner {
 public:
  ParityRunner(const ParitySet& set, ParityOptions options);
  ~ParityRunner();

  // Computes every output file of the case that Timbre knows how to produce;
  // `unsupported` receives the stems it cannot (reported, never silently skipped).
  CaseOutputs run(const ParityCase& parityCase, std::vector<std::string>& unsupported);

 private:
  struct Models;
  const ParitySet& m_set;
  ParityOptions m_options;
  std::unique_ptr<Models> m_models;
};

}  // namespace timbre::cli::parity
