#pragma once
// e2e-tiny: whole requests through Timbre's pipeline (the same Synthesizer
// `timbre-cli say` uses), models found from the set's GPT-SoVITS layout, and
// every stage output of the official run recomputed: HuBERT input and features,
// prompt codes, spectrograms, phones and BERT features, GPT tokens, decoder
// audio and the final waveform (float and int16).
#include "parity/ParityRunner.h"

namespace timbre::cli::parity {

class EndToEndParityRunner : public CaseRunner {
 public:
  EndToEndParityRunner(const ParitySet& set, ParityOptions options);
  ~EndToEndParityRunner() override;
  CaseOutputs run(const ParityCase& parityCase, std::vector<std::string>& unsupported) override;

 private:
  struct State;
  const ParitySet& m_set;
  ParityOptions m_options;
  std::unique_ptr<State> m_state;
};

}  // namespace timbre::cli::parity
