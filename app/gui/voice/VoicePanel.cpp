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
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace timbre::gui {

namespace {

const QStringList kAudioSuffixes = {QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("ogg"),
                                    QStringLiteral("oga"), QStringLiteral("mp3")};

bool isAudioFile(const QString& path) { return kAudioSuffixes.contains(QFileInfo(path).suffix().toLower()); }

// recording-<stamp>.wav, or recording-<stamp>-<n>.wav for the n-th take in one second.
const QString kRecordingStamp = QStringLiteral("yyyyMMdd-HHmmss");

// A word-wrapped note in the colour of a quality level, hidden until needed.
QLabel* makeNote(QWidget* parent, const char* name, audio::QualityLevel level) {
  auto* note = new QLabel(parent);
  note->setObjectName(QLatin1String(name));
  note->setWordWrap(true);
  note->setStyleSheet(QStringLiteral("color: %1;").arg(QualityView::levelColor(level).name()));
  note->hide();
  return note;
}

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
  // Every take is kept on disk; this brings back one that another clip replaced.
  auto* recentButton = new QToolButton(this);
  recentButton->setObjectName(QStringLiteral("recentRecordingsButton"));
  recentButton->setText(tr("Recent recordings"));
  recentButton->setToolTip(tr("The takes recorded here, newest first"));
  recentButton->setPopupMode(QToolButton::InstantPopup);
  m_recentMenu = new QMenu(recentButton);
  m_recentMenu->setObjectName(QStringLiteral("recentRecordingsMenu"));
  recentButton->setMenu(m_recentMenu);
  connect(m_recentMenu, &QMenu::aboutToShow, this, &VoicePanel::fillRecentRecordings);
  auto* top = new QHBoxLayout;
  top->addWidget(importButton);
  top->addWidget(recordButton);
  top->addWidget(recentButton);
  top->addWidget(m_fileLabel, 1);

  m_errorLabel = makeNote(this, "voiceErrorLabel", audio::QualityLevel::Fail);

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
  m_windowNote = makeNote(this, "windowNote", audio::QualityLevel::Warn);
  m_windowNote->setText(tr("No pause found between 3 and 10 s: this selection may cut a word. Drag its edges to a "
                           "quiet spot if you hear one cut."));

  m_quality = new QualityView(this);

  m_prompt = new QLineEdit(this);
  m_prompt->setObjectName(QStringLiteral("promptEdit"));
  m_prompt->setPlaceholderText(tr("What is said in the selection, word for word (leave empty to clone without it)"));
  m_promptLang = new QComboBox(this);
  m_promptLang->setObjectName(QStringLiteral("promptLanguage"));
  fillLanguageCombo(m_promptLang, QStringLiteral("zh"));
  m_transcriptNote = makeNote(this, "transcriptNote", audio::QualityLevel::Warn);
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
  layout->addWidget(m_windowNote);
  layout->addWidget(m_quality, 1);
  layout->addLayout(form);

  // The report follows the selection; a short delay keeps dragging smooth.
  m_analyzeTimer = new QTimer(this);
  m_analyzeTimer->setSingleShot(true);
  m_analyzeTimer->setInterval(120);
  connect(m_analyzeTimer, &QTimer::timeout, this, &VoicePanel::analyzeSelection);
  connect(importButton, &QPushButton::clicked, this, &VoicePanel::chooseFile);
  connect(recordButton, &QPushButton::clicked, this, [this] { openRecordDialog(); });
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
  const QString stamp = QDateTime::currentDateTime().toString(kRecordingStamp);
  QString path = QDir(folder).filePath(QStringLiteral("recording-%1.wav").arg(stamp));
  for (int n = 2; QFileInfo::exists(path); ++n)  // two takes within one second
    path = QDir(folder).filePath(QStringLiteral("recording-%1-%2.wav").arg(stamp).arg(n));
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

QList<VoicePanel::Recording> VoicePanel::recentRecordings(int max) {
  static const QRegularExpression kName(QStringLiteral("^recording-(\\d{8}-\\d{6})(?:-(\\d+))?\\.wav$"));
  struct Found {
    QString path;
    QDateTime recorded;
    int take = 1;  // the n-th in that second
  };
  std::vector<Found> found;
  const QFileInfoList files =
      QDir(recordingsFolder()).entryInfoList({QStringLiteral("recording-*.wav")}, QDir::Files | QDir::Readable);
  for (const QFileInfo& file : files) {
    const QRegularExpressionMatch m = kName.match(file.fileName());
    if (!m.hasMatch()) continue;
    const QDateTime when = QDateTime::fromString(m.captured(1), kRecordingStamp);
    if (when.isValid()) found.push_back({file.filePath(), when, m.captured(2).isEmpty() ? 1 : m.captured(2).toInt()});
  }
  // By the names, not the file times: a copied or restored folder keeps its order.
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return a.recorded != b.recorded ? a.recorded > b.recorded : a.take > b.take;
  });
  QList<Recording> recent;
  for (const Found& f : found) {
    if (recent.size() >= max) break;
    try {
      recent.push_back({f.path, f.recorded, audio::audioFileSeconds(f.path.toStdString())});
    } catch (const std::exception&) {
      // Damaged or not audio: nothing to offer.
    }
  }
  return recent;
}

void VoicePanel::fillRecentRecordings() {
  m_recentMenu->clear();
  const QLocale locale;
  for (const Recording& r : recentRecordings()) {
    QAction* action = m_recentMenu->addAction(
        tr("%1 %2 (%3 s)")
            .arg(locale.toString(r.recorded.date(), QLocale::ShortFormat),
                 r.recorded.time().toString(QStringLiteral("HH:mm:ss")), locale.toString(r.seconds, 'f', 1)),
        this, [this, path = r.path] { loadFile(path); });
    action->setData(r.path);
    action->setToolTip(QDir::toNativeSeparators(r.path));
  }
  if (m_recentMenu->isEmpty()) m_recentMenu->addAction(tr("No recordings yet"))->setEnabled(false);
}

RecordDialog* VoicePanel::openRecordDialog(AudioRecorder* recorder) {
  auto* dialog = new RecordDialog(this, recorder);
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
  m_windowNote->hide();
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
  const audio::ChosenWindow window = audio::chooseReferenceWindow(m_mono.samples, m_mono.sampleRateHz);
  m_waveform->setSelection(window.begin, window.end);
  m_windowNote->setVisible(window.mayCutSpeech);  // after the selection change, which hides it
}

void VoicePanel::setSelectionSeconds(double begin, double end) {
  const double rate = m_mono.sampleRateHz;
  m_waveform->setSelection(std::size_t(std::max(0.0, begin) * rate), std::size_t(std::max(0.0, end) * rate));
}

void VoicePanel::selectionChanged() {
  stopPlayback();  // the cursor would run through a part no longer selected
  m_windowNote->hide();  // it spoke of the picked window, not of this one
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
