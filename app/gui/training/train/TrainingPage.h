#pragma once
// The wizard's training page: one Train button runs data preparation, SoVITS
// and GPT training on a worker thread, with a progress bar per stage, the
// elapsed time and an estimate of what is left, a live chart of the losses,
// and Stop, which keeps the last saved epoch: Train then resumes from it,
// also after the app was closed (the run folder holds the resume state).
// Engine errors (a full disk, a refused dataset) show on the page; the
// recordings and saved epochs stay.
#include "TrainingWorker.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace timbre::gui {

class LossChart;

class TrainingPage : public QWizardPage {
  Q_OBJECT

 public:
  explicit TrainingPage(QWidget* parent = nullptr);

  bool isRunning() const { return m_worker->isRunning(); }
  bool isDone() const { return m_done; }
  QString errorText() const;
  QString statusText() const;
  LossChart* lossChart() const { return m_chart; }
  TrainingWorker* worker() const { return m_worker; }

  void initializePage() override;
  bool isComplete() const override;

 public slots:
  void train();
  void stop();

 signals:
  void runningChanged(bool running);

 private:
  void onProgress(const TrainingProgress& event);
  void onFinished(bool stopped);
  void onFailed(const QString& message);
  void setRunning(bool running);
  void showStageTime(const TrainingProgress& event);
  // Whether the run folder's log ends with a finished run.
  bool logSaysDone() const;

  TrainingWorker* m_worker = nullptr;
  QLabel* m_summary = nullptr;
  QPushButton* m_train = nullptr;
  QPushButton* m_stop = nullptr;
  QProgressBar* m_prepare = nullptr;
  QProgressBar* m_sovits = nullptr;
  QProgressBar* m_gpt = nullptr;
  QLabel* m_time = nullptr;
  QLabel* m_status = nullptr;
  QLabel* m_error = nullptr;
  LossChart* m_chart = nullptr;
  QString m_chartStage;
  bool m_done = false;
};

}  // namespace timbre::gui
