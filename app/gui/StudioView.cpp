#include "StudioView.h"

#include "AppSettings.h"
#include "ModelFolderPanel.h"
#include "ModelManagerDialog.h"
#include "PieceRegeneration.h"
#include "ScriptLanguageCheck.h"
#include "TimeEstimate.h"
#include "ScriptPanel.h"
#include "SynthesisWorker.h"
#include "TakesPanel.h"
#include "VoiceLibraryPanel.h"
#include "VoicePanel.h"

#include "timbre/Error.h"

#include "core/Runtime.h"

#include <QCheckBox>

#include <cmath>
#include <QFileInfo>
#include <QFile>
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

namespace {

// Holds the model row without height-for-width. The window's scroll area sizes
// a studio that has it (the wrapping model status) by its preferred height for
// the width, not its minimum, and so scrolled even where the panels fit.
class NoHeightForWidth : public QWidget {
 public:
  using QWidget::QWidget;
  bool hasHeightForWidth() const override { return false; }
};

}  // namespace

StudioView::StudioView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("studioView"));
  m_models = new ModelFolderPanel(this);
  m_voice = new VoicePanel(this);
  m_script = new ScriptPanel(this);
  m_takes = new TakesPanel(this);
  m_library = new VoiceLibraryPanel(this);
  auto* manageModels = new QPushButton(tr("Import models…"), this);
  manageModels->setObjectName(QStringLiteral("manageModelsButton"));
  manageModels->setToolTip(tr("See what each file of a model folder is, and why one cannot be used"));

  m_generate = new QPushButton(tr("Generate"), this);
  m_generate->setObjectName(QStringLiteral("generateButton"));
  m_generate->setDefault(true);
  m_cancel = new QPushButton(tr("Cancel"), this);
  m_cancel->setObjectName(QStringLiteral("cancelButton"));
  m_playLive = new QCheckBox(tr("Play while generating"), this);
  m_playLive->setObjectName(QStringLiteral("playWhileGeneratingCheck"));
  m_playLive->setToolTip(tr("Start playing the take as soon as its first audio is ready"));
  m_playLive->setChecked(QSettings().value(QStringLiteral("studio/playWhileGenerating"), false).toBool());
  connect(m_playLive, &QCheckBox::toggled, this,
          [](bool on) { QSettings().setValue(QStringLiteral("studio/playWhileGenerating"), on); });
  m_progress = new QProgressBar(this);
  m_progress->setObjectName(QStringLiteral("progressBar"));
  m_progressLabel = new QLabel(this);
  m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
  auto* run = new QHBoxLayout;
  run->addWidget(m_generate);
  run->addWidget(m_cancel);
  run->addWidget(m_playLive);
  run->addWidget(m_progress, 1);
  run->addWidget(m_progressLabel, 1);

  auto* panels = new QSplitter(Qt::Horizontal, this);
  panels->addWidget(m_library);
  panels->addWidget(m_voice);
  panels->addWidget(m_script);
  panels->setStretchFactor(0, 0);
  panels->setStretchFactor(1, 1);
  panels->setStretchFactor(2, 1);
  auto* vertical = new QSplitter(Qt::Vertical, this);
  vertical->addWidget(panels);
  vertical->addWidget(m_takes);
  vertical->setStretchFactor(0, 3);
  vertical->setStretchFactor(1, 1);
  // Dragging a handle to the edge shrinks a panel to its minimum, never hides it.
  for (QSplitter* splitter : {panels, vertical})
    for (int i = 0; i < splitter->count(); ++i) splitter->setCollapsible(i, false);
  panels->setObjectName(QStringLiteral("panelsSplitter"));
  vertical->setObjectName(QStringLiteral("takesSplitter"));

  auto* layout = new QVBoxLayout(this);
  auto* modelBox = new NoHeightForWidth(this);
  auto* modelRow = new QHBoxLayout(modelBox);
  modelRow->setContentsMargins(0, 0, 0, 0);
  m_models->setParent(modelBox);
  manageModels->setParent(modelBox);
  modelRow->addWidget(m_models, 1);
  modelRow->addWidget(manageModels, 0, Qt::AlignTop);
  layout->addWidget(modelBox);
  layout->addWidget(vertical, 1);
  layout->addLayout(run);

  // The worker has no parent: it lives on its own thread and is deleted there.
  m_thread = new QThread(this);
  m_thread->setObjectName(QStringLiteral("synthesis"));
  m_worker = new SynthesisWorker;
  m_worker->moveToThread(m_thread);
  connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
  connect(m_worker, &SynthesisWorker::progressed, this, &StudioView::onProgress);
  connect(m_worker, &SynthesisWorker::audioChunk, this, &StudioView::onAudioChunk);
  connect(m_worker, &SynthesisWorker::finished, this, &StudioView::onFinished);
  connect(m_worker, &SynthesisWorker::failed, this, &StudioView::onFailed);
  connect(m_worker, &SynthesisWorker::modelsLoaded, m_models, &ModelFolderPanel::showLoaded);
  connect(m_worker, &SynthesisWorker::modelsFailed, m_models, [this](const QString& folder, const QString& message) {
    m_models->showFailed(folder, ModelManagerDialog::inPlainWords(message));
  });
  connect(m_models, &ModelFolderPanel::folderChosen, this, [this](const QString& folder) {
    m_models->showLoading(folder);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, folder] { w->loadModels(folder); }, Qt::QueuedConnection);
  });
  m_thread->start();

  connect(m_generate, &QPushButton::clicked, this, &StudioView::generate);
  connect(m_cancel, &QPushButton::clicked, this, &StudioView::cancel);
  connect(manageModels, &QPushButton::clicked, this, &StudioView::openModelManager);
  connect(m_library, &VoiceLibraryPanel::saveRequested, this,
          [this](const QString& name, bool replace) { saveVoice(name, replace); });
  connect(m_library, &VoiceLibraryPanel::openRequested, this, &StudioView::openVoice);
  connect(m_takes, &TakesPanel::regenerateRequested, this, &StudioView::regeneratePiece);
  connect(m_library, &VoiceLibraryPanel::statusMessage, this, &StudioView::statusMessage);
  // Another clip is no longer the library voice (openVoice names it again after loading).
  connect(m_voice, &VoicePanel::audioLoaded, this, [this] { m_libraryVoice.clear(); });
  // A "Failed" or "Done" from an earlier job says nothing about the new voice or script.
  connect(m_voice, &VoicePanel::audioLoaded, this, [this] { if (!m_busy) m_progressLabel->clear(); });
  connect(m_script, &ScriptPanel::previewUpdated, this, [this] { if (!m_busy) m_progressLabel->clear(); });
  setBusy(false);

  const QString lastFolder = QSettings().value(QStringLiteral("models/folder")).toString();
  if (!lastFolder.isEmpty()) m_models->setFolder(lastFolder);
}

StudioView::~StudioView() {
  // Closing a top-level studio moves the focus, and the model folder field
  // reports its folder on losing it: nothing may reach the worker after this.
  disconnect(m_models, nullptr, this, nullptr);
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
  // What the user calls the clip: the library voice, their file, or "Unsaved recording".
  const QString userFile = !m_libraryVoice.isEmpty()       ? m_libraryVoice
                           : m_voice->fileName().isEmpty() ? m_voice->clipLabel()
                                                           : QFileInfo(m_voice->fileName()).fileName();
  // The report already shows these red; the engine would fail on them or clone badly.
  const QStringList problems = m_voice->referenceProblems();
  if (!problems.isEmpty()) {
    explain(tr("The reference cannot be used yet"),
            tr("“%1” (the selected part) fails the quality report:\n%2\nFix it or select another part, then "
               "generate.")
                .arg(userFile, problems.join(QLatin1Char('\n'))));
    return false;
  }
  const SynthesisSettings settings = m_script->settings();
  if (settings.text.trimmed().isEmpty()) {
    explain(tr("No script"), tr("Type what the voice should say."));
    return false;
  }
  const QString language = QString::fromStdString(settings.textLang);
  if (const ScriptMismatch mismatch = findUnreadableScript(settings.text, language)) {
    const QString system = mismatch.system == WritingSystem::Han    ? tr("Chinese characters (Han)")
                           : mismatch.system == WritingSystem::Kana ? tr("Japanese kana")
                                                                    : tr("Korean Hangul");
    explain(tr("The script's language cannot read all of it"),
            tr("The script holds %1 (%2 characters, e.g. “%3”) but its language is “%4”, which would skip them "
               "without a sound. Choose the language they are written in, or “auto”.")
                .arg(system)
                .arg(mismatch.characters)
                .arg(mismatch.sample, language));
    return false;
  }
  // The engine reads the reference from a file: the selection, losslessly.
  const QString reference = writeSelectionCopy(QStringLiteral("reference"), tr("Cannot prepare the reference"));
  if (reference.isEmpty()) return false;
  SynthesisJob job;
  job.modelFolder = m_models->folder();
  job.referencePath = reference;
  job.promptText = m_voice->promptText();
  job.promptLang = m_voice->promptLanguage();
  job.settings = settings;
  // A library voice carries its own name into the export tags.
  job.voiceName = !m_libraryVoice.isEmpty()            ? m_libraryVoice
                  : !m_voice->fileName().isEmpty()     ? QFileInfo(m_voice->fileName()).completeBaseName()
                                                       : m_voice->clipLabel();
  m_referenceCopy = reference;
  m_referenceName = userFile;
  job.playWhileGenerating = m_playLive->isChecked();
  AppSettings::load().applyTo(job, timbre::cudaAvailable());
  m_regeneration.reset();
  startJob(job);
  m_progressLabel->setText(tr("Starting…"));
  return true;
}

bool StudioView::regeneratePiece(int takeIndex, int piece) {
  if (m_busy) return false;
  if (takeIndex < 0 || takeIndex >= m_takes->count()) return false;
  const Take& take = m_takes->take(takeIndex);
  if (piece < 0 || std::size_t(piece) >= take.pieces.size()) return false;
  if (take.job.modelFolder.isEmpty() || !QFileInfo::exists(take.job.referencePath)) {
    explain(tr("Cannot regenerate the piece"),
            tr("Take %1 no longer has the reference recording it was made with.").arg(take.number));
    return false;
  }
  // A seed the piece was not made with: its own when it was regenerated
  // before, else the one the engine gave it in the take (take seed + piece).
  const TakePiece& old = take.pieces[std::size_t(piece)];
  const qint64 seed = freshPieceSeed(old.seed >= 0 ? old.seed : take.seed + piece, take.seed);
  SynthesisJob job = pieceJob(take, piece, seed);
  job.playWhileGenerating = m_playLive->isChecked();  // the piece is heard as it comes
  // The take's settings; the compute preferences are today's.
  AppSettings::load().applyTo(job, timbre::cudaAvailable());
  m_regeneration = Regeneration{take, piece, seed};
  m_referenceCopy = job.referencePath;
  m_referenceName = tr("the recording take %1 was made from").arg(take.number);
  startJob(job);
  const QString what = tr("Regenerating piece %1 of take %2 with seed %3…").arg(piece + 1).arg(take.number).arg(seed);
  m_progressLabel->setText(what);
  emit statusMessage(what);
  return true;
}

void StudioView::startJob(const SynthesisJob& job) {
  m_worker->resetCancel();
  m_liveStarted = false;
  m_jobClock.start();
  setBusy(true);
  QMetaObject::invokeMethod(m_worker, [w = m_worker, job] { w->synthesize(job); }, Qt::QueuedConnection);
}

void StudioView::cancel() {
  if (!m_busy) return;
  m_worker->requestCancel();
  m_cancel->setEnabled(false);
  m_progressLabel->setText(tr("Cancelling…"));
}

QString StudioView::writeSelectionCopy(const QString& prefix, const QString& failureTitle) {
  if (!m_tempDir.isValid()) {
    explain(failureTitle, tr("No temporary folder could be created."));
    return {};
  }
  const QString path = m_tempDir.filePath(QStringLiteral("%1-%2.wav").arg(prefix).arg(++m_copyCounter));
  const QString error = m_voice->writeSelection(path);
  if (!error.isEmpty()) {
    explain(failureTitle, error);
    return {};
  }
  return path;
}

bool StudioView::saveVoice(const QString& name, bool replace) {
  if (!m_voice->hasAudio()) {
    explain(tr("No voice"), tr("Import a recording of the voice first; the library keeps the selected part."));
    return false;
  }
  // The selection as used for synthesis (lossless), copied into the library by the engine.
  const QString clip = writeSelectionCopy(QStringLiteral("voice"), tr("Cannot save the voice"));
  if (clip.isEmpty()) return false;
  library::Voice voice;
  voice.name = name.toStdString();
  voice.promptText = m_voice->promptText().toStdString();
  voice.promptLang = m_voice->promptLanguage().toStdString();
  voice.referenceClip = clip.toStdString();
  voice.models.folder = m_models->folder().toStdString();
  voice.settings = m_script->settings();  // the settings without the script
  try {
    m_library->library().save(voice, replace ? library::SaveMode::Replace : library::SaveMode::CreateNew);
  } catch (const Error& e) {
    QFile::remove(clip);
    explain(tr("Cannot save the voice"), QString::fromStdString(e.what()));
    return false;
  }
  QFile::remove(clip);
  m_library->refresh();
  m_library->selectName(name);
  emit statusMessage(tr("Saved the voice “%1”").arg(name));
  return true;
}

bool StudioView::openVoice(const QString& name) {
  library::Voice voice;
  try {
    voice = m_library->library().resolve(name.toStdString());
  } catch (const Error& e) {
    explain(tr("Cannot open the voice"), QString::fromStdString(e.what()));
    return false;
  }
  if (!m_voice->loadFile(QString::fromStdString(voice.referenceClip))) {
    explain(tr("Cannot open the voice"), tr("Its recording could not be read; see the Voice panel."));
    return false;
  }
  m_voice->setPromptText(QString::fromStdString(voice.promptText));
  m_voice->setPromptLanguage(QString::fromStdString(voice.promptLang));
  m_libraryVoice = QString::fromStdString(voice.name);
  m_script->setGenerationSettings(voice.settings);
  const QString folder = QString::fromStdString(voice.models.folder);
  if (!folder.isEmpty() && folder != m_models->folder()) m_models->setFolder(folder);
  emit statusMessage(tr("Opened the voice “%1”").arg(QString::fromStdString(voice.name)));
  return true;
}

ModelManagerDialog* StudioView::openModelManager() {
  auto* dialog = new ModelManagerDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &ModelManagerDialog::folderAccepted, m_models, &ModelFolderPanel::setFolder);
  dialog->show();
  if (!m_models->folder().isEmpty()) dialog->inspect(m_models->folder());
  return dialog;
}

void StudioView::setBusy(bool busy) {
  m_busy = busy;
  m_generate->setEnabled(!busy);
  m_cancel->setEnabled(busy);
  m_progress->setVisible(busy);
  m_takes->setRegenerationEnabled(!busy);
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
  if (pieces > 0 && stage != SynthesisWorker::Done) {
    const double left = estimateSecondsLeft(m_jobClock.elapsed() / 1000.0, double(m_progress->value()) / m_progress->maximum());
    if (left >= 0)
      m_progressLabel->setText(tr("%1 — about %2 s left").arg(m_progressLabel->text()).arg(int(std::ceil(left))));
  }
}

void StudioView::onAudioChunk(const QVector<float>& samples, int sampleRateHz) {
  if (!m_liveStarted) {
    m_takes->beginLivePlayback(sampleRateHz);
    m_liveStarted = true;
  }
  m_takes->appendLivePlayback(samples);
}

void StudioView::onFinished(const Take& take) {
  setBusy(false);
  if (m_regeneration) {
    const Regeneration r = std::move(*m_regeneration);
    m_regeneration.reset();
    Take merged;
    const QString error = replacePiece(r.source, r.piece, take, &merged);
    if (!error.isEmpty()) {
      if (m_takes->isPlayingLive()) m_takes->stopPlayback();
      m_progressLabel->setText(tr("Failed"));
      explain(tr("Cannot regenerate the piece"), error);
      emit generationFailed(error, false);
      return;
    }
    m_takes->addTake(merged);
    m_takes->endLivePlayback();  // (if the piece played as it came) it plays out; the merged take is longer
    m_progressLabel->setText(tr("Done: piece %1 regenerated, %2 s of audio").arg(r.piece + 1).arg(merged.seconds(), 0, 'f', 1));
    emit statusMessage(tr("New take with piece %1 of take %2 regenerated (seed %3)")
                           .arg(r.piece + 1)
                           .arg(r.source.number)
                           .arg(r.seed));
    emit generationFinished(m_takes->count() - 1);
    return;
  }
  m_takes->addTake(take);
  m_takes->endLivePlayback();  // no-op unless the take played as it came
  m_progressLabel->setText(tr("Done: %1 s of audio").arg(take.seconds(), 0, 'f', 1));
  emit statusMessage(tr("New take ready (seed %1)").arg(take.seed));
  emit generationFinished(m_takes->count() - 1);
}

void StudioView::onFailed(const QString& message, bool cancelled) {
  setBusy(false);
  m_regeneration.reset();
  // What was heard of an unfinished take is not kept: stop it.
  if (m_takes->isPlayingLive()) m_takes->stopPlayback();
  if (cancelled) {
    m_progressLabel->setText(tr("Cancelled"));
  } else {
    m_progressLabel->setText(tr("Failed"));
    explain(tr("Generation failed"), inUserTerms(message));
  }
  emit generationFailed(inUserTerms(message), cancelled);
}

QString StudioView::inUserTerms(QString message) const {
  if (m_referenceCopy.isEmpty()) return message;
  message.replace(m_referenceCopy, m_referenceName);
  const QString bare = QFileInfo(m_referenceCopy).fileName();
  if (!bare.isEmpty()) message.replace(bare, m_referenceName);
  return message;
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
