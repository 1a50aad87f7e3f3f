#include "parity/EndToEndParityRunner.h"

#include "parity/AuxiliaryParityRunner.h"
#include "parity/v3v4/CfmParityRunner.h"

#include "audio/AudioFile.h"
#include "pipeline/ModelFolder.h"
#include "pipeline/ReferenceEncoder.h"
#include "pipeline/Synthesizer.h"
#include "pipeline/VoiceModels.h"
#include "timbre/Error.h"

#include <ATen/ATen.h>

namespace timbre::cli::parity {

struct EndToEndParityRunner::State {
  pipeline::VoiceModels models;
  explicit State(pipeline::VoiceModels m) : models(std::move(m)) {}
};

EndToEndParityRunner::EndToEndParityRunner(const ParitySet& set, ParityOptions options)
    : m_set(set), m_options(std::move(options)) {
  pipeline::DeviceOptions device;
  device.device = at::Device(m_options.device);
  device.halfPrecisionDecoder = m_options.halfPrecisionDecoder;
  m_state = std::make_unique<State>(pipeline::VoiceModels::load(pipeline::findModels(m_set.directory), device));
  if (m_options.log) m_options.log("loaded the models named by " + m_set.directory + "/GPT_SoVITS/configs/tts_infer.yaml");
}

EndToEndParityRunner::~EndToEndParityRunner() = default;

// The official run's parameters (case.json "inputs") as a request.
static pipeline::SynthesisRequest requestFor(const ParitySet& set, const nlohmann::json& in) {
  pipeline::SynthesisRequest r;
  r.text = in.at("text").get<std::string>();
  r.textLang = in.at("text_lang").get<std::string>();
  r.references.push_back(set.pathOf(in.at("ref_audio_path").get<std::string>()));
  for (const auto& aux : in.value("aux_ref_audio_paths", nlohmann::json::array()))
    r.references.push_back(set.pathOf(aux.get<std::string>()));
  r.promptText = in.value("prompt_text", std::string());
  r.promptLang = in.value("prompt_lang", std::string("zh"));
  r.topK = in.value("top_k", 15);
  r.topP = in.value("top_p", 1.0);
  r.temperature = in.value("temperature", 1.0);
  r.repetitionPenalty = in.value("repetition_penalty", 1.35);
  r.speed = in.value("speed_factor", 1.0);
  r.splitMethod = in.value("text_split_method", std::string("cut1"));
  r.fragmentInterval = in.value("fragment_interval", 0.3);
  r.seed = in.value("seed", int64_t(-1));
  // The fixture replaced the decoder's randn by zeros: the prior mean, i.e. noise scale 0.
  r.noiseScale = 0.0;
  return r;
}

CaseOutputs EndToEndParityRunner::run(const ParityCase& c, std::vector<std::string>& unsupported) {
  const pipeline::SynthesisRequest request = requestFor(m_set, c.params.at("inputs"));
  const pipeline::Synthesizer synthesizer(m_state->models);
  const pipeline::SynthesisResult result = synthesizer.synthesize(request);

  CaseOutputs out;
  const at::Tensor hubertInput = pipeline::ReferenceEncoder::hubertInput(audio::readAudioFile(request.references[0]));
  out["hubert_input_16k"] = hubertInput;
  out["hubert_last_hidden_state"] = m_state->models.hubert().forward(hubertInput);
  out["prompt_semantic"] = result.reference.promptCodes;
  out["ref_spec"] = result.reference.refSpec;
  for (std::size_t i = 0; i < result.auxReferences.size(); ++i)
    out["aux_ref_spec" + std::to_string(i + 1)] = result.auxReferences[i].refSpec;
  out["prompt_phones"] = result.promptPhones;
  out["prompt_bert"] = result.promptBert;
  for (std::size_t k = 0; k < result.pieces.size(); ++k) {
    const auto& piece = result.pieces[k];
    const std::string p = "piece" + std::to_string(k) + "_";
    out[p + "phones"] = piece.phones;
    out[p + "bert"] = piece.bert;
    out[p + "semantic"] = piece.semantic;
    out[p + "dec_wav"] = piece.audio;
  }
  out["wav_float32"] = result.audio;
  const std::vector<int16_t> pcm = pipeline::Synthesizer::toInt16(result.audio);
  out["wav_int16"] = at::from_blob(const_cast<int16_t*>(pcm.data()), {int64_t(pcm.size())}, at::kShort).clone();
  if (m_options.log)
    m_options.log(c.name + ": " + std::to_string(result.pieces.size()) + " piece(s), " +
                  std::to_string(result.audio.size(0)) + " samples");
  finishCaseOutputs(c, out, unsupported);
  return out;
}

std::unique_ptr<CaseRunner> makeCaseRunner(const ParitySet& set, ParityOptions options) {
  switch (set.kind) {
    case ParitySet::Kind::Auxiliary: return std::make_unique<AuxiliaryParityRunner>(set, std::move(options));
    case ParitySet::Kind::EndToEnd: return std::make_unique<EndToEndParityRunner>(set, std::move(options));
    case ParitySet::Kind::FlowMatching: return std::make_unique<v3v4::CfmParityRunner>(set, std::move(options));
    case ParitySet::Kind::Core: break;
  }
  return std::make_unique<ParityRunner>(set, std::move(options));
}

}  // namespace timbre::cli::parity
