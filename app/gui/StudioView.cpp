#include "StudioView.h"

#include "ModelFolderPanel.h"
#include "ScriptPanel.h"
#include "SynthesisWorker.h"
#include "TakesPanel.h"
#include "VoicePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QThread>
#include <QVBoxLayout>

namespace timbre::gui {

StudioView::StudioView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("studioView"));
  m_models = new ModelFolderPanel(this);
  m_voice = new VoicePanel(this);
  m_script = new ScriptPanel(this);
  m_takes = new TakesPanel(this);

  m_generate = new QPushButton(tr("Generate"), this);
  m_generate->setObjectName(QStringLiteral("generateButton"));
  m_generate->setDefault(true);
  m_cancel = new QPushButton(tr("Cancel"), this);
  m_cancel->setObjectName(QStringLiteral("cancelButton"));
  m_progress = new QProgressBar(this);
  m_progress->setObjectName(QStringLiteral("progressBar"));
  m_progressLabel = new QLabel(this);
  m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
  auto* run = new QHBoxLayout;
  run->addWidget(m_generate);
  run->addWidget(m_cancel);
  run->addWidget(m_progress, 1);
  run->addWidget(m_progressLabel, 1);

  auto* panels = new QSplitter(Qt::Horizontal, this);
  panels->addWidget(m_voice);
  panels->addWidget(m_script);
  panels->setStretchFactor(0, 1);
  panels->setStretchFactor(1, 1);
  auto* vertical = new QSplitter(Qt::Vertical, this);
  vertical->addWidget(panels);
  vertical->addWidget(m_takes);
  vertical->setStretchFactor(0, 3);
  vertical->setStretchFactor(1, 1);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_models);
  layout->addWidget(vertical, 1);
  layout->addLayout(run);

  // The worker has no parent: it lives on its own thread and is deleted there.
  m_thread = new QThread(this);
  m_thread->setObjectName(QStringLiteral("synthesis"));
  m_worker = new SynthesisWorker;
  m_worker->moveToThread(m_thread);
  connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
  connect(m_worker, &SynthesisWorker::progressed, this, &StudioView::onProgress);
  connect(m_worker, &SynthesisWorker::finished, this, &StudioView::onFinished);
  connect(m_worker, &SynthesisWorker::failed, this, &StudioView::onFailed);
  connect(m_worker, &SynthesisWorker::modelsLoaded, m_models, &ModelFolderPanel::showLoaded);
  connect(m_worker, &SynthesisWorker::modelsFailed, m_models, &ModelFolderPanel::showFailed);
  connect(m_models, &ModelFolderPanel::folderChosen, this, [this](const QString& folder) {
    m_models->showLoading(folder);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, folder] { w->loadModels(folder); }, Qt::QueuedConnection);
  });
  m_thread->start();

  connect(m_generate, &QPushButton::clicked, this, &StudioView::generate);
  connect(m_cancel, &QPushButton::clicked, this, &StudioView::cancel);
  setBusy(false);

  const QString lastFolder = QSettings().value(QStringLiteral("models/folder")).toString();
  if (!lastFolder.isEmpty()) m_models->setFolder(lastFolder);
}

StudioView::~StudioView() {
  // A running job stops at its next GPT step; then the thread ends.
  m_worker->requestCancel();
  m_thread->quit();
  m_thread->wait();
}

bool StudioView::generate() {
  if (m_busy) return false;
  if (m_models->folder().isEmpty()) {
    explain(tr("No voice models"), tr("Choose the folder with the voice models first."));
    return false;
  }
  if (!m_voice->hasAudio()) {
    explain(tr("No voice"), tr("Import a recording of the voice to clone first."));
    return false;
  }
  const SynthesisSettings settings = m_script->settings();
  if (settings.text.trimmed().isEmpty()) {
    explain(tr("No script"), tr("Type what the voice should say."));
    return false;
  }
  if (!m_tempDir.isValid()) {
    explain(tr("Cannot prepare the reference"), tr("No temporary folder could be created."));
    return false;
  }
  // The engine reads the reference from a file: the selection, losslessly.
  const QString reference = m_tempDir.filePath(QStringLiteral("reference-%1.wav").arg(++m_jobCounter));
  const QString error = m_voice->writeSelection(reference);
  if (!error.isEmpty()) {
    explain(tr("Cannot prepare the reference"), error);
    return false;
  }
  SynthesisJob job;
  job.modelFolder = m_models->folder();
  job.referencePath = reference;
  job.promptText = m_voice->promptText();
  job.promptLang = m_voice->promptLanguage();
  job.settings = settings;
  m_worker->resetCancel();
  setBusy(true);
  m_progressLabel->setText(tr("Starting…"));
  QMetaObject::invokeMethod(m_worker, [w = m_worker, job] { w->synthesize(job); }, Qt::QueuedConnection);
  return true;
}

void StudioView::cancel() {
  if (!m_busy) return;
  m_worker->requestCancel();
  m_cancel->setEnabled(false);
  m_progressLabel->setText(tr("Cancelling…"));
}

void StudioView::setBusy(bool busy) {
  m_busy = busy;
  m_generate->setEnabled(!busy);
  m_cancel->setEnabled(busy);
  m_progress->setVisible(busy);
  if (busy) m_progress->setRange(0, 0);  // "working" until the pieces are known
}

void StudioView::onProgress(int stage, int piece, int pieces, int step) {
  if (!m_busy) return;
  // Two steps per piece: its tokens, then its audio.
  if (pieces > 0) {
    m_progress->setRange(0, 2 * pieces);
    const int value = stage == SynthesisWorker::Semantic ? piece
                      : stage == SynthesisWorker::Decode ? pieces + piece
                      : stage == SynthesisWorker::Done   ? 2 * pieces
                                                         : 0;
    m_progress->setValue(value);
  }
  const QString of = QStringLiteral("%1/%2").arg(piece + 1).arg(pieces);
  switch (stage) {
    case SynthesisWorker::Reference: m_progressLabel->setText(tr("Listening to the reference…")); break;
    case SynthesisWorker::Text: m_progressLabel->setText(tr("Reading the text…")); break;
    case SynthesisWorker::Semantic: m_progressLabel->setText(tr("Piece %1: speech tokens (step %2)").arg(of).arg(step)); break;
    case SynthesisWorker::Decode: m_progressLabel->setText(tr("Piece %1: rendering audio").arg(of)); break;
    default: m_progressLabel->setText(tr("Finishing…")); break;
  }
}

void StudioView::onFinished(const Take& take) {
  setBusy(false);
  m_takes->addTake(take);
  m_progressLabel->setText(tr("Done: %1 s of audio").arg(take.seconds(), 0, 'f', 1));
  emit statusMessage(tr("New take ready (seed %1)").arg(take.seed));
  emit generationFinished(m_takes->count() - 1);
}

void StudioView::onFailed(const QString& message, bool cancelled) {
  setBusy(false);
  if (cancelled) {
    m_progressLabel->setText(tr("Cancelled"));
  } else {
    m_progressLabel->setText(tr("Failed"));
    explain(tr("Generation failed"), message);
  }
  emit generationFailed(message, cancelled);
}

// Non-blocking, so neither the user nor a test is ever stuck in a modal loop.
void StudioView::explain(const QString& title, const QString& text) {
  auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
  box->setObjectName(QStringLiteral("studioMessage"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
  emit statusMessage(text);
}

}  // namespace timbre::gui
