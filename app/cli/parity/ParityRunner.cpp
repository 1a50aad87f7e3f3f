#include "parity/ParityRunner.h"

#include "audio/Spectrogram.h"
#include "checkpoint/Checkpoint.h"
#include "checkpoint/ModelIdentity.h"
#include "models/gpt/GptModel.h"
#include "models/sovits/SovitsModel.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <ATen/ATen.h>

#include <regex>

namespace timbre::cli::parity {

namespace gpt = timbre::gpt;
namespace sovits = timbre::sovits;

struct ParityRunner::Models {
  std::map<std::string, std::unique_ptr<gpt::GptModel>> gpt;        // by model file
  std::map<std::string, std::unique_ptr<sovits::SovitsModel>> sovits;
  std::string defaultGpt, defaultSovits;
};

ParityRunner::ParityRunner(const ParitySet& set, ParityOptions options)
    : m_set(set), m_options(std::move(options)), m_models(std::make_unique<Models>()) {
  const at::Device device(m_options.device);
  for (const auto& file : m_set.modelFiles) {
    const auto checkpoint = checkpoint::loadCheckpoint(m_set.pathOf(file));
    const auto identity = checkpoint::identifyModel(checkpoint);
    if (identity.kind == checkpoint::ModelKind::Gpt) {
      m_models->gpt[file] = std::make_unique<gpt::GptModel>(gpt::GptModel::load(checkpoint, device, at::kFloat));
      if (m_models->defaultGpt.empty()) m_models->defaultGpt = file;
    } else if (identity.kind == checkpoint::ModelKind::Sovits) {
      const auto dtype = m_options.halfPrecisionDecoder ? at::kHalf : at::kFloat;
      m_models->sovits[file] = std::make_unique<sovits::SovitsModel>(
          sovits::SovitsModel::load(checkpoint, *identity.sovitsVersion, device, dtype));
      if (m_models->defaultSovits.empty()) m_models->defaultSovits = file;
    }
    if (m_options.log) m_options.log("loaded " + file + " (" + checkpoint::toString(identity.kind) + ")");
  }
}

ParityRunner::~ParityRunner() = default;

namespace {

// Suffixes of numbered per-reference files ("" for a single reference, else "_0", "_1", …).
std::vector<std::string> referenceSuffixes(const ParityCase& c) {
  if (c.hasFile("ref_wav_32k")) return {""};
  std::vector<std::string> suffixes;
  for (int i = 0; c.hasFile("ref_wav_32k_" + std::to_string(i)); ++i) suffixes.push_back("_" + std::to_string(i));
  return suffixes;
}

double number(const nlohmann::json& j, const char* key, double fallback) {
  return j.contains(key) && j[key].is_number() ? j[key].get<double>() : fallback;
}

}  // namespace

CaseOutputs ParityRunner::run(const ParityCase& c, std::vector<std::string>& unsupported) {
  const at::Device device(m_options.device);
  auto input = [&](const std::string& stem) {
    const ParityFile* f = c.file(stem);
    if (!f) throw Error(ErrorCode::InvalidArgument, "parity case '" + c.name + "' lacks input file '" + stem + ".npy'");
    return tensor::readNpy(m_set.pathOf(f->relativePath));
  };
  CaseOutputs out;

  // Reference spectrograms (and the speaker embeddings that go with them).
  std::vector<at::Tensor> refSpecs, svEmbeddings;
  for (const auto& suffix : referenceSuffixes(c)) {
    at::Tensor spec = audio::linearSpectrogram(input("ref_wav_32k" + suffix));
    out["ref_spec" + suffix] = spec;
    refSpecs.push_back(spec.to(device));
    if (c.hasFile("sv_emb" + suffix)) svEmbeddings.push_back(input("sv_emb" + suffix).to(device));
  }

  const std::string sovitsFile =
      c.params.contains("model_file") ? c.params["model_file"].get<std::string>() : m_models->defaultSovits;
  sovits::SovitsModel* decoder = m_models->sovits.count(sovitsFile) ? m_models->sovits[sovitsFile].get() : nullptr;

  // Prompt codes from the SSL features.
  if (c.hasFile("prompt_semantic")) {
    if (!decoder) throw Error(ErrorCode::InvalidArgument, "parity case '" + c.name + "' needs a SoVITS model file");
    out["prompt_semantic"] = decoder->extractLatent(input("ssl_content").to(device)).cpu();
  }

  // GPT runs, one per repetition penalty listed in the manifest.
  if (c.params.contains("gpt")) {
    auto it = m_models->gpt.find(m_models->defaultGpt);
    if (it == m_models->gpt.end()) throw Error(ErrorCode::InvalidArgument, "parity set has no GPT model file");
    gpt::GptInput request;
    request.phones = at::cat({input("phones_prompt"), input("phones_target")}).to(device);
    request.bert = input("bert_features").to(device);
    request.promptTokens = out.at("prompt_semantic")[0][0].to(device);
    for (const auto& [key, run] : c.params["gpt"].items()) {
      gpt::SamplingParams sampling;
      sampling.topK = static_cast<int>(number(c.params, "top_k", 15));
      sampling.topP = number(c.params, "top_p", 1.0);
      sampling.temperature = number(c.params, "temperature", 1.0);
      sampling.repetitionPenalty = number(run, "repetition_penalty", 1.35);
      sampling.earlyStopNum = static_cast<int>(number(c.params, "early_stop_num", -1));
      sampling.seed = static_cast<uint64_t>(number(m_set.manifest, "seed", 0));
      static const std::regex logitsName("gpt_logits_first(\\d+)_(.*)");
      std::string logitsStem;
      for (const auto& f : c.files) {
        std::smatch m;
        if (std::regex_match(f.stem, m, logitsName) && m[2] == key) {
          sampling.recordLogitsSteps = std::stoi(m[1]);
          logitsStem = f.stem;
        }
      }
      const gpt::GptResult result = it->second->generate(request, sampling);
      out["gpt_y_full_" + key] = result.tokensFull.cpu().unsqueeze(0);
      out["gpt_pred_semantic_" + key] = result.predSemantic.cpu().unsqueeze(0);
      if (!logitsStem.empty() && !result.rawLogits.empty()) out[logitsStem] = at::stack(result.rawLogits).cpu();
      if (m_options.log)
        m_options.log(c.name + ": GPT " + key + " → " + std::to_string(result.idx) + " tokens (" + result.stopReason + ")");
    }
  }

  // Decoder runs.
  if (c.params.contains("decode")) {
    if (!decoder) throw Error(ErrorCode::InvalidArgument, "parity case '" + c.name + "' needs a SoVITS model file");
    at::Tensor codes, phones;
    if (c.hasFile("semantic")) {
      codes = input("semantic");
    } else {
      // The core sets decode the GPT output; the manifest says which penalty's.
      std::string key = "rp1.35";
      static const std::regex decodeSource("pred_semantic_(rp[0-9.]+)");
      for (const auto& f : c.files) {
        std::smatch m;
        const std::string desc = f.info.value("desc", "");
        if (f.stem.rfind("dec_wav_", 0) == 0 && std::regex_search(desc, m, decodeSource)) key = m[1];
      }
      if (!out.count("gpt_pred_semantic_" + key))
        throw Error(ErrorCode::InvalidArgument, "parity case '" + c.name + "': no GPT output '" + key + "' to decode");
      codes = out["gpt_pred_semantic_" + key].unsqueeze(0);  // [1,1,T]
    }
    phones = (c.hasFile("phones") ? input("phones") : input("phones_target")).unsqueeze(0);

    for (const auto& [name, run] : c.params["decode"].items()) {
      sovits::DecodeRequest request;
      request.codes = codes.to(device);
      request.phones = phones.to(device);
      request.refSpecs = refSpecs;
      request.svEmbeddings = svEmbeddings;
      request.noiseScale = number(run, "noise_scale", 0.5);
      request.speed = number(run, "speed", 1.0);
      if (c.hasFile("dec_noise_" + name)) request.noise = input("dec_noise_" + name).to(device);
      request.seed = static_cast<uint64_t>(number(run, "torch_seed_before_decode", 0));
      sovits::DecodeTrace trace;
      out["dec_wav_" + name] = decoder->decode(request, &trace).cpu().to(at::kFloat);
      if (c.hasFile("dec_z_" + name)) out["dec_z_" + name] = trace.z.cpu().to(at::kFloat);
      // Intermediates are recorded from the noise-free, normal-speed run.
      if (request.noiseScale == 0.0 && request.speed == 1.0) {
        out["dec_ge"] = trace.ge.cpu();
        out["dec_m_p"] = trace.mP.cpu();
        out["dec_logs_p"] = trace.logsP.cpu();
        out["dec_z"] = trace.z.cpu();
        if (trace.ge512.defined()) out["dec_ge512"] = trace.ge512.cpu();
        const auto suffixes = referenceSuffixes(c);
        for (size_t r = 0; r < suffixes.size(); ++r) {
          if (r < trace.geRefEnc.size()) out["dec_ge_ref_enc" + suffixes[r]] = trace.geRefEnc[r].cpu();
          if (r < trace.svProj.size()) out["dec_sv_proj" + suffixes[r]] = trace.svProj[r].cpu();
          if (suffixes.size() > 1 && r < trace.gePerRef.size()) out["dec_ge" + suffixes[r]] = trace.gePerRef[r].cpu();
        }
      }
    }
  }

  finishCaseOutputs(c, out, unsupported);
  return out;
}

void finishCaseOutputs(const ParityCase& c, CaseOutputs& out, std::vector<std::string>& unsupported) {
  for (auto& [stem, tensor] : out) tensor = tensor.to(at::kCPU).contiguous();
  for (const auto& f : c.files) {
    if (!isParityInput(f.stem) && !out.count(f.stem)) unsupported.push_back(f.relativePath);
  }
  // Only files the manifest lists are outputs of the contract.
  for (auto it = out.begin(); it != out.end();) it = c.hasFile(it->first) ? std::next(it) : out.erase(it);
}

}  // namespace timbre::cli::parity
