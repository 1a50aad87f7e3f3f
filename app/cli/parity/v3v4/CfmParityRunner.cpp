#include "parity/v3v4/CfmParityRunner.h"

#include "audio/AudioFile.h"
#include "checkpoint/Checkpoint.h"
#include "checkpoint/ModelIdentity.h"
#include "models/cfm/BatchedSynthesis.h"
#include "models/cfm/ChunkedSynthesis.h"
#include "models/cfm/LoraMerge.h"
#include "models/cfm/SovitsV3Model.h"
#include "models/cfm/VocoderSynthesis.h"
#include "models/gpt/GptModel.h"
#include "models/vocoder/Vocoder.h"
#include "pipeline/Synthesizer.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <ATen/ATen.h>

#include <filesystem>
#include <regex>

namespace timbre::cli::parity::v3v4 {

namespace fs = std::filesystem;

struct CfmParityRunner::Models {
  sovits::SovitsVersion version = sovits::SovitsVersion::V4;
  std::map<std::string, std::unique_ptr<cfm::SovitsV3Model>> sovits;  // by model file
  std::map<std::string, checkpoint::Checkpoint> mergedLora;          // by LoRA file (for the merged weights)
  std::unique_ptr<gpt::GptModel> gpt;
  std::unique_ptr<vocoder::Vocoder> vocoder;
};

namespace {

// The manifest's "base_model" starts with the base's file name ("sovits.pth (…)").
std::string loraBaseFile(const nlohmann::json& info) {
  const std::string text = info.value("base_model", std::string());
  return text.substr(0, text.find(' '));
}

std::string vocoderPath(const ParitySet& set) {
  for (const auto& file : set.modelFiles) {
    if (file.size() >= 11 && file.compare(file.size() - 11, 11, "vocoder.pth") == 0) return set.pathOf(file);
    if (file.find("bigvgan") != std::string::npos) return set.pathOf(fs::path(file).parent_path().string());
  }
  throw Error(ErrorCode::InvalidArgument, "parity set '" + set.directory + "' lists no vocoder");
}

std::optional<double> numberInDescription(const std::string& desc, const std::string& key) {
  std::smatch m;
  if (std::regex_search(desc, m, std::regex(key + "=([0-9.]+)"))) return std::stod(m[1]);
  return std::nullopt;
}

// A clip the manifest names as "shared/audio/…": the sets sit somewhere below
// the folder that holds shared/, so the first ancestor where it exists wins.
std::string sharedClipPath(const std::string& setDirectory, const std::string& relative) {
  std::error_code ec;
  for (fs::path dir = fs::absolute(setDirectory); ; dir = dir.parent_path()) {
    if (fs::is_regular_file(dir / relative, ec)) return (dir / relative).string();
    if (dir == dir.parent_path()) break;
  }
  throw Error(ErrorCode::Io, "parity set '" + setDirectory + "': reference clip '" + relative +
                                 "' is not below any folder above the set");
}

}  // namespace

bool isCfmParityInput(const std::string& stem, const nlohmann::json& params) {
  static const std::regex inputs("prompt_semantic|prompt_phones|target_phones_\\d+|bert_features|c\\d+_noise|b_noise");
  if (std::regex_match(stem, inputs)) return true;
  // Target tokens are given unless the case ran the GPT (then sentence 0 is its output).
  const bool gpt = params.contains("inputs") && params["inputs"].value("gpt", false);
  return std::regex_match(stem, std::regex("target_semantic_\\d+")) && !(gpt && stem == "target_semantic_0");
}

CfmParityRunner::CfmParityRunner(const ParitySet& set, ParityOptions options)
    : m_set(set), m_options(std::move(options)), m_models(std::make_unique<Models>()) {
  const at::Device device(m_options.device);
  const auto parsed = checkpoint::parseSovitsVersion(m_set.manifest.value("version", std::string()));
  if (!parsed || !sovits::usesFlowMatching(*parsed))
    throw Error(ErrorCode::InvalidArgument, "parity set '" + m_set.directory + "' is not a v3/v4 set");
  m_models->version = *parsed;
  for (const auto& file : m_set.modelFiles) {
    const std::string path = m_set.pathOf(file);
    if (file.size() < 4 || (file.compare(file.size() - 4, 4, ".pth") != 0 && file.compare(file.size() - 5, 5, ".ckpt") != 0))
      continue;
    if (file.find("vocoder") != std::string::npos || file.find("bigvgan") != std::string::npos) continue;
    const checkpoint::Checkpoint ckpt = checkpoint::loadCheckpoint(path);
    const checkpoint::ModelIdentity identity = checkpoint::identifyModel(ckpt);
    if (identity.kind == checkpoint::ModelKind::Gpt) {
      m_models->gpt = std::make_unique<gpt::GptModel>(gpt::GptModel::load(ckpt, device, at::kFloat));
    } else if (identity.kind == checkpoint::ModelKind::Sovits && identity.lora) {
      const std::string base = loraBaseFile(m_set.manifest["model_files"][file]);
      checkpoint::Checkpoint merged = cfm::mergeLora(checkpoint::loadCheckpoint(m_set.pathOf(base)), ckpt);
      m_models->sovits[file] =
          std::make_unique<cfm::SovitsV3Model>(cfm::SovitsV3Model::load(merged, m_models->version, device));
      m_models->mergedLora.emplace(file, std::move(merged));
    } else {
      // Full v3/v4 files carry no header (spec §9.1): the set's version decides.
      m_models->sovits[file] =
          std::make_unique<cfm::SovitsV3Model>(cfm::SovitsV3Model::load(ckpt, m_models->version, device));
    }
    if (m_options.log) m_options.log("loaded " + file + " (" + checkpoint::toString(identity.kind) + ")");
  }
  m_models->vocoder = vocoder::loadVocoder(vocoderPath(m_set), m_models->version, device);
  if (m_options.log) m_options.log("loaded the vocoder");
}

CfmParityRunner::~CfmParityRunner() = default;

CaseOutputs CfmParityRunner::run(const ParityCase& c, std::vector<std::string>& unsupported) {
  const at::Device device(m_options.device);
  auto fileTensor = [&](const std::string& relative) { return tensor::readNpy(m_set.pathOf(relative)); };
  auto input = [&](const std::string& stem) {
    const ParityFile* f = c.file(stem);
    if (!f) throw Error(ErrorCode::InvalidArgument, "parity case '" + c.name + "' lacks input file '" + stem + ".npy'");
    return fileTensor(f->relativePath);
  };
  CaseOutputs out;

  const std::string modelFile = c.params.value("model_file", std::string("sovits.pth"));
  if (!m_models->sovits.count(modelFile))
    throw Error(ErrorCode::InvalidArgument, "parity case '" + c.name + "' names an unknown model '" + modelFile + "'");
  const cfm::SovitsV3Model& model = *m_models->sovits[modelFile];

  const auto& ref = c.params.at("reference");
  const std::string refPath = ref.value("kind", std::string()) == "clip"
                                  ? sharedClipPath(m_set.directory, ref.at("rel").get<std::string>())
                                  : m_set.pathOf(c.name + "/" + ref.at("rel").get<std::string>());
  const audio::AudioBuffer refAudio = audio::readAudioFile(refPath);

  // ge, the reference mel and the prompt features (decode_encp of the prompt).
  const cfm::CfmReference reference = cfm::prepareCfmReference(
      model, refAudio, input("prompt_semantic").view({1, 1, -1}), input("prompt_phones").view({1, -1}));
  out["ge"] = reference.ge;
  out["ref_audio_mel_in"] = reference.melInput;
  out["ref_mel_log"] = reference.melLog;
  out["fea_ref_full"] = reference.featuresRef;
  out["mel2"] = reference.prompt.mel;
  const cfm::CfmPrompt& prompt = reference.prompt;

  // Target tokens: the GPT's own for cases that ran it, else the given sentences, concatenated.
  std::vector<at::Tensor> tokens, phones;
  for (int i = 0; c.hasFile("target_phones_" + std::to_string(i)); ++i) {
    phones.push_back(input("target_phones_" + std::to_string(i)));
    if (c.hasFile("gpt_y_full") && i == 0) {
      if (!m_models->gpt) throw Error(ErrorCode::InvalidArgument, "parity case '" + c.name + "' needs the GPT");
      const std::string desc = c.file("gpt_y_full")->info.value("desc", std::string());
      gpt::GptInput request;
      request.phones = at::cat({input("prompt_phones"), phones.back()}).to(device);
      request.bert = input("bert_features").to(device);
      request.promptTokens = input("prompt_semantic").to(device);
      gpt::SamplingParams sampling;
      sampling.topK = int(numberInDescription(desc, "top_k").value_or(1));
      sampling.topP = numberInDescription(desc, "top_p").value_or(1.0);
      sampling.temperature = numberInDescription(desc, "temperature").value_or(1.0);
      sampling.repetitionPenalty = numberInDescription(desc, "repetition_penalty").value_or(1.35);
      sampling.earlyStopNum = int(numberInDescription(desc, "early_stop_num").value_or(-1));
      const gpt::GptResult result = m_models->gpt->generate(request, sampling);
      out["gpt_y_full"] = result.tokensFull.unsqueeze(0);
      out["target_semantic_0"] = result.predSemantic;
      tokens.push_back(result.predSemantic);
    } else {
      tokens.push_back(input("target_semantic_" + std::to_string(i)));
    }
  }
  const double speed = c.params.value("speed", 1.0);
  const at::Tensor targetCodes = at::cat(tokens).view({1, 1, -1}), targetPhones = at::cat(phones).view({1, -1});
  const cfm::SovitsV3Model::Features todo = model.encode(targetCodes, targetPhones, reference.ge, speed);
  out["fea_todo_encp_x"] = todo.encoderHidden;
  out["fea_todo"] = todo.features;


  // The serial path, once per sample_steps value, with the saved noise of each chunk.
  auto noiseFor = [&](int64_t chunk, int64_t frames) {
    const std::string stem = "c" + std::to_string(chunk) + "_noise";
    if (c.hasFile(stem)) return input(stem).to(device);
    // A case that reused another case's run (lora_case0: case0's noise) finds it there.
    for (const auto& other : m_set.cases)
      if (const ParityFile* f = other.file(stem); f && f->info.contains("shape") && f->info["shape"].back() == frames)
        return fileTensor(f->relativePath).to(device);
    throw Error(ErrorCode::InvalidArgument, "parity case '" + c.name + "' has no saved noise for chunk " + std::to_string(chunk));
  };
  const int mainSteps = c.params.value("main_steps", 8);
  for (const auto& [key, _] : c.params.at("serial").items()) {
    const int steps = std::stoi(key.substr(key.find('_') + 1));
    const std::string prefix = "s" + std::to_string(steps);
    const bool vocode = steps == mainSteps && (c.hasFile(prefix + "_wav") || c.hasFile("final_int16"));
    cfm::CfmSynthesisTrace trace;
    at::Tensor wav;
    if (vocode) {
      cfm::CfmSynthesisOptions options;
      options.sampleSteps = steps;
      options.speed = speed;
      options.noise = noiseFor;
      wav = cfm::synthesizeWithVocoder(model, *m_models->vocoder, reference, targetCodes, targetPhones, options, &trace);
    } else {
      trace.chunks = cfm::synthesizeMelChunks(model.dit(), prompt, todo.features, steps, noiseFor,
                                              steps == mainSteps ? &trace.firstStep : nullptr);
    }
    for (size_t k = 0; k < trace.chunks.size(); ++k) out[prefix + "_c" + std::to_string(k) + "_out"] = trace.chunks[k];
    if (steps != mainSteps) continue;
    out["dit_c0_text_embed"] = trace.firstStep.text;
    out["dit_c0_time_embed"] = trace.firstStep.time0;
    out["dit_c0_d_embed"] = trace.firstStep.step;
    out["dit_c0_v0"] = trace.firstStep.velocity0;
    if (!vocode) continue;
    out[prefix + "_wav"] = wav;
    // audio_postprocess: divide by the peak above 1, then int(32000 · 0.3) zeros (the SoVITS config's rate).
    const double peak = wav.abs().max().item<double>();
    const at::Tensor fragment = peak > 1.0 ? wav / peak : wav;
    const at::Tensor padded = at::cat({fragment, at::zeros({int64_t(32000 * 0.3)}, at::kFloat)});
    const std::vector<int16_t> pcm = pipeline::Synthesizer::toInt16(padded);
    out["final_int16"] = at::tensor(at::ArrayRef<int16_t>(pcm), at::kShort);
  }

  // The parallel path: one decode_encp per sentence, overlapping windows, one batched CFM call, SOLA.
  if (c.params.contains("batched")) {
    const auto& batched = c.params["batched"];
    std::vector<at::Tensor> perSentence;
    std::vector<int64_t> sentenceFrames;
    for (size_t i = 0; i < tokens.size(); ++i) {
      perSentence.push_back(model.encode(tokens[i].view({1, 1, -1}), phones[i].view({1, -1}), reference.ge, speed).features);
      sentenceFrames.push_back(perSentence.back().size(2));
    }
    const at::Tensor feats = at::cat(perSentence, 2);
    out["b_fea_per_sentence"] = feats;
    const cfm::FeatureWindows windows = cfm::cutFeatureWindows(feats, prompt.chunkFrames);
    const at::Tensor mels = cfm::synthesizeMelWindows(model.dit(), prompt, windows.windows,
                                                      batched.value("sample_steps", 32), input("b_noise").to(device));
    out["b_cfm_out"] = mels;
    const std::vector<at::Tensor> fragments =
        cfm::vocodeWindows(*m_models->vocoder, mels, sentenceFrames, windows.paddingFrames);
    for (size_t i = 0; i < fragments.size(); ++i) out["b_frag_" + std::to_string(i)] = fragments[i];
  }

  // LoRA: the merged weights of the first DiT block.
  if (auto it = m_models->mergedLora.find(modelFile); it != m_models->mergedLora.end()) {
    out["lora_merged_b0_to_q_weight"] = it->second.tensor("cfm.estimator.transformer_blocks.0.attn.to_q.weight").to(at::kFloat);
    out["lora_merged_b0_to_out0_weight"] =
        it->second.tensor("cfm.estimator.transformer_blocks.0.attn.to_out.0.weight").to(at::kFloat);
  }
  if (m_options.log) m_options.log(c.name + ": " + std::to_string(out.size()) + " outputs");

  for (auto& [stem, t] : out) t = t.to(at::kCPU).contiguous();
  for (const auto& f : c.files)
    if (!isCfmParityInput(f.stem, c.params) && !out.count(f.stem)) unsupported.push_back(f.relativePath);
  for (auto it = out.begin(); it != out.end();) it = c.hasFile(it->first) ? std::next(it) : out.erase(it);
  return out;
}

Tolerance CfmParityRunner::tolerance(const std::string& stem, at::ScalarType officialType) const {
  using K = Tolerance::Kind;
  if (stem == "final_int16") return {K::Absolute, 2.0};
  if (!at::isFloatingType(officialType)) return {K::Exact, 0.0};
  if (stem == "ge" || stem == "ref_audio_mel_in") return {K::Absolute, 1e-5};
  if (stem.rfind("lora_merged_", 0) == 0) return {K::Absolute, 1e-6};
  if (std::regex_match(stem, std::regex("s32_c\\d+_out"))) return {K::Absolute, 2e-3};
  if (std::regex_match(stem, std::regex("(s\\d+_c\\d+_out|b_cfm_out|s\\d+_wav|b_frag_\\d+)"))) return {K::Absolute, 1e-3};
  return {K::Absolute, 1e-4};  // ref_mel_log, mel2, fea_*, dit_c0_*
}

}  // namespace timbre::cli::parity::v3v4
