#pragma once
// aux-tiny: HuBERT features from the given waves, BERT token ids and
// hidden_states[-3] from the manifest's sentences, the speaker model's fbank
// and embedding from the given waves (the embedding from Timbre's own fbank).
#include "parity/ParityRunner.h"

namespace timbre::cli::parity {

class AuxiliaryParityRunner : public CaseRunner {
 public:
  AuxiliaryParityRunner(const ParitySet& set, ParityOptions options);
  ~AuxiliaryParityRunner() override;
  CaseOutputs run(const ParityCase& parityCase, std::vector<std::string>& unsupported) override;

 private:
  struct Models;
  const ParitySet& m_set;
  ParityOptions m_options;
  std::unique_ptr<Models> m_models;  // loaded on first use, per section
};

}  // namespace timbre::cli::parity
