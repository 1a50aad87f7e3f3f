#include "parity/AuxiliaryParityRunner.h"

#include "models/bert/BertModel.h"
#include "models/bert/WordPieceTokenizer.h"
#include "models/hubert/HubertModel.h"
#include "models/speaker/KaldiFbank.h"
#include "models/speaker/SpeakerEncoder.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <ATen/ATen.h>

#include <filesystem>

namespace timbre::cli::parity {

struct AuxiliaryParityRunner::Models {
  std::unique_ptr<hubert::HubertModel> hubert;
  std::unique_ptr<bert::BertModel> bert;
  std::unique_ptr<bert::WordPieceTokenizer> tokenizer;
  std::unique_ptr<speaker::SpeakerEncoder> speaker;
};

AuxiliaryParityRunner::AuxiliaryParityRunner(const ParitySet& set, ParityOptions options)
    : m_set(set), m_options(std::move(options)), m_models(std::make_unique<Models>()) {}

AuxiliaryParityRunner::~AuxiliaryParityRunner() = default;

CaseOutputs AuxiliaryParityRunner::run(const ParityCase& c, std::vector<std::string>& unsupported) {
  const at::Device device(m_options.device);
  const std::string section = c.params.at("section").get<std::string>();
  auto input = [&](const std::string& stem) {
    const ParityFile* f = c.file(stem);
    if (!f) throw Error(ErrorCode::InvalidArgument, "parity case '" + c.name + "' lacks input file '" + stem + "'");
    return tensor::readNpy(m_set.pathOf(f->relativePath)).to(device);
  };
  CaseOutputs out;
  if (section == "hubert") {
    if (!m_models->hubert)
      m_models->hubert = std::make_unique<hubert::HubertModel>(hubert::HubertModel::load(m_set.pathOf("hubert"), device));
    for (const char* suffix : {"", "_normalized"}) {
      const std::string in = std::string("input_values") + suffix;
      if (c.hasFile(in)) out[std::string("last_hidden_state") + suffix] = m_models->hubert->forward(input(in));
    }
  } else if (section == "bert") {
    if (!m_models->bert) {
      m_models->bert = std::make_unique<bert::BertModel>(bert::BertModel::load(m_set.pathOf("bert"), device));
      m_models->tokenizer =
          std::make_unique<bert::WordPieceTokenizer>(bert::WordPieceTokenizer::fromFolder(m_set.pathOf("bert")));
    }
    if (!c.params.contains("case") || !c.params["case"].contains("text"))
      throw Error(ErrorCode::InvalidArgument, "parity case '" + c.name + "' has no sentence in the manifest");
    const std::vector<int64_t> ids = m_models->tokenizer->encode(c.params["case"]["text"].get<std::string>());
    at::Tensor idTensor = at::tensor(ids, at::kLong);
    if (const ParityFile* f = c.file("input_ids"); f && f->info.contains("shape") && f->info["shape"].size() == 2)
      idTensor = idTensor.unsqueeze(0);  // the official file keeps the batch dimension
    out["input_ids"] = idTensor;
    out["hidden_states_m3"] = m_models->bert->hiddenState(ids, -3);
  } else if (section == "eres2net") {
    if (!m_models->speaker) {
      namespace fs = std::filesystem;
      std::string file;
      for (const auto& entry : fs::directory_iterator(m_set.pathOf("eres2net")))
        if (entry.path().extension() == ".ckpt") file = entry.path().string();
      if (file.empty()) throw Error(ErrorCode::InvalidArgument, m_set.pathOf("eres2net") + " holds no .ckpt file");
      m_models->speaker = std::make_unique<speaker::SpeakerEncoder>(speaker::SpeakerEncoder::load(file, device));
    }
    const at::Tensor fbank = speaker::kaldiFbank(input("wave").reshape(-1)).unsqueeze(0);  // [1, T, 80]
    out["fbank"] = fbank;
    out["embedding"] = m_models->speaker->embedFbank(fbank);
  }
  if (m_options.log) m_options.log(c.name + ": " + std::to_string(out.size()) + " outputs");
  finishCaseOutputs(c, out, unsupported);
  return out;
}

}  // namespace timbre::cli::parity
