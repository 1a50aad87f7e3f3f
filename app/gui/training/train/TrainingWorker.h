#pragma once
// Runs the whole fine-tuning recipe (training::runTraining: prepare, SoVITS,
// GPT, an audition per saved epoch) on a thread of its own and reports its
// events to the GUI thread. Stop sets the engine's cancel flag: the run ends
// after its current step and keeps the last saved epoch; starting again with
// the same run folder resumes from there. The only training-page file with
// libtorch headers (in the .cpp).
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <atomic>
#include <memory>

class QThread;

namespace timbre::gui {

// How long and how often each model trains (TrainingRunOptions' defaults: the official recipe).
struct TrainingRecipe {
  int sovitsEpochs = 8, gptEpochs = 15;
  int sovitsSaveEvery = 4, gptSaveEvery = 5;
  int sovitsBatchSize = 4, gptBatchSize = 8;
  int replicateBelow = 100;  // few clips are repeated to about this many per epoch
};

struct TrainingRequest {
  QString datasetList;  // official .list of the gathered clips
  QString baseFolder;   // the pretrained models
  QString runFolder;    // runTraining's outFolder
  TrainingRecipe recipe;
  bool cuda = false;
};

// One of the engine's events (training::TrainingEvent), in Qt types.
struct TrainingProgress {
  QString stage;  // "prepare", "sovits", "gpt", "saved", "audition", "done"
  QString message;
  int epoch = 0, epochs = 0;
  qint64 step = 0, steps = 0;
  QVariantMap values;  // losses, file paths
  double elapsedSeconds = 0, etaSeconds = -1;
};

// The events a run appended to its JSON-lines log (start() writes it), oldest
// first; unreadable lines are skipped. Empty when there is no log.
QList<QJsonObject> readEventLog(const QString& logPath);

class TrainingWorker : public QObject {
  Q_OBJECT

 public:
  explicit TrainingWorker(QObject* parent = nullptr);
  // Stops a running training (after its current step) and waits for it.
  ~TrainingWorker() override;

  bool isRunning() const;
  // Starts (or resumes, when the run folder holds a saved state) the training.
  // Every event is also appended to `logPath` as a JSON line.
  void start(const TrainingRequest& request, const QString& logPath);
  // Asks the run to stop after its current step; finished(true) follows.
  void stop();

  // "m:ss" or "h:mm:ss" as the CLI prints it; "?" when unknown (negative).
  static QString duration(double seconds);

 signals:
  void progress(const timbre::gui::TrainingProgress& event);
  // The run ended: all done, or stopped with what was saved kept.
  void finished(bool stopped);
  // The engine refused or failed (its message names the file); nothing saved is lost.
  void failed(const QString& message);

 private:
  QThread* m_thread = nullptr;
  bool m_busy = false;  // from start() until finished/failed reached the GUI thread
  std::shared_ptr<std::atomic<bool>> m_cancel;
};

}  // namespace timbre::gui

Q_DECLARE_METATYPE(timbre::gui::TrainingProgress)
