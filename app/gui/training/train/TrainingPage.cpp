#include "TrainingPage.h"

#include "LossChart.h"
#include "TrainingWizard.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace timbre::gui {

namespace {

QProgressBar* stageBar(QWidget* parent, const QString& name) {
  auto* bar = new QProgressBar(parent);
  bar->setObjectName(name);
  bar->setRange(0, 1);
  bar->setValue(0);
  return bar;
}

void showStep(QProgressBar* bar, qint64 step, qint64 steps) {
  if (steps <= 0) return;
  bar->setRange(0, int(steps));
  bar->setValue(int(std::min(step, steps)));
}

}  // namespace

TrainingPage::TrainingPage(QWidget* parent) : QWizardPage(parent), m_worker(new TrainingWorker(this)) {
  setTitle(tr("Train"));
  setSubTitle(tr("Training runs on this computer. You can stop at any time: the last saved epoch is kept and "
                 "Resume continues from it, even after closing Timbre."));
  m_summary = new QLabel(this);
  m_summary->setWordWrap(true);
  m_train = new QPushButton(tr("Train"), this);
  m_train->setObjectName(QStringLiteral("trainButton"));
  m_stop = new QPushButton(tr("Stop (keeps the last saved epoch)"), this);
  m_stop->setObjectName(QStringLiteral("stopButton"));
  m_stop->setEnabled(false);
  m_prepare = stageBar(this, QStringLiteral("prepareProgress"));
  m_sovits = stageBar(this, QStringLiteral("sovitsProgress"));
  m_gpt = stageBar(this, QStringLiteral("gptProgress"));
  m_time = new QLabel(this);
  m_time->setObjectName(QStringLiteral("trainingTime"));
  m_status = new QLabel(this);
  m_status->setObjectName(QStringLiteral("trainingStatus"));
  m_status->setWordWrap(true);
  m_error = new QLabel(this);
  m_error->setObjectName(QStringLiteral("trainingError"));
  m_error->setWordWrap(true);
  m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
  m_error->hide();
  m_chart = new LossChart(this);
  m_chart->setObjectName(QStringLiteral("lossChart"));

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_train);
  buttons->addWidget(m_stop);
  buttons->addStretch(1);
  auto* stages = new QGridLayout;
  stages->addWidget(new QLabel(tr("Preparing the clips"), this), 0, 0);
  stages->addWidget(m_prepare, 0, 1);
  stages->addWidget(new QLabel(tr("SoVITS (the sound of the voice)"), this), 1, 0);
  stages->addWidget(m_sovits, 1, 1);
  stages->addWidget(new QLabel(tr("GPT (the way it speaks)"), this), 2, 0);
  stages->addWidget(m_gpt, 2, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_summary);
  layout->addLayout(buttons);
  layout->addLayout(stages);
  layout->addWidget(m_time);
  layout->addWidget(m_status);
  layout->addWidget(m_error);
  layout->addWidget(m_chart, 1);

  connect(m_train, &QPushButton::clicked, this, &TrainingPage::train);
  connect(m_stop, &QPushButton::clicked, this, &TrainingPage::stop);
  connect(m_worker, &TrainingWorker::progress, this, &TrainingPage::onProgress);
  connect(m_worker, &TrainingWorker::finished, this, &TrainingPage::onFinished);
  connect(m_worker, &TrainingWorker::failed, this, &TrainingPage::onFailed);
}

QString TrainingPage::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }
QString TrainingPage::statusText() const { return m_status->text(); }

void TrainingPage::initializePage() {
  const auto* wizard = qobject_cast<const TrainingWizard*>(this->wizard());
  if (!wizard || isRunning()) return;
  const TrainingRequest request = wizard->trainingRequest();
  m_summary->setText(tr("SoVITS %1 epochs, then GPT %2 epochs, on the %3.")
                         .arg(request.recipe.sovitsEpochs)
                         .arg(request.recipe.gptEpochs)
                         .arg(request.cuda ? tr("GPU") : tr("CPU")));
  m_done = logSaysDone();
  m_train->setText(wizard->workspace().hasTrainingState() && !m_done ? tr("Resume") : tr("Train"));
  if (m_done) m_status->setText(tr("Training finished. Listen to the epochs on the next page."));
  emit completeChanged();
}

bool TrainingPage::isComplete() const { return m_done && !isRunning(); }

void TrainingPage::train() {
  const auto* wizard = qobject_cast<const TrainingWizard*>(this->wizard());
  if (!wizard || isRunning()) return;
  m_error->hide();
  m_done = false;
  m_chart->clear();
  m_chartStage.clear();
  for (QProgressBar* bar : {m_prepare, m_sovits, m_gpt}) bar->setValue(0);
  m_status->setText(tr("Starting…"));
  m_worker->start(wizard->trainingRequest(), wizard->workspace().eventLog());
  setRunning(true);
}

void TrainingPage::stop() {
  if (!isRunning()) return;
  m_worker->stop();
  m_stop->setEnabled(false);
  m_status->setText(tr("Stopping after the current step…"));
}

void TrainingPage::setRunning(bool running) {
  m_train->setEnabled(!running);
  m_stop->setEnabled(running);
  emit completeChanged();
  emit runningChanged(running);
}

void TrainingPage::showStageTime(const TrainingProgress& event) {
  QString text = tr("Elapsed %1").arg(TrainingWorker::duration(event.elapsedSeconds));
  if (event.etaSeconds >= 0)
    text = tr("%1 — about %2 left in this stage").arg(text, TrainingWorker::duration(event.etaSeconds));
  m_time->setText(text);
}

void TrainingPage::onProgress(const TrainingProgress& event) {
  showStageTime(event);
  if (event.stage == QLatin1String("prepare")) {
    if (event.steps > 0) {
      showStep(m_prepare, event.step, event.steps);
      m_status->setText(tr("Preparing the clips (%1 of %2)").arg(event.step).arg(event.steps));
    } else if (event.values.contains(QStringLiteral("kept"))) {
      showStep(m_prepare, 1, 1);
      m_status->setText(tr("Clips ready: %1").arg(event.message));
    }
  } else if (event.stage == QLatin1String("sovits") || event.stage == QLatin1String("gpt")) {
    const bool sovits = event.stage == QLatin1String("sovits");
    showStep(sovits ? m_sovits : m_gpt, event.step, event.steps);
    if (sovits) showStep(m_prepare, 1, 1);
    else showStep(m_sovits, 1, 1);
    m_status->setText(sovits ? tr("Training SoVITS: epoch %1 of %2").arg(event.epoch).arg(event.epochs)
                             : tr("Training GPT: epoch %1 of %2").arg(event.epoch).arg(event.epochs));
    if (m_chartStage != event.stage) {
      m_chart->clear();
      m_chartStage = event.stage;
    }
    // Losses only: "skipped" is a flag, top-3 accuracy is not a loss.
    for (auto it = event.values.cbegin(); it != event.values.cend(); ++it)
      if (it.value().typeId() == QMetaType::Double && it.key() != QLatin1String("top3_acc"))
        m_chart->addPoint(it.key(), double(event.step), it.value().toDouble());
  } else if (event.stage == QLatin1String("saved")) {
    m_status->setText(tr("Saved %1").arg(QFileInfo(event.values.value(QStringLiteral("file")).toString()).fileName()));
  } else if (event.stage == QLatin1String("audition")) {
    m_status->setText(tr("Made an audition of the saved epoch"));
  } else if (event.stage == QLatin1String("done")) {
    showStep(m_gpt, 1, 1);
  }
}

void TrainingPage::onFinished(bool stopped) {
  m_done = !stopped;
  m_status->setText(stopped ? tr("Stopped. What was saved is kept; Resume continues from the last saved epoch.")
                            : tr("Training finished. Listen to the epochs on the next page."));
  m_train->setText(stopped ? tr("Resume") : tr("Train"));
  setRunning(false);
}

void TrainingPage::onFailed(const QString& message) {
  m_done = false;
  m_error->setText(tr("Training stopped: %1\nYour recordings and the saved epochs are kept.").arg(message));
  m_error->show();
  m_status->clear();
  const auto* wizard = qobject_cast<const TrainingWizard*>(this->wizard());
  m_train->setText(wizard && wizard->workspace().hasTrainingState() ? tr("Resume") : tr("Train"));
  setRunning(false);
}

bool TrainingPage::logSaysDone() const {
  const auto* wizard = qobject_cast<const TrainingWizard*>(this->wizard());
  if (!wizard) return false;
  const QList<QJsonObject> events = readEventLog(wizard->workspace().eventLog());
  return !events.isEmpty() && events.back().value(QStringLiteral("stage")).toString() == QLatin1String("done");
}

}  // namespace timbre::gui
