#pragma once
// Every model one synthesis needs, loaded once and shared by all requests:
// GPT, SoVITS, HuBERT, BERT with its tokenizer, and (v2Pro/v2ProPlus) the
// ERes2NetV2 speaker encoder.
#include "checkpoint/ModelIdentity.h"
#include "models/bert/BertModel.h"
#include "models/bert/WordPieceTokenizer.h"
#include "models/gpt/GptModel.h"
#include "models/hubert/HubertModel.h"
#include "models/sovits/SovitsModel.h"
#include "pipeline/ModelFolder.h"

#include <ATen/ATen.h>

#include <memory>
#include <optional>
#include <string>

namespace timbre::speaker {
class SpeakerEncoder;
}

namespace timbre::pipeline {

struct DeviceOptions {
  at::Device device = at::kCPU;
  bool halfPrecisionDecoder = false;  // fp16 SoVITS (CUDA only); GPT, HuBERT and BERT stay fp32
};

class VoiceModels {
 public:
  // Loads and cross-checks the set: a SoVITS v3/v4 file is refused by name, the
  // GPT's phone vocabulary must match the SoVITS phone table, HuBERT's width must
  // be what the SoVITS ssl projection takes, BERT's what the GPT projects, and a
  // v2Pro/v2ProPlus SoVITS needs the speaker model. Throws timbre::Error
  // (ModelMismatch, UnsupportedFormat, Io, CorruptFile) naming the file.
  static VoiceModels load(const ModelPaths& paths, const DeviceOptions& options = {});

  const ModelPaths& paths() const { return m_paths; }
  checkpoint::SovitsVersion version() const { return m_version; }
  const gpt::GptModel& gpt() const { return *m_gpt; }
  const sovits::SovitsModel& sovits() const { return *m_sovits; }
  const hubert::HubertModel& hubert() const { return *m_hubert; }
  const bert::BertModel& bert() const { return *m_bert; }
  const bert::WordPieceTokenizer& tokenizer() const { return *m_tokenizer; }
  const speaker::SpeakerEncoder* speaker() const { return m_speaker.get(); }
  bool needsSpeakerEmbedding() const;
  // "v1" phone table for v1 models, "v2" otherwise.
  bool usesV1Phones() const { return m_version == checkpoint::SovitsVersion::V1; }
  // [vocab] float: each semantic token's similarity to the mute token (the
  // pause rule of token streaming), computed once from the GPT at load.
  const at::Tensor& muteSimilarity() const { return m_muteSimilarity; }
  // Identifies the weights that shape reference features (for the reference cache).
  const std::string& referenceModelKey() const { return m_referenceModelKey; }

  VoiceModels(VoiceModels&&) noexcept;
  VoiceModels& operator=(VoiceModels&&) noexcept;
  ~VoiceModels();

 private:
  VoiceModels() = default;
  ModelPaths m_paths;
  checkpoint::SovitsVersion m_version = checkpoint::SovitsVersion::V2;
  std::unique_ptr<gpt::GptModel> m_gpt;
  std::unique_ptr<sovits::SovitsModel> m_sovits;
  std::unique_ptr<hubert::HubertModel> m_hubert;
  std::unique_ptr<bert::BertModel> m_bert;
  std::unique_ptr<bert::WordPieceTokenizer> m_tokenizer;
  std::unique_ptr<speaker::SpeakerEncoder> m_speaker;
  std::string m_referenceModelKey;
  at::Tensor m_muteSimilarity;
};

}  // namespace timbre::pipeline
