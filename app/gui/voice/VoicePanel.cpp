#include "VoicePanel.h"

#include "AudioPlayer.h"
#include "LanguageModes.h"
#include "QualityView.h"
#include "RecordDialog.h"
#include "WaveformView.h"

#include "audio/AudioFile.h"
#include "audio/QualityReport.h"
#include "audio/ReferenceWindow.h"
#include "timbre/Error.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace timbre::gui {

namespace {

const QStringList kAudioSuffixes = {QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("ogg"),
                                    QStringLiteral("oga"), QStringLiteral("mp3")};

bool isAudioFile(const QString& path) { return kAudioSuffixes.contains(QFileInfo(path).suffix().toLower()); }

// The transcript many corpora keep beside a clip (X.wav + X.txt / X.lab).
QString siblingTranscript(const QString& path) {
  const QFileInfo info(path);
  for (const char* suffix : {".txt", ".lab"}) {
    QFile file(info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1String(suffix));
    if (file.size() > 0 && file.size() < 4096 && file.open(QIODevice::ReadOnly))
      return QString::fromUtf8(file.readAll()).trimmed();
  }
  return {};
}

}  // namespace

VoicePanel::VoicePanel(QWidget* parent) : QGroupBox(tr("Voice"), parent) {
  setObjectName(QStringLiteral("voicePanel"));
  setAcceptDrops(true);

  auto* importButton = new QPushButton(tr("Import recording…"), this);
  importButton->setObjectName(QStringLiteral("importButton"));
  m_fileLabel = new QLabel(tr("No recording"), this);
  m_fileLabel->setObjectName(QStringLiteral("voiceFileLabel"));
  m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* recordButton = new QPushButton(tr("Record…"), this);
  recordButton->setObjectName(QStringLiteral("recordButton"));
  recordButton->setToolTip(tr("Record the voice with the microphone"));
  auto* top = new QHBoxLayout;
  top->addWidget(importButton);
  top->addWidget(recordButton);
  top->addWidget(m_fileLabel, 1);

  m_errorLabel = new QLabel(this);
  m_errorLabel->setObjectName(QStringLiteral("voiceErrorLabel"));
  m_errorLabel->setWordWrap(true);
  m_errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(QualityView::levelColor(audio::QualityLevel::Fail).name()));
  m_errorLabel->hide();

  m_waveform = new WaveformView(this);
  m_waveform->setMinimumHeight(80);  // low enough for the studio to fit 1280x800

  // Under the waveform: view, listen, edit.
  const auto tool = [this](const QString& text, const char* name, const QString& tip) {
    auto* b = new QToolButton(this);
    b->setText(text);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(tip);
    return b;
  };
  m_zoomOut = tool(QStringLiteral("−"), "zoomOutButton", tr("Zoom out (-)"));
  m_zoomIn = tool(QStringLiteral("+"), "zoomInButton", tr("Zoom in (+, or Ctrl+wheel)"));
  m_zoomFit = tool(tr("Fit"), "zoomFitButton", tr("Show the whole recording (0)"));
  m_play = tool(tr("▶ Play selection"), "playSelectionButton", tr("Listen to the selection (Space)"));
  m_trim = tool(tr("Trim to selection"), "trimButton", tr("Keep only the selection (Ctrl+T)"));
  m_undoTrim = tool(tr("Undo trim"), "undoTrimButton", tr("Bring back what the last trim removed (Ctrl+Z)"));
  auto* editRow = new QHBoxLayout;
  editRow->addWidget(m_zoomOut);
  editRow->addWidget(m_zoomIn);
  editRow->addWidget(m_zoomFit);
  editRow->addSpacing(12);
  editRow->addWidget(m_play);
  editRow->addStretch(1);
  editRow->addWidget(m_trim);
  editRow->addWidget(m_undoTrim);

  m_pickBest = new QPushButton(tr("Pick best 3–10 s"), this);
  m_pickBest->setObjectName(QStringLiteral("pickBestButton"));
  m_pickBest->setToolTip(tr("Select the stretch of 3 to 10 seconds with the most speech, cut at pauses"));
  m_selectAll = new QPushButton(tr("Select all"), this);
  m_selectionLabel = new QLabel(this);
  m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
  // Longer in some languages: it wraps instead of widening the panel past 1280 px.
  m_selectionLabel->setWordWrap(true);
  m_selectionLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  auto* selectionRow = new QHBoxLayout;
  selectionRow->addWidget(m_pickBest);
  selectionRow->addWidget(m_selectAll);
  selectionRow->addWidget(m_selectionLabel, 1);

  m_quality = new QualityView(this);

  m_prompt = new QLineEdit(this);
  m_prompt->setObjectName(QStringLiteral("promptEdit"));
  m_prompt->setPlaceholderText(tr("What is said in the selection, word for word (leave empty to clone without it)"));
  m_promptLang = new QComboBox(this);
  m_promptLang->setObjectName(QStringLiteral("promptLanguage"));
  fillLanguageCombo(m_promptLang, QStringLiteral("zh"));
  m_transcriptNote = new QLabel(this);
  m_transcriptNote->setObjectName(QStringLiteral("transcriptNote"));
  m_transcriptNote->setWordWrap(true);
  m_transcriptNote->setStyleSheet(QStringLiteral("color: %1;").arg(QualityView::levelColor(audio::QualityLevel::Warn).name()));
  m_transcriptNote->hide();
  auto* form = new QFormLayout;
  form->addRow(tr("Transcript:"), m_prompt);
  form->addRow(tr("Its language:"), m_promptLang);
  form->addRow(m_transcriptNote);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(m_errorLabel);
  layout->addWidget(m_waveform);
  layout->addLayout(editRow);
  layout->addLayout(selectionRow);
  layout->addWidget(m_quality, 1);
  layout->addLayout(form);

  // The report follows the selection; a short delay keeps dragging smooth.
  m_analyzeTimer = new QTimer(this);
  m_analyzeTimer->setSingleShot(true);
  m_analyzeTimer->setInterval(120);
  connect(m_analyzeTimer, &QTimer::timeout, this, &VoicePanel::analyzeSelection);
  connect(importButton, &QPushButton::clicked, this, &VoicePanel::chooseFile);
  connect(recordButton, &QPushButton::clicked, this, &VoicePanel::openRecordDialog);
  connect(m_zoomOut, &QToolButton::clicked, m_waveform, &WaveformView::zoomOut);
  connect(m_zoomIn, &QToolButton::clicked, m_waveform, &WaveformView::zoomIn);
  connect(m_zoomFit, &QToolButton::clicked, m_waveform, &WaveformView::zoomToFit);
  connect(m_waveform, &WaveformView::viewChanged, this, &VoicePanel::updateEditButtons);
  connect(m_trim, &QToolButton::clicked, this, &VoicePanel::trimToSelection);
  connect(m_undoTrim, &QToolButton::clicked, this, &VoicePanel::undoTrim);
  for (auto [keys, slot] : {std::pair{QKeySequence(tr("Ctrl+T")), &VoicePanel::trimToSelection},
                            std::pair{QKeySequence(QKeySequence::Undo), &VoicePanel::undoTrim}}) {
    auto* shortcut = new QShortcut(keys, m_waveform);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, slot);
  }

  m_player = new AudioPlayer(this);
  m_cursorTimer = new QTimer(this);
  m_cursorTimer->setInterval(30);
  connect(m_cursorTimer, &QTimer::timeout, this, &VoicePanel::updatePlayCursor);
  connect(m_play, &QToolButton::clicked, this, [this] { isPlaying() ? stopPlayback() : playSelection(); });
  connect(m_waveform, &WaveformView::playToggleRequested, this, [this] { isPlaying() ? stopPlayback() : playSelection(); });
  connect(m_player, &AudioPlayer::finished, this, &VoicePanel::playbackEnded);
  connect(m_player, &AudioPlayer::failed, this, [this](const QString& message) {
    playbackEnded();
    m_errorLabel->setText(message);
    m_errorLabel->show();
  });
  connect(m_pickBest, &QPushButton::clicked, this, &VoicePanel::pickBestWindow);
  connect(m_prompt, &QLineEdit::textEdited, m_transcriptNote, &QWidget::hide);
  connect(m_selectAll, &QPushButton::clicked, this,
          [this] { m_waveform->setSelection(0, m_waveform->sampleCount()); });
  connect(m_waveform, &WaveformView::selectionChanged, this, &VoicePanel::selectionChanged);
  selectionChanged();
}

void VoicePanel::chooseFile() {
  QSettings settings;
  const QString start = settings.value(QStringLiteral("voice/lastFolder")).toString();
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Import a recording of the voice"), start,
      tr("Audio (*.wav *.flac *.ogg *.oga *.mp3);;All files (*)"));
  if (path.isEmpty()) return;
  settings.setValue(QStringLiteral("voice/lastFolder"), QFileInfo(path).path());
  loadFile(path);
}

VoicePanel::~VoicePanel() { m_player->stop(); }

bool VoicePanel::loadFile(const QString& path) {
  audio::AudioBuffer audio;
  try {
    audio = audio::readAudioFile(path.toStdString());
  } catch (const std::exception& e) {
    m_errorLabel->setText(tr("Could not open this recording: %1").arg(QString::fromStdString(e.what())));
    m_errorLabel->show();
    return false;
  }
  m_errorLabel->hide();
  const QString transcript = siblingTranscript(path);
  if (!transcript.isEmpty()) {
    m_prompt->setText(transcript);
    m_transcriptNote->hide();
  } else {
    forgetTranscript(QFileInfo(path).fileName());
  }
  setClip(std::move(audio), path, QFileInfo(path).fileName());
  emit audioLoaded(path);
  return true;
}

// The transcript typed for the previous clip says what was said there, not
// here: generating from it would pair this voice with another recording's words.
void VoicePanel::forgetTranscript(const QString& clipName) {
  const bool hadOne = !m_prompt->text().trimmed().isEmpty();
  m_prompt->clear();
  m_transcriptNote->setText(
      hadOne ? tr("No transcript came with “%1”, so the previous clip's transcript was cleared. Type what is said "
                  "in this recording and check its language, or leave it empty to clone without it.")
                   .arg(clipName)
             : tr("No transcript came with “%1”. Type what is said in it and check its language, or leave it "
                  "empty to clone without it.")
                   .arg(clipName));
  m_transcriptNote->show();
}

void VoicePanel::restoreClip(audio::AudioBuffer audio, const QString& path, const QString& label,
                             qint64 selectionBegin, qint64 selectionEnd) {
  m_errorLabel->hide();
  m_transcriptNote->hide();
  setClip(std::move(audio), path, label);
  const auto frames = qint64(m_waveform->sampleCount());
  if (selectionEnd > selectionBegin && selectionEnd <= frames)
    m_waveform->setSelection(std::size_t(selectionBegin), std::size_t(selectionEnd));
  analyzeSelection();
}

QStringList VoicePanel::referenceProblems() {
  analyzeSelection();  // the report may still wait for its timer
  return m_quality->failingChecks();
}

QString VoicePanel::transcriptNote() const { return m_transcriptNote->isHidden() ? QString() : m_transcriptNote->text(); }

QString VoicePanel::recordingsFolder() {
  return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recordings");
}

bool VoicePanel::useRecording(const audio::AudioBuffer& take) {
  if (take.empty() || take.sampleRateHz <= 0) {
    m_errorLabel->setText(tr("The recording is empty."));
    m_errorLabel->show();
    return false;
  }
  const QString folder = recordingsFolder();
  QString path = QDir(folder).filePath(
      QStringLiteral("recording-%1.wav").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
  for (int n = 2; QFileInfo::exists(path); ++n)  // two takes within one second
    path = QDir(folder).filePath(QStringLiteral("recording-%1-%2.wav")
                                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                     .arg(n));
  QString saveError;
  try {
    if (!QDir().mkpath(folder)) throw std::runtime_error(tr("cannot create %1").arg(folder).toStdString());
    audio::writeAudioFile(path.toStdString(), take, audio::AudioFormat::WavFloat);
  } catch (const std::exception& e) {
    saveError = QString::fromStdString(e.what());
  }
  forgetTranscript(saveError.isEmpty() ? QFileInfo(path).fileName() : tr("Unsaved recording"));
  if (saveError.isEmpty()) {
    m_errorLabel->hide();
    setClip(take, path, QFileInfo(path).fileName());
    emit audioLoaded(path);
  } else {
    // Still usable from memory; say that it is not on disk.
    setClip(take, QString(), tr("Unsaved recording"));
    m_errorLabel->setText(tr("The recording could not be saved: %1").arg(saveError));
    m_errorLabel->show();
  }
  return true;
}

RecordDialog* VoicePanel::openRecordDialog() {
  auto* dialog = new RecordDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog] { useRecording(dialog->take()); });
  dialog->open();
  return dialog;
}

void VoicePanel::setClip(audio::AudioBuffer audio, const QString& path, const QString& label) {
  stopPlayback();
  m_audio = std::move(audio);
  m_path = path;
  m_label = label;
  m_undo.clear();
  showClip();
  // A long take gets a usable window straight away; the user can still change it.
  if (m_audio.durationSeconds() > audio::kMaxReferenceSeconds) pickBestWindow();
  analyzeSelection();
}

// The view of m_audio as it is now (new clip, trim or undo).
void VoicePanel::showClip() {
  m_mono = audio::mixToMono(m_audio);
  m_fileLabel->setText(m_undo.empty() ? m_label : tr("%1 (trimmed)").arg(m_label));
  m_fileLabel->setToolTip(m_path);
  m_waveform->setAudio(m_mono.samples, m_mono.sampleRateHz);
  updateEditButtons();
}

bool VoicePanel::trimToSelection() {
  const std::size_t begin = m_waveform->selectionBegin(), end = m_waveform->selectionEnd();
  if (m_audio.empty() || end <= begin || (begin == 0 && end >= m_audio.frames())) return false;
  stopPlayback();
  audio::AudioBuffer kept = selectedAudio();
  m_undo.push_back({std::move(m_audio), begin, end});
  if (m_undo.size() > std::size_t(kMaxUndoTrims)) m_undo.erase(m_undo.begin());
  m_audio = std::move(kept);
  showClip();
  analyzeSelection();
  emit audioEdited();
  return true;
}

bool VoicePanel::undoTrim() {
  if (m_undo.empty()) return false;
  stopPlayback();
  Edit last = std::move(m_undo.back());
  m_undo.pop_back();
  m_audio = std::move(last.audio);
  showClip();
  m_waveform->setSelection(last.selBegin, last.selEnd);
  analyzeSelection();
  emit audioEdited();
  return true;
}

void VoicePanel::updateEditButtons() {
  const bool has = !m_mono.empty();
  const std::size_t begin = m_waveform->selectionBegin(), end = m_waveform->selectionEnd();
  m_zoomIn->setEnabled(has && m_waveform->canZoomIn());
  m_zoomOut->setEnabled(has && m_waveform->zoomFactor() > 1.0);
  m_zoomFit->setEnabled(has && m_waveform->zoomFactor() > 1.0);
  m_play->setEnabled(has && end > begin);
  m_play->setText(isPlaying() ? tr("■ Stop") : tr("▶ Play selection"));
  m_trim->setEnabled(has && end > begin && (begin > 0 || end < m_mono.frames()));
  m_undoTrim->setEnabled(!m_undo.empty());
}

bool VoicePanel::isPlaying() const { return m_cursorTimer->isActive(); }

void VoicePanel::playSelection() {
  const audio::AudioBuffer part = selectedAudio();
  if (part.empty()) return;
  m_errorLabel->hide();
  m_playFrom = m_waveform->selectionBegin();
  m_player->play(part);
  m_cursorTimer->start();
  m_waveform->setPlayCursor((long long)m_playFrom);
  updateEditButtons();
}

void VoicePanel::stopPlayback() {
  if (!isPlaying()) return;
  m_player->stop();
  playbackEnded();
}

void VoicePanel::updatePlayCursor() {
  m_waveform->setPlayCursor((long long)(m_playFrom + m_player->playedFrames()));
}

void VoicePanel::playbackEnded() {
  // finished() of a playback we already stopped arrives late: nothing left to do.
  if (!isPlaying() || m_player->isPlaying()) return;
  m_cursorTimer->stop();
  m_waveform->setPlayCursor(-1);
  updateEditButtons();
}

audio::AudioBuffer VoicePanel::selectedAudio() const {
  audio::AudioBuffer out;
  out.sampleRateHz = m_audio.sampleRateHz;
  out.channels = m_audio.channels;
  const auto ch = std::size_t(m_audio.channels);
  const std::size_t begin = m_waveform->selectionBegin(), end = m_waveform->selectionEnd();
  if (end > begin)
    out.samples.assign(m_audio.samples.begin() + std::ptrdiff_t(begin * ch),
                       m_audio.samples.begin() + std::ptrdiff_t(end * ch));
  return out;
}

QString VoicePanel::writeSelection(const QString& path) const {
  try {
    audio::writeAudioFile(path.toStdString(), audio::mixToMono(selectedAudio()), audio::AudioFormat::WavFloat);
  } catch (const std::exception& e) {
    return QString::fromStdString(e.what());
  }
  return {};
}

void VoicePanel::pickBestWindow() {
  if (m_mono.empty()) return;
  const audio::SampleRange r = audio::chooseReferenceWindow(m_mono.samples, m_mono.sampleRateHz);
  m_waveform->setSelection(r.begin, r.end);
}

void VoicePanel::setSelectionSeconds(double begin, double end) {
  const double rate = m_mono.sampleRateHz;
  m_waveform->setSelection(std::size_t(std::max(0.0, begin) * rate), std::size_t(std::max(0.0, end) * rate));
}

void VoicePanel::selectionChanged() {
  stopPlayback();  // the cursor would run through a part no longer selected
  updateEditButtons();
  const bool has = !m_mono.empty();
  m_pickBest->setEnabled(has);
  m_selectAll->setEnabled(has);
  if (!has) {
    m_selectionLabel->clear();
    m_quality->clear();
    return;
  }
  const double rate = m_mono.sampleRateHz;
  const double b = m_waveform->selectionBegin() / rate, e = m_waveform->selectionEnd() / rate;
  m_selectionLabel->setText(tr("Selection %1–%2 s (%3 s of %4 s)")
                                .arg(b, 0, 'f', 2)
                                .arg(e, 0, 'f', 2)
                                .arg(e - b, 0, 'f', 2)
                                .arg(m_mono.durationSeconds(), 0, 'f', 2));
  m_analyzeTimer->start();
}

void VoicePanel::analyzeSelection() {
  m_analyzeTimer->stop();
  if (m_audio.empty()) return;
  try {
    m_quality->setReport(audio::analyzeReference(selectedAudio()));
  } catch (const std::exception& e) {
    m_quality->clear();
    m_errorLabel->setText(QString::fromStdString(e.what()));
    m_errorLabel->show();
  }
}

QString VoicePanel::promptText() const { return m_prompt->text().trimmed(); }
void VoicePanel::setPromptText(const QString& text) {
  m_prompt->setText(text);
  if (!text.trimmed().isEmpty()) m_transcriptNote->hide();
}
QString VoicePanel::promptLanguage() const { return m_promptLang->currentData().toString(); }
void VoicePanel::setPromptLanguage(const QString& code) {
  const int i = m_promptLang->findData(code);
  if (i >= 0) m_promptLang->setCurrentIndex(i);
}

void VoicePanel::dragEnterEvent(QDragEnterEvent* event) {
  const auto urls = event->mimeData()->urls();
  if (urls.size() == 1 && urls.first().isLocalFile() && isAudioFile(urls.first().toLocalFile()))
    event->acceptProposedAction();
}

void VoicePanel::dropEvent(QDropEvent* event) {
  const auto urls = event->mimeData()->urls();
  if (urls.isEmpty()) return;
  if (loadFile(urls.first().toLocalFile())) event->acceptProposedAction();
}

}  // namespace timbre::gui
