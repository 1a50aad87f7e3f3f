#include "TrainingWorker.h"

#include "timbre/Error.h"
#include "training/run/TrainingRun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <fstream>

namespace timbre::gui {

namespace {

training::TrainingRunOptions optionsFor(const TrainingRequest& r) {
  training::TrainingRunOptions o;
  o.source.kind = training::data::DatasetSource::Kind::ListFile;
  o.source.path = r.datasetList.toStdString();
  o.baseFolder = r.baseFolder.toStdString();
  o.outFolder = r.runFolder.toStdString();
  o.sovitsEpochs = r.recipe.sovitsEpochs;
  o.gptEpochs = r.recipe.gptEpochs;
  o.sovitsSaveEvery = r.recipe.sovitsSaveEvery;
  o.gptSaveEvery = r.recipe.gptSaveEvery;
  o.sovitsBatchSize = r.recipe.sovitsBatchSize;
  o.gptBatchSize = r.recipe.gptBatchSize;
  o.replicateBelow = r.recipe.replicateBelow;
  o.device = r.cuda ? at::Device(at::kCUDA) : at::Device(at::kCPU);
  // Continue from the last saved epoch when there is one (a fresh run otherwise).
  o.resume = true;
  return o;
}

TrainingProgress toProgress(const training::TrainingEvent& e) {
  TrainingProgress p;
  p.stage = QString::fromStdString(e.stage);
  p.message = QString::fromStdString(e.message);
  p.epoch = e.epoch;
  p.epochs = e.epochs;
  p.step = e.step;
  p.steps = e.steps;
  if (e.values.is_object())
    p.values = QJsonDocument::fromJson(QByteArray::fromStdString(e.values.dump())).object().toVariantMap();
  p.elapsedSeconds = e.elapsedSeconds;
  p.etaSeconds = e.etaSeconds;
  return p;
}

}  // namespace

QList<QJsonObject> readEventLog(const QString& logPath) {
  QList<QJsonObject> events;
  QFile log(logPath);
  if (!log.open(QIODevice::ReadOnly)) return events;
  for (const QByteArray& line : log.readAll().split('\n')) {
    const QJsonDocument event = QJsonDocument::fromJson(line);
    if (event.isObject()) events << event.object();
  }
  return events;
}

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent) {
  qRegisterMetaType<TrainingProgress>();
  // Connected first, so the page's own slots already see the run as over.
  connect(this, &TrainingWorker::finished, this, [this] { m_busy = false; });
  connect(this, &TrainingWorker::failed, this, [this] { m_busy = false; });
}

TrainingWorker::~TrainingWorker() {
  stop();
  if (m_thread) m_thread->wait();
}

bool TrainingWorker::isRunning() const { return m_busy; }

void TrainingWorker::start(const TrainingRequest& request, const QString& logPath) {
  if (m_busy) return;
  if (m_thread) {
    m_thread->wait();  // it has reported its end and is returning
    delete m_thread;
  }
  m_busy = true;
  m_cancel = std::make_shared<std::atomic<bool>>(false);
  const training::TrainingRunOptions options = optionsFor(request);
  m_thread = QThread::create([this, options, cancel = m_cancel, log = logPath.toStdString()] {
    try {
      std::ofstream out(log, std::ios::app);
      const training::TrainingRunResult result = training::runTraining(
          options,
          [&](const training::TrainingEvent& e) {
            out << e.toJson().dump() << "\n" << std::flush;
            emit progress(toProgress(e));
          },
          cancel.get());
      emit finished(result.cancelled);
    } catch (const std::exception& e) {
      emit failed(QString::fromUtf8(e.what()));
    }
  });
  m_thread->start();
}

QString TrainingWorker::duration(double seconds) {
  return QString::fromStdString(training::formatDuration(seconds));
}

void TrainingWorker::stop() {
  if (m_cancel) m_cancel->store(true);
}

}  // namespace timbre::gui
