#include "TakesPanel.h"

#include "AudioPlayer.h"
#include "SubtitleWriter.h"

#include "audio/AudioFile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace timbre::gui {

namespace {

// A non-blocking message box, so nothing waits on it.
void showError(QWidget* parent, const QString& title, const QString& text) {
  auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

}  // namespace

TakesPanel::TakesPanel(QWidget* parent) : QGroupBox(tr("Takes"), parent) {
  setObjectName(QStringLiteral("takesPanel"));
  m_list = new QListWidget(this);
  m_list->setObjectName(QStringLiteral("takesList"));
  m_play = new QPushButton(tr("Play"), this);
  m_play->setObjectName(QStringLiteral("playButton"));
  m_stop = new QPushButton(tr("Stop"), this);
  m_stop->setObjectName(QStringLiteral("stopButton"));
  m_exportAudio = new QPushButton(tr("Export audio…"), this);
  m_exportSubtitles = new QPushButton(tr("Export subtitles…"), this);
  m_remove = new QPushButton(tr("Remove"), this);
  auto* buttons = new QVBoxLayout;
  for (QPushButton* b : {m_play, m_stop, m_exportAudio, m_exportSubtitles, m_remove}) buttons->addWidget(b);
  buttons->addStretch();
  auto* layout = new QHBoxLayout(this);
  layout->addWidget(m_list, 1);
  layout->addLayout(buttons);

  m_player = new AudioPlayer(this);
  connect(m_player, &AudioPlayer::started, this, &TakesPanel::updateButtons);
  connect(m_player, &AudioPlayer::finished, this, &TakesPanel::updateButtons);
  connect(m_player, &AudioPlayer::failed, this,
          [this](const QString& message) { showError(this, tr("Cannot play"), message); updateButtons(); });
  connect(m_play, &QPushButton::clicked, this, &TakesPanel::playCurrent);
  connect(m_stop, &QPushButton::clicked, this, [this] { m_player->stop(); updateButtons(); });
  connect(m_exportAudio, &QPushButton::clicked, this, &TakesPanel::exportCurrentAudio);
  connect(m_exportSubtitles, &QPushButton::clicked, this, &TakesPanel::exportCurrentSubtitles);
  connect(m_remove, &QPushButton::clicked, this, &TakesPanel::removeCurrent);
  connect(m_list, &QListWidget::currentRowChanged, this, &TakesPanel::updateButtons);
  connect(m_list, &QListWidget::itemDoubleClicked, this, &TakesPanel::playCurrent);
  updateButtons();
}

TakesPanel::~TakesPanel() { m_player->stop(); }

void TakesPanel::addTake(const Take& take) {
  m_takes.push_back(take);
  QString text = take.text.simplified();
  if (text.size() > 60) text = text.left(57) + QStringLiteral("…");
  m_list->addItem(tr("Take %1 — %2 s, %3 piece(s), seed %4 — %5")
                      .arg(++m_counter)
                      .arg(take.seconds(), 0, 'f', 1)
                      .arg(take.pieces.size())
                      .arg(take.seed)
                      .arg(text));
  m_list->setCurrentRow(m_list->count() - 1);
  updateButtons();
}

int TakesPanel::currentIndex() const { return m_list->currentRow(); }

QString TakesPanel::exportAudio(int index, const QString& path) const {
  try {
    audio::writeAudioFile(path.toStdString(), take(index).audio);
  } catch (const std::exception& e) {
    return QString::fromStdString(e.what());
  }
  return {};
}

QString TakesPanel::exportSubtitles(int index, const QString& path) const {
  return writeSubtitles(path, take(index).pieces);
}

void TakesPanel::playCurrent() {
  const int i = currentIndex();
  if (i < 0) return;
  m_player->play(take(i).audio);
  updateButtons();
}

void TakesPanel::exportCurrentAudio() {
  const int i = currentIndex();
  if (i < 0) return;
  QSettings settings;
  const QString folder = settings.value(QStringLiteral("takes/exportFolder")).toString();
  QString filter;
  QString path = QFileDialog::getSaveFileName(
      this, tr("Export take"), folder + QStringLiteral("/take-%1.wav").arg(i + 1),
      tr("WAV (*.wav);;FLAC (*.flac);;MP3 (*.mp3);;Ogg Vorbis (*.ogg)"), &filter);
  if (path.isEmpty()) return;
  // The chosen filter decides the format when no known extension was typed.
  static const QStringList kExtensions = {QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("mp3"),
                                          QStringLiteral("ogg")};
  if (!kExtensions.contains(QFileInfo(path).suffix().toLower())) {
    const int open = int(filter.indexOf(QLatin1String("*."))), close = int(filter.indexOf(QLatin1Char(')')));
    if (open >= 0 && close > open) path += filter.mid(open + 1, close - open - 1);
  }
  settings.setValue(QStringLiteral("takes/exportFolder"), QFileInfo(path).path());
  const QString error = exportAudio(i, path);
  if (!error.isEmpty()) showError(this, tr("Export failed"), error);
}

void TakesPanel::exportCurrentSubtitles() {
  const int i = currentIndex();
  if (i < 0) return;
  QSettings settings;
  const QString folder = settings.value(QStringLiteral("takes/exportFolder")).toString();
  QString filter;
  QString path = QFileDialog::getSaveFileName(this, tr("Export subtitles"),
                                              folder + QStringLiteral("/take-%1.srt").arg(i + 1),
                                              tr("SubRip (*.srt);;WebVTT (*.vtt)"), &filter);
  if (path.isEmpty()) return;
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix != QLatin1String("srt") && suffix != QLatin1String("vtt"))
    path += filter.contains(QLatin1String("vtt")) ? QStringLiteral(".vtt") : QStringLiteral(".srt");
  settings.setValue(QStringLiteral("takes/exportFolder"), QFileInfo(path).path());
  const QString error = exportSubtitles(i, path);
  if (!error.isEmpty()) showError(this, tr("Export failed"), error);
}

void TakesPanel::removeCurrent() {
  const int i = currentIndex();
  if (i < 0) return;
  m_player->stop();
  m_takes.erase(m_takes.begin() + i);
  delete m_list->takeItem(i);
  updateButtons();
}

void TakesPanel::updateButtons() {
  const bool has = currentIndex() >= 0;
  m_play->setEnabled(has);
  m_stop->setEnabled(m_player->isPlaying());
  m_exportAudio->setEnabled(has);
  m_exportSubtitles->setEnabled(has && !take(currentIndex()).pieces.empty());
  m_remove->setEnabled(has);
}

}  // namespace timbre::gui
