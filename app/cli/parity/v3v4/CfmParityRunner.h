#pragma once
// v3-tiny / v4-tiny: SoVITS v3/v4 (SynthesizerTrnV3 + CFM + vocoder) stage by
// stage. Each stage feeds on Timbre's own result of the stage before: the
// reference audio → spectrogram → ge and → mel → CFM prompt; prompt and
// target tokens → features (decode_encp); the GPT for cases that ran it;
// features + the saved CFM noise → mel chunks for every sample_steps value;
// the vocoder; the final int16. LoRA cases merge the fine-tune over the base
// named in the manifest, as the official loader merges it over s2Gv3/s2Gv4.
#include "parity/ParityRunner.h"

namespace timbre::cli::parity::v3v4 {

class CfmParityRunner : public CaseRunner {
 public:
  CfmParityRunner(const ParitySet& set, ParityOptions options);
  ~CfmParityRunner() override;

  CaseOutputs run(const ParityCase& parityCase, std::vector<std::string>& unsupported) override;
  // The limits the sets' manifests suggest (their "tolerances").
  Tolerance tolerance(const std::string& stem, at::ScalarType officialType) const override;

 private:
  struct Models;
  const ParitySet& m_set;
  ParityOptions m_options;
  std::unique_ptr<Models> m_models;
};

// Files the official run was given rather than computed (tokens, phones, BERT,
// the saved noise); everything else in a case is an output.
bool isCfmParityInput(const std::string& stem, const nlohmann::json& caseParams);

}  // namespace timbre::cli::parity::v3v4
