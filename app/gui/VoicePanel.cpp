#include "VoicePanel.h"

#include "LanguageModes.h"
#include "QualityView.h"
#include "WaveformView.h"

#include "audio/AudioFile.h"
#include "audio/QualityReport.h"
#include "audio/ReferenceWindow.h"
#include "timbre/Error.h"

#include <QComboBox>
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
#include <QTextStream>
#include <QTimer>
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
  auto* top = new QHBoxLayout;
  top->addWidget(importButton);
  top->addWidget(m_fileLabel, 1);

  m_errorLabel = new QLabel(this);
  m_errorLabel->setObjectName(QStringLiteral("voiceErrorLabel"));
  m_errorLabel->setWordWrap(true);
  m_errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(QualityView::levelColor(audio::QualityLevel::Fail).name()));
  m_errorLabel->hide();

  m_waveform = new WaveformView(this);
  m_waveform->setMinimumHeight(110);

  m_pickBest = new QPushButton(tr("Pick best 3–10 s"), this);
  m_pickBest->setObjectName(QStringLiteral("pickBestButton"));
  m_pickBest->setToolTip(tr("Select the stretch of 3 to 10 seconds with the most speech, cut at pauses"));
  m_selectAll = new QPushButton(tr("Select all"), this);
  m_selectionLabel = new QLabel(this);
  m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
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
  auto* form = new QFormLayout;
  form->addRow(tr("Transcript:"), m_prompt);
  form->addRow(tr("Its language:"), m_promptLang);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(m_errorLabel);
  layout->addWidget(m_waveform);
  layout->addLayout(selectionRow);
  layout->addWidget(m_quality, 1);
  layout->addLayout(form);

  // The report follows the selection; a short delay keeps dragging smooth.
  m_analyzeTimer = new QTimer(this);
  m_analyzeTimer->setSingleShot(true);
  m_analyzeTimer->setInterval(120);
  connect(m_analyzeTimer, &QTimer::timeout, this, &VoicePanel::analyzeSelection);
  connect(importButton, &QPushButton::clicked, this, &VoicePanel::chooseFile);
  connect(m_pickBest, &QPushButton::clicked, this, &VoicePanel::pickBestWindow);
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

bool VoicePanel::loadFile(const QString& path) {
  try {
    audio::AudioBuffer audio = audio::readAudioFile(path.toStdString());
    m_audio = std::move(audio);
  } catch (const std::exception& e) {
    m_errorLabel->setText(tr("Could not open this recording: %1").arg(QString::fromStdString(e.what())));
    m_errorLabel->show();
    return false;
  }
  m_errorLabel->hide();
  m_path = path;
  m_mono = audio::mixToMono(m_audio);
  m_fileLabel->setText(QFileInfo(path).fileName());
  m_fileLabel->setToolTip(path);
  const QString transcript = siblingTranscript(path);
  if (!transcript.isEmpty()) m_prompt->setText(transcript);
  m_waveform->setAudio(m_mono.samples, m_mono.sampleRateHz);
  // A long take gets a usable window straight away; the user can still change it.
  if (m_audio.durationSeconds() > audio::kMaxReferenceSeconds) pickBestWindow();
  analyzeSelection();
  emit audioLoaded(path);
  return true;
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
void VoicePanel::setPromptText(const QString& text) { m_prompt->setText(text); }
QString VoicePanel::promptLanguage() const { return m_promptLang->currentData().toString(); }

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
