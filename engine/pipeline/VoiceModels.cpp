#include "pipeline/VoiceModels.h"

#include "pipeline/TokenChunker.h"

#include "checkpoint/Checkpoint.h"
#include "models/speaker/SpeakerEncoder.h"
#include "timbre/Error.h"

#include <filesystem>
#include <fstream>

namespace timbre::pipeline {
namespace {

// MD5 of the first 8 KiB and the size of a weight file (for a model folder: of
// its weight file), cheap enough to compute on every load.
std::string fingerprint(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path file(path);
  if (fs::is_directory(file))
    for (const char* name : {"model.safetensors", "pytorch_model.bin"})
      if (fs::is_regular_file(file / name)) {
        file /= name;
        break;
      }
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorCode::Io, "cannot read " + file.string());
  std::vector<uint8_t> head(8192);
  in.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return checkpoint::md5OfFirst8KiB(head.data(), head.size()) + ":" + std::to_string(fs::file_size(file));
}

}  // namespace

VoiceModels::VoiceModels(VoiceModels&&) noexcept = default;
VoiceModels& VoiceModels::operator=(VoiceModels&&) noexcept = default;
VoiceModels::~VoiceModels() = default;

bool VoiceModels::needsSpeakerEmbedding() const {
  return m_version == checkpoint::SovitsVersion::V2Pro || m_version == checkpoint::SovitsVersion::V2ProPlus;
}

VoiceModels VoiceModels::load(const ModelPaths& paths, const DeviceOptions& options) {
  VoiceModels m;
  m.m_paths = paths;
  const at::Device device = options.device;

  const checkpoint::Checkpoint sovitsFile = checkpoint::loadCheckpoint(paths.sovits);
  const checkpoint::ModelIdentity sovitsId = checkpoint::identifyModel(sovitsFile);
  if (sovitsId.kind != checkpoint::ModelKind::Sovits)
    throw Error(ErrorCode::ModelMismatch, paths.sovits + " is a " + checkpoint::toString(sovitsId.kind) +
                                              " model, not a SoVITS model");
  m.m_version = *sovitsId.sovitsVersion;
  const auto decoderType = options.halfPrecisionDecoder ? at::kHalf : at::kFloat;
  m.m_sovits = std::make_unique<sovits::SovitsModel>(sovits::SovitsModel::load(sovitsFile, m.m_version, device, decoderType));

  const checkpoint::Checkpoint gptFile = checkpoint::loadCheckpoint(paths.gpt);
  const checkpoint::ModelIdentity gptId = checkpoint::identifyModel(gptFile);
  if (gptId.kind != checkpoint::ModelKind::Gpt)
    throw Error(ErrorCode::ModelMismatch, paths.gpt + " is a " + checkpoint::toString(gptId.kind) +
                                              " model, not a GPT (text-to-semantic) model");
  m.m_gpt = std::make_unique<gpt::GptModel>(gpt::GptModel::load(gptFile, device, at::kFloat));
  m.m_muteSimilarity = m.m_gpt->tokenSimilarity(kMuteToken);
  const bool gptV1 = m.m_gpt->config().phonemeVocabSize == 512;
  if (gptV1 != (m.m_version == checkpoint::SovitsVersion::V1))
    throw Error(ErrorCode::ModelMismatch,
                paths.gpt + " (GPT " + (gptV1 ? "v1" : "v2+") + ", " + std::to_string(m.m_gpt->config().phonemeVocabSize) +
                    " phones) does not belong with " + paths.sovits + " (SoVITS " + checkpoint::toString(m.m_version) + ")");

  m.m_hubert = std::make_unique<hubert::HubertModel>(hubert::HubertModel::load(paths.hubert, device, at::kFloat));
  if (m.m_hubert->config().hiddenSize != sovits::kSslChannels)
    throw Error(ErrorCode::ModelMismatch, paths.hubert + ": HuBERT width " + std::to_string(m.m_hubert->config().hiddenSize) +
                                              " but the SoVITS model takes " + std::to_string(sovits::kSslChannels));
  m.m_bert = std::make_unique<bert::BertModel>(bert::BertModel::load(paths.bert, device, at::kFloat));
  if (m.m_bert->config().hiddenSize != m.m_gpt->config().bertDim)
    throw Error(ErrorCode::ModelMismatch, paths.bert + ": BERT width " + std::to_string(m.m_bert->config().hiddenSize) +
                                              " but the GPT model projects " + std::to_string(m.m_gpt->config().bertDim));
  m.m_tokenizer = std::make_unique<bert::WordPieceTokenizer>(bert::WordPieceTokenizer::fromFolder(paths.bert));

  if (m.needsSpeakerEmbedding()) {
    if (paths.speaker.empty())
      throw Error(ErrorCode::InvalidArgument,
                  paths.sovits + " is SoVITS " + checkpoint::toString(m.m_version) +
                      ", which needs the ERes2NetV2 speaker model (sv/pretrained_eres2netv2w24s4ep4.ckpt) beside it");
    m.m_speaker = std::make_unique<speaker::SpeakerEncoder>(speaker::SpeakerEncoder::load(paths.speaker, device));
  }

  // The reference features depend on HuBERT, on the SoVITS quantizer and on the
  // speaker model; the MD5 of each weight file's head plus its size names them.
  m.m_referenceModelKey = fingerprint(paths.sovits) + "|" + fingerprint(paths.hubert);
  if (m.m_speaker) m.m_referenceModelKey += "|" + fingerprint(paths.speaker);
  return m;
}

}  // namespace timbre::pipeline
