// libtorch headers first: they use the identifier `slots`, which Qt's headers
// define as a macro.
#include "checkpoint/ModelIdentity.h"
#include "core/Runtime.h"
#include "pipeline/ModelFolder.h"
#include "pipeline/ReferenceCache.h"
#include "pipeline/SharedVoiceModels.h"
#include "pipeline/Synthesizer.h"
#include "pipeline/VoiceModels.h"
#include "text/UserDictionary.h"
#include "timbre/Error.h"

#include "SynthesisWorker.h"

#include <QFileInfo>

namespace timbre::gui {

SynthesisWorker::SynthesisWorker(QObject* parent)
    : QObject(parent),
      m_references(std::make_unique<pipeline::ReferenceCache>(pipeline::ReferenceCache::defaultDiskFolder())) {
  qRegisterMetaType<timbre::gui::Take>();
  qRegisterMetaType<timbre::gui::SynthesisJob>();
}

SynthesisWorker::~SynthesisWorker() = default;

bool SynthesisWorker::ensureModels(const QString& folder, QString* error) {
  if (m_models && folder == m_folder) return true;
  m_models.reset();
  m_folder.clear();
  try {
    const pipeline::ModelPaths paths = pipeline::findModels(folder.toStdString());
    pipeline::DeviceOptions device;
    device.device = m_device == QLatin1String("cuda") ? at::Device(at::kCUDA) : at::Device(at::kCPU);
    device.halfPrecisionDecoder = m_halfPrecision && device.device.is_cuda();
    m_models = pipeline::sharedVoiceModels(paths, device);
    auto name = [](const std::string& p) { return QFileInfo(QString::fromStdString(p)).fileName(); };
    m_summary = tr("GPT-SoVITS %1 — GPT %2, SoVITS %3, HuBERT %4, BERT %5")
                    .arg(QString::fromLatin1(checkpoint::toString(m_models->version())), name(paths.gpt),
                         name(paths.sovits), name(paths.hubert), name(paths.bert));
    if (!paths.speaker.empty()) m_summary += tr(", speaker %1").arg(name(paths.speaker));
    m_folder = folder;
    return true;
  } catch (const std::exception& e) {
    *error = QString::fromStdString(e.what());
    return false;
  }
}

bool SynthesisWorker::ensureDictionary(const QString& path, QString* error) {
  if (path.isEmpty()) {
    m_dictionary.reset();
    m_dictionaryPath.clear();
    return true;
  }
  const QDateTime modified = QFileInfo(path).lastModified();
  if (m_dictionary && path == m_dictionaryPath && modified == m_dictionaryModified) return true;
  m_dictionary.reset();
  m_dictionaryPath.clear();
  try {
    m_dictionary = std::make_unique<text::UserDictionary>(text::UserDictionary::load(path.toStdString()));
    m_dictionaryPath = path;
    m_dictionaryModified = modified;
    return true;
  } catch (const std::exception& e) {
    *error = QString::fromStdString(e.what());
    return false;
  }
}

void SynthesisWorker::loadModels(const QString& folder) {
  QString error;
  if (ensureModels(folder, &error)) emit modelsLoaded(folder, m_summary);
  else emit modelsFailed(folder, error);
}

void SynthesisWorker::synthesize(const SynthesisJob& job) {
  // The preferences apply to every job; a new device or precision reloads the models.
  setComputeThreads(job.threads);
  if (job.device != m_device || job.halfPrecision != m_halfPrecision) {
    m_models.reset();
    m_device = job.device;
    m_halfPrecision = job.halfPrecision;
  }
  QString error;
  if (!ensureModels(job.modelFolder, &error)) {
    emit modelsFailed(job.modelFolder, error);
    emit failed(tr("The voice models could not be loaded: %1").arg(error), false);
    return;
  }
  emit modelsLoaded(m_folder, m_summary);
  if (!ensureDictionary(job.dictionaryPath, &error)) {
    emit failed(tr("The pronunciation dictionary could not be used: %1").arg(error), false);
    return;
  }

  const SynthesisSettings& s = job.settings;
  pipeline::SynthesisRequest request;
  request.text = s.text.toStdString();
  request.textLang = s.textLang;
  request.references = {job.referencePath.toStdString()};
  request.promptText = job.promptText.toStdString();
  request.promptLang = job.promptLang.toStdString();
  request.topK = s.topK;
  request.topP = s.topP;
  request.temperature = s.temperature;
  request.repetitionPenalty = s.repetitionPenalty;
  request.speed = s.speed;
  request.noiseScale = s.noiseScale;
  request.seed = s.seed;
  request.splitMethod = s.splitMethod;
  request.fragmentInterval = s.pauseSeconds;
  // Token streaming: the first audio comes after the first chunk's GPT steps, not the whole piece.
  request.tokenStreaming = job.playWhileGenerating;

  // Each piece's finished audio includes its pause: that is the subtitle cue.
  // Summed per piece index, as the audio may arrive in several chunks.
  std::vector<int64_t> pieceSamples;
  const int sampleRateHz = m_models->sovits().samplingRateHz();
  try {
    const pipeline::Synthesizer synthesizer(*m_models, m_references.get(), m_dictionary.get());
    const pipeline::SynthesisResult result = synthesizer.synthesize(
        request,
        [this](const pipeline::SynthesisProgress& p) { emit progressed(int(p.stage), p.piece, p.pieces, p.step); },
        [this] { return m_cancel.load(); },
        [&](int piece, int pieces, const at::Tensor& audio) {
          pieceSamples.resize(std::size_t(pieces), 0);
          pieceSamples[std::size_t(piece)] += audio.size(0);
          if (!job.playWhileGenerating || audio.numel() == 0) return;
          const at::Tensor mono = audio.to(at::kCPU, at::kFloat).contiguous();
          emit audioChunk(QVector<float>(mono.data_ptr<float>(), mono.data_ptr<float>() + mono.numel()),
                          sampleRateHz);
        });

    Take take;
    take.text = s.text;
    take.seed = result.seed;
    take.voiceName = job.voiceName;
    take.job = job;
    take.audio.sampleRateHz = result.sampleRateHz;
    take.audio.channels = 1;
    const at::Tensor audio = result.audio.to(at::kCPU, at::kFloat).contiguous();
    take.audio.samples.assign(audio.data_ptr<float>(), audio.data_ptr<float>() + audio.numel());
    int64_t at = 0;
    for (std::size_t i = 0; i < result.pieces.size() && i < pieceSamples.size(); ++i) {
      TakePiece piece;
      piece.text = QString::fromStdString(result.pieces[i].text);
      piece.startFrame = at;
      piece.startSeconds = double(at) / result.sampleRateHz;
      at += pieceSamples[i];
      piece.endFrame = at;
      piece.endSeconds = double(at) / result.sampleRateHz;
      take.pieces.push_back(piece);
    }
    emit finished(take);
  } catch (const timbre::Error& e) {
    emit failed(QString::fromStdString(e.what()), e.code() == ErrorCode::Cancelled);
  } catch (const std::exception& e) {
    // libtorch and the standard library throw their own types; still a message for a person.
    emit failed(tr("Unexpected error: %1").arg(QString::fromStdString(e.what())), false);
  }
}

}  // namespace timbre::gui
