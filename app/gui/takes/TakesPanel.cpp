#include "TakesPanel.h"

#include "AppSettings.h"
#include "AudioPlayer.h"
#include "ExportMetadata.h"
#include "Id3Tag.h"
#include "SubtitleWriter.h"
#include "WaveformView.h"

#include "audio/AudioFile.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProxyStyle>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSlider>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace timbre::gui {

namespace {

// A non-blocking message box, so nothing waits on it.
void showError(QWidget* parent, const QString& title, const QString& text) {
  auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

// Export dialogs start in the output folder of the preferences (made on first use).
QString exportFolder() {
  const QString folder = AppSettings::load().outputFolder;
  QDir().mkpath(folder);
  return folder;
}

// Frames [from, to) of `audio`, for playing a piece or an A/B stretch.
audio::AudioBuffer slice(const audio::AudioBuffer& audio, qint64 from, qint64 to) {
  audio::AudioBuffer out;
  out.sampleRateHz = audio.sampleRateHz;
  out.channels = audio.channels;
  const auto frames = qint64(audio.frames());
  from = std::clamp(from, qint64(0), frames);
  to = std::clamp(to, from, frames);
  const auto channels = std::size_t(audio.channels);
  out.samples.assign(audio.samples.begin() + std::ptrdiff_t(std::size_t(from) * channels),
                     audio.samples.begin() + std::ptrdiff_t(std::size_t(to) * channels));
  return out;
}

// A click on the slider's groove jumps there (instead of a page step).
class JumpClickStyle : public QProxyStyle {
 public:
  int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                QStyleHintReturn* returned) const override {
    if (hint == SH_Slider_AbsoluteSetButtons) return Qt::LeftButton;
    return QProxyStyle::styleHint(hint, option, widget, returned);
  }
};

constexpr double kSeekStepSeconds = 2.0;  // Left/Right in the takes list
constexpr int kFollowIntervalMs = 50;

}  // namespace

TakesPanel::TakesPanel(QWidget* parent) : QGroupBox(tr("Takes"), parent) {
  setObjectName(QStringLiteral("takesPanel"));
  m_list = new QListWidget(this);
  m_list->setObjectName(QStringLiteral("takesList"));
  m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);  // two takes for A/B
  m_list->setContextMenuPolicy(Qt::CustomContextMenu);
  m_pieces = new QListWidget(this);
  m_pieces->setObjectName(QStringLiteral("piecesList"));
  m_pieces->setContextMenuPolicy(Qt::CustomContextMenu);
  m_pieces->setToolTip(tr("The selected take's pieces and where they start and end"));
  m_play = new QPushButton(tr("Play"), this);
  m_play->setObjectName(QStringLiteral("playButton"));
  m_stop = new QPushButton(tr("Stop"), this);
  m_stop->setObjectName(QStringLiteral("stopButton"));
  m_exportAudio = new QPushButton(tr("Export audio…"), this);
  m_exportSubtitles = new QPushButton(tr("Export subtitles…"), this);
  m_remove = new QPushButton(tr("Remove"), this);
  m_remove->setObjectName(QStringLiteral("removeTakeButton"));
  m_playPiece = new QPushButton(tr("Play piece"), this);
  m_playPiece->setObjectName(QStringLiteral("playPieceButton"));
  m_regenerate = new QPushButton(tr("Regenerate piece"), this);
  m_regenerate->setObjectName(QStringLiteral("regeneratePieceButton"));
  m_regenerate->setToolTip(tr("Synthesize this piece again with a new seed, as a new take; this take stays"));
  m_compare = new QPushButton(tr("Compare A/B"), this);
  m_compare->setObjectName(QStringLiteral("compareButton"));
  m_compare->setToolTip(tr("Select two takes, then listen to one or the other from the same point"));
  m_switchAb = new QPushButton(tr("Switch A/B (Tab)"), this);
  m_switchAb->setObjectName(QStringLiteral("switchAbButton"));
  m_abLabel = new QLabel(this);
  m_abLabel->setObjectName(QStringLiteral("abLabel"));
  m_abLabel->setWordWrap(true);
  m_seek = new QSlider(Qt::Horizontal, this);
  m_seek->setObjectName(QStringLiteral("seekSlider"));
  auto* jumpStyle = new JumpClickStyle;
  jumpStyle->setParent(m_seek);
  m_seek->setStyle(jumpStyle);
  m_seek->setToolTip(tr("Position in the selected take: drag or click to play from there (Left/Right in the list: ±2 s)"));
  m_timeLabel = new QLabel(this);
  m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
  m_wave = new WaveformView(this);
  m_wave->setObjectName(QStringLiteral("takeWaveform"));
  m_wave->setAttribute(Qt::WA_TransparentForMouseEvents);  // a picture of the take; the slider seeks
  m_wave->setMinimumHeight(50);
  m_wave->setMaximumHeight(70);
  m_wave->setPlaceholderText(tr("Each take you generate is drawn here, its pieces marked"));
  m_positionTimer = new QTimer(this);
  m_positionTimer->setInterval(kFollowIntervalMs);

  auto* buttons = new QVBoxLayout;
  for (QPushButton* b : {m_play, m_stop, m_exportAudio, m_exportSubtitles, m_remove}) buttons->addWidget(b);
  buttons->addStretch();
  auto* abRow = new QHBoxLayout;
  abRow->addWidget(m_compare);
  abRow->addWidget(m_switchAb);
  abRow->addStretch();
  auto* pieceRow = new QHBoxLayout;
  pieceRow->addWidget(m_playPiece);
  pieceRow->addWidget(m_regenerate);
  pieceRow->addStretch();
  auto* seekRow = new QHBoxLayout;
  seekRow->addWidget(m_seek, 1);
  seekRow->addWidget(m_timeLabel);
  auto* layout = new QGridLayout(this);
  layout->addWidget(m_list, 0, 0);
  layout->addWidget(m_pieces, 0, 1);
  layout->addLayout(buttons, 0, 2, 5, 1);
  layout->addWidget(m_wave, 1, 0, 1, 2);
  layout->addLayout(seekRow, 2, 0, 1, 2);
  layout->addLayout(abRow, 3, 0);
  layout->addLayout(pieceRow, 3, 1);
  layout->addWidget(m_abLabel, 4, 0, 1, 2);
  layout->setColumnStretch(0, 1);
  layout->setColumnStretch(1, 1);
  layout->setRowStretch(0, 1);

  // Tab switches A/B while comparing, when the focus is in this panel (so the
  // script editor keeps its Tab).
  m_abShortcut = new QShortcut(QKeySequence(Qt::Key_Tab), this);
  m_abShortcut->setContext(Qt::WidgetWithChildrenShortcut);
  m_abShortcut->setEnabled(false);
  connect(m_abShortcut, &QShortcut::activated, this, &TakesPanel::switchAb);

  m_player = new AudioPlayer(this);
  connect(m_player, &AudioPlayer::started, this, &TakesPanel::updateButtons);
  connect(m_player, &AudioPlayer::finished, this, &TakesPanel::playingEnded);
  connect(m_player, &AudioPlayer::failed, this, [this](const QString& message) {
    showError(this, tr("Cannot play"), message);
    playingEnded();
  });
  connect(m_positionTimer, &QTimer::timeout, this, &TakesPanel::followPlayback);
  // Clicks and keys seek at once; a drag shows where it is and seeks on release.
  connect(m_seek, &QSlider::valueChanged, this, [this](int value) {
    if (m_showingPosition) return;
    if (m_seek->isSliderDown()) {
      m_seekPending = true;
      showPosition(value);
    } else {
      seekTo(value);
    }
  });
  connect(m_seek, &QSlider::sliderReleased, this, [this] {
    if (m_seekPending) seekTo(m_seek->value());
    m_seekPending = false;
  });
  m_list->installEventFilter(this);
  connect(m_play, &QPushButton::clicked, this, &TakesPanel::playCurrent);
  connect(m_stop, &QPushButton::clicked, this, &TakesPanel::stopPlayback);
  connect(m_exportAudio, &QPushButton::clicked, this, &TakesPanel::exportCurrentAudio);
  connect(m_exportSubtitles, &QPushButton::clicked, this, &TakesPanel::exportCurrentSubtitles);
  connect(m_remove, &QPushButton::clicked, this, &TakesPanel::removeCurrent);
  connect(m_playPiece, &QPushButton::clicked, this, &TakesPanel::playCurrentPiece);
  connect(m_regenerate, &QPushButton::clicked, this, &TakesPanel::regenerateCurrentPiece);
  connect(m_compare, &QPushButton::clicked, this, &TakesPanel::compareSelected);
  connect(m_switchAb, &QPushButton::clicked, this, &TakesPanel::switchAb);
  connect(m_list, &QListWidget::currentRowChanged, this, [this] {
    showPieces();
    resetPosition();
    updateButtons();
  });
  connect(m_list, &QListWidget::itemSelectionChanged, this, &TakesPanel::updateButtons);
  connect(m_list, &QListWidget::itemDoubleClicked, this, &TakesPanel::playCurrent);
  connect(m_list, &QListWidget::customContextMenuRequested, this, &TakesPanel::showTakesMenu);
  connect(m_pieces, &QListWidget::currentRowChanged, this, &TakesPanel::updateButtons);
  connect(m_pieces, &QListWidget::currentRowChanged, this, [this](int piece) {
    const int i = currentIndex();
    if (i < 0) return;
    const auto& pieces = take(i).pieces;
    if (piece >= 0 && std::size_t(piece) < pieces.size())
      m_wave->setSelection(std::size_t(pieces[std::size_t(piece)].startFrame), std::size_t(pieces[std::size_t(piece)].endFrame));
    else
      m_wave->setSelection(0, m_wave->sampleCount());
  });
  connect(m_pieces, &QListWidget::itemDoubleClicked, this, &TakesPanel::playCurrentPiece);
  connect(m_pieces, &QListWidget::customContextMenuRequested, this, &TakesPanel::showPiecesMenu);
  updateAbLabel();
  resetPosition();
  updateButtons();
}

TakesPanel::~TakesPanel() { m_player->stop(); }

void TakesPanel::addTake(const Take& take) {
  appendTake(take, ++m_counter);
  emit takeAdded(count() - 1);
}

void TakesPanel::restoreTake(const Take& take) {
  m_counter = std::max(m_counter, take.number);
  appendTake(take, take.number);
}

void TakesPanel::clearTakes() {
  stopComparison();
  m_list->clear();  // first: its row change still reads the takes
  m_takes.clear();
  m_counter = 0;
  showPieces();
  resetPosition();
  updateButtons();
}

void TakesPanel::setTakeReference(int index, const QString& path) {
  m_takes.at(std::size_t(index)).job.referencePath = path;
}

void TakesPanel::appendTake(const Take& take, int number) {
  m_takes.push_back(take);
  Take& added = m_takes.back();
  added.number = number;
  QString text = take.text.simplified();
  if (text.size() > 60) text = text.left(57) + QStringLiteral("…");
  QString label;
  if (take.regeneratedPiece >= 0 && std::size_t(take.regeneratedPiece) < take.pieces.size()) {
    label = tr("Take %1 (piece %2 regenerated) — %3 s, %4 piece(s), from take %5, new seed %6 — %7")
                .arg(added.number)
                .arg(take.regeneratedPiece + 1)
                .arg(take.seconds(), 0, 'f', 1)
                .arg(take.pieces.size())
                .arg(take.sourceNumber)
                .arg(take.pieces[std::size_t(take.regeneratedPiece)].seed)
                .arg(text);
  } else {
    label = tr("Take %1 — %2 s, %3 piece(s), seed %4 — %5")
                .arg(added.number)
                .arg(take.seconds(), 0, 'f', 1)
                .arg(take.pieces.size())
                .arg(take.seed)
                .arg(text);
  }
  m_list->addItem(label);
  // The new take alone is selected, so the single-take buttons work on it.
  m_list->setCurrentRow(m_list->count() - 1, QItemSelectionModel::ClearAndSelect);
  updateButtons();
}

int TakesPanel::currentIndex() const { return m_list->currentRow(); }

void TakesPanel::setCurrentIndex(int index) { m_list->setCurrentRow(index); }

int TakesPanel::indexOfNumber(int number) const {
  for (std::size_t i = 0; i < m_takes.size(); ++i)
    if (m_takes[i].number == number) return int(i);
  return -1;
}

QList<int> TakesPanel::selectedIndexes() const {
  QList<int> rows;
  for (const QListWidgetItem* item : m_list->selectedItems()) rows << m_list->row(item);
  std::sort(rows.begin(), rows.end());
  return rows;
}

int TakesPanel::currentPiece() const { return currentIndex() < 0 ? -1 : m_pieces->currentRow(); }

void TakesPanel::setCurrentPiece(int piece) { m_pieces->setCurrentRow(piece); }

void TakesPanel::setRegenerationEnabled(bool enabled) {
  m_regenerationEnabled = enabled;
  updateButtons();
}

QString TakesPanel::exportAudio(int index, const QString& path) const {
  const QFileInfo target(path);
  // Same extension (it picks the format), hidden beside the target until it is complete.
  const QString temporary = target.dir().filePath(QStringLiteral(".%1.part.%2").arg(target.completeBaseName(), target.suffix()));
  const audio::AudioMetadata tags = exportMetadata(take(index));
  try {
    audio::writeAudioFile(temporary.toStdString(), take(index).audio, tags);
  } catch (const std::exception& e) {
    QFile::remove(temporary);
    return QString::fromStdString(e.what()).replace(temporary, path);
  }
  if (target.suffix().compare(QLatin1String("mp3"), Qt::CaseInsensitive) == 0) {
    const QString error = retagMp3(temporary, tags);
    if (!error.isEmpty()) {
      QFile::remove(temporary);
      return QString(error).replace(temporary, path);
    }
  }
  QFile::remove(path);
  if (!QFile::rename(temporary, path)) {
    QFile::remove(temporary);
    return tr("Cannot write %1.").arg(path);
  }
  return {};
}

QString TakesPanel::defaultExportPath(const QString& folder, const Take& take, const QString& extension) {
  QString voice = take.voiceName.trimmed();
  // Characters file systems or shells trip over become "_".
  static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\s]+)"));
  voice.replace(unsafe, QStringLiteral("_"));
  if (voice.isEmpty()) voice = QStringLiteral("timbre");
  const QString stem = QStringLiteral("%1-take%2-%3")
                           .arg(voice)
                           .arg(take.number)
                           .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
  const QDir dir(folder);
  QString path = dir.filePath(stem + QLatin1Char('.') + extension);
  for (int n = 2; QFileInfo::exists(path); ++n) path = dir.filePath(QStringLiteral("%1-%2.%3").arg(stem).arg(n).arg(extension));
  return path;
}

bool TakesPanel::exportCurrentAudioTo(const QString& path) {
  const int i = currentIndex();
  if (i < 0) return false;
  const QString error = exportAudio(i, path);
  if (!error.isEmpty()) {
    showError(this, tr("Export failed"), error);
    return false;
  }
  confirmExport(tr("Take %1").arg(take(i).number), path);
  return true;
}

// Non-blocking; "Open folder" shows the file in the desktop's file manager.
void TakesPanel::confirmExport(const QString& what, const QString& path) {
  auto* box = new QMessageBox(QMessageBox::Information, tr("Exported"),
                              tr("%1 was saved as\n%2").arg(what, QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
  box->setObjectName(QStringLiteral("exportConfirmation"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  QPushButton* open = box->addButton(tr("Open folder"), QMessageBox::ActionRole);
  open->setObjectName(QStringLiteral("openFolderButton"));
  const QString folder = QFileInfo(path).absolutePath();
  connect(open, &QPushButton::clicked, this, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
  emit exported(path);
  box->open();
}

QString TakesPanel::exportSubtitles(int index, const QString& path) const {
  return writeSubtitles(path, take(index).pieces);
}

bool TakesPanel::isPlaying() const { return m_player->isPlaying(); }

void TakesPanel::togglePlayback() {
  if (m_player->isPlaying()) stopPlayback();
  else playCurrent();
}

void TakesPanel::stopPlayback() {
  // Keep the A/B place before stopping (a stopped player reports its whole buffer as heard).
  if (m_abListening) m_ab.hold(qint64(m_player->playedFrames()));
  m_abListening = false;
  // Stopping the selected take keeps its place: the next Play goes on from there.
  const int i = currentIndex();
  if (m_listeningNumber != 0 && i >= 0 && take(i).number == m_listeningNumber)
    m_startFrame = qint64(m_player->playedFrames());
  m_listeningNumber = 0;
  m_live = false;
  m_player->stop();
  m_positionTimer->stop();
  showPosition(m_startFrame);
  updateAbLabel();
  updateButtons();
}

void TakesPanel::playCurrent() {
  const int i = currentIndex();
  if (i < 0) return;
  stopPlayback();
  // From the slider's place; from the beginning once it is at the end.
  if (m_startFrame >= qint64(take(i).audio.frames())) m_startFrame = 0;
  m_player->play(take(i).audio, std::size_t(m_startFrame));
  m_listeningNumber = take(i).number;
  m_positionTimer->start();
  showPosition(m_startFrame);
  updateButtons();
}

void TakesPanel::beginLivePlayback(int sampleRateHz) {
  stopPlayback();
  m_player->playStream(sampleRateHz);
  m_live = true;
  updateButtons();
  emit livePlaybackStarted();
}

void TakesPanel::appendLivePlayback(const QVector<float>& samples) {
  if (m_live) m_player->appendStream(samples.constData(), std::size_t(samples.size()));
}

void TakesPanel::endLivePlayback() {
  if (!m_live) return;
  m_live = false;
  m_player->endStream();
  // The streamed audio is the selected take's: from now on it plays like that take.
  const int i = currentIndex();
  if (i >= 0 && m_player->isPlaying() && take(i).audio.frames() == m_player->streamedFrames()) {
    m_listeningNumber = take(i).number;
    m_positionTimer->start();
    showPosition(position());
  }
  updateButtons();
}

qint64 TakesPanel::position() const {
  const int i = currentIndex();
  if (i < 0) return 0;
  if (m_listeningNumber == take(i).number && m_player->isPlaying()) return qint64(m_player->playedFrames());
  return m_startFrame;
}

void TakesPanel::seekTo(qint64 frame) {
  const int i = currentIndex();
  if (i < 0) return;
  frame = std::clamp(frame, qint64(0), qint64(take(i).audio.frames()));
  // Whatever plays (the take, a piece, A/B) gives way to the take from there.
  const bool playing = m_player->isPlaying();
  if (playing) stopPlayback();
  m_startFrame = frame;
  if (playing) playCurrent();
  else showPosition(frame);
}

void TakesPanel::seekBy(double seconds) {
  const int i = currentIndex();
  if (i < 0) return;
  seekTo(position() + qint64(std::llround(seconds * take(i).audio.sampleRateHz)));
}

QString TakesPanel::formatTime(double seconds) {
  const qint64 tenths = std::llround(std::max(0.0, seconds) * 10.0);
  return QStringLiteral("%1:%2").arg(tenths / 600).arg(double(tenths % 600) / 10.0, 4, 'f', 1, QLatin1Char('0'));
}

void TakesPanel::resetPosition() {
  const int i = currentIndex();
  const qint64 frames = i >= 0 ? qint64(take(i).audio.frames()) : 0;
  const int rate = i >= 0 ? std::max(1, take(i).audio.sampleRateHz) : 1;
  m_startFrame = 0;
  m_seekPending = false;
  m_showingPosition = true;
  m_seek->setRange(0, int(std::min<qint64>(frames, std::numeric_limits<int>::max())));
  m_seek->setSingleStep(int(kSeekStepSeconds * rate));
  m_seek->setPageStep(int(5 * kSeekStepSeconds * rate));
  m_showingPosition = false;
  m_seek->setEnabled(i >= 0);
  showPosition(position());
}

void TakesPanel::followPlayback() {
  if (!m_seek->isSliderDown()) showPosition(position());
}

void TakesPanel::showPosition(qint64 frame) {
  const int i = currentIndex();
  const double rate = i >= 0 && take(i).audio.sampleRateHz > 0 ? take(i).audio.sampleRateHz : 1.0;
  const qint64 frames = i >= 0 ? qint64(take(i).audio.frames()) : 0;
  m_wave->setPlayCursor(i >= 0 && (m_player->isPlaying() || frame > 0) ? frame : -1);
  m_showingPosition = true;
  m_seek->setValue(int(std::min<qint64>(frame, m_seek->maximum())));
  m_showingPosition = false;
  m_timeLabel->setText(tr("%1 / %2").arg(formatTime(double(frame) / rate), formatTime(double(frames) / rate)));
}

void TakesPanel::playingEnded() {
  // A newer playback already runs: this is the end of the one it replaced.
  if (m_player->isPlaying()) return;
  m_live = false;  // a stream ends only when it failed or was told to end
  if (m_listeningNumber != 0) {
    // The take played to its end (or could not play): the next Play starts over, or where it was.
    const int i = currentIndex();
    if (i >= 0 && take(i).number == m_listeningNumber && m_player->playedFrames() >= take(i).audio.frames())
      m_startFrame = 0;
    m_listeningNumber = 0;
    m_positionTimer->stop();
    showPosition(m_startFrame);
  }
  updateButtons();
}

bool TakesPanel::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_list && event->type() == QEvent::KeyPress) {
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) && currentIndex() >= 0) {
      seekBy(key->key() == Qt::Key_Left ? -kSeekStepSeconds : kSeekStepSeconds);
      return true;
    }
  }
  return QGroupBox::eventFilter(watched, event);
}

void TakesPanel::playCurrentPiece() {
  const int i = currentIndex(), p = currentPiece();
  if (i < 0 || p < 0) return;
  stopPlayback();
  const TakePiece& piece = take(i).pieces.at(std::size_t(p));
  m_player->play(slice(take(i).audio, piece.startFrame, piece.endFrame));
  updateButtons();
}

void TakesPanel::regenerateCurrentPiece() {
  const int i = currentIndex(), p = currentPiece();
  if (i < 0 || p < 0 || !m_regenerationEnabled) return;
  emit regenerateRequested(i, p);
}

bool TakesPanel::compareTakes(int a, int b) {
  if (a == b || a < 0 || b < 0 || a >= count() || b >= count()) return false;
  stopPlayback();
  m_ab.setTakes(take(a), take(b));
  // From the selected piece when it is A's, so the changed piece comes first.
  const int p = currentIndex() == a ? currentPiece() : -1;
  m_ab.startAt(AbComparison::A, p >= 0 ? take(a).pieces.at(std::size_t(p)).startFrame : 0);
  m_abShortcut->setEnabled(true);
  playAb();
  return true;
}

bool TakesPanel::compareSelected() {
  const QList<int> rows = selectedIndexes();
  return rows.size() == 2 && compareTakes(rows[0], rows[1]);
}

void TakesPanel::switchAb() {
  if (!m_ab.isActive()) return;
  m_ab.toggle(m_abListening ? qint64(m_player->playedFrames()) : 0);
  playAb();
}

void TakesPanel::stopComparison() {
  stopPlayback();
  m_ab.clear();
  m_abShortcut->setEnabled(false);
  updateAbLabel();
  updateButtons();
}

void TakesPanel::playAb() {
  const int i = indexOfNumber(m_ab.number(m_ab.side()));
  if (i < 0) return stopComparison();
  // The new stretch is heard from its start frame. Switching sides while one
  // plays keeps the device open (replace), so nothing is lost at the switch.
  const audio::AudioBuffer stretch = slice(take(i).audio, m_ab.startFrame(), qint64(take(i).audio.frames()));
  if (!(m_abListening && m_player->replace(stretch))) m_player->play(stretch);
  m_live = false;  // (a take being generated no longer plays)
  m_abListening = true;
  updateAbLabel();
  updateButtons();
}

void TakesPanel::updateAbLabel() {
  m_abLabel->setVisible(m_ab.isActive());
  if (!m_ab.isActive()) return;
  const int i = indexOfNumber(m_ab.number(m_ab.side()));
  const double rate = i >= 0 && take(i).audio.sampleRateHz > 0 ? take(i).audio.sampleRateHz : 1.0;
  m_abLabel->setText(tr("A = take %1, B = take %2 — %3 from %4 s. Tab or “Switch A/B” goes on with the other.")
                         .arg(m_ab.number(AbComparison::A))
                         .arg(m_ab.number(AbComparison::B))
                         .arg(m_ab.side() == AbComparison::A ? QStringLiteral("A") : QStringLiteral("B"))
                         .arg(double(m_ab.startFrame()) / rate, 0, 'f', 2));
}

void TakesPanel::exportCurrentAudio() {
  const int i = currentIndex();
  if (i < 0) return;
  const QString folder = exportFolder();
  QString filter;
  QString path = QFileDialog::getSaveFileName(
      this, tr("Export take"), defaultExportPath(folder, take(i), QStringLiteral("wav")),
      tr("WAV (*.wav);;FLAC (*.flac);;MP3 (*.mp3);;Ogg Vorbis (*.ogg)"), &filter);
  if (path.isEmpty()) return;
  // The chosen filter decides the format when no known extension was typed.
  static const QStringList kExtensions = {QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("mp3"),
                                          QStringLiteral("ogg")};
  if (!kExtensions.contains(QFileInfo(path).suffix().toLower())) {
    const int open = int(filter.indexOf(QLatin1String("*."))), close = int(filter.indexOf(QLatin1Char(')')));
    if (open >= 0 && close > open) path += filter.mid(open + 1, close - open - 1);
  }
  exportCurrentAudioTo(path);
}

void TakesPanel::exportCurrentSubtitles() {
  const int i = currentIndex();
  if (i < 0) return;
  const QString folder = exportFolder();
  QString filter;
  QString path = QFileDialog::getSaveFileName(this, tr("Export subtitles"),
                                              defaultExportPath(folder, take(i), QStringLiteral("srt")),
                                              tr("SubRip (*.srt);;WebVTT (*.vtt)"), &filter);
  if (path.isEmpty()) return;
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix != QLatin1String("srt") && suffix != QLatin1String("vtt"))
    path += filter.contains(QLatin1String("vtt")) ? QStringLiteral(".vtt") : QStringLiteral(".srt");
  const QString error = exportSubtitles(i, path);
  if (!error.isEmpty()) showError(this, tr("Export failed"), error);
  else confirmExport(tr("The subtitles of take %1").arg(take(i).number), path);
}

void TakesPanel::removeCurrent() {
  const int i = currentIndex();
  if (i < 0) return;
  if (m_ab.isActive() && (take(i).number == m_ab.number(AbComparison::A) || take(i).number == m_ab.number(AbComparison::B)))
    stopComparison();
  stopPlayback();
  const int number = take(i).number;
  {
    // The list and the takes change together; its row signals would read a half-changed pair.
    const QSignalBlocker block(m_list);
    delete m_list->takeItem(i);
    m_takes.erase(m_takes.begin() + i);
  }
  showPieces();
  resetPosition();
  updateButtons();
  emit takeRemoved(number);
}

void TakesPanel::showWaveform() {
  const int i = currentIndex();
  if (i < 0) {
    m_wave->clear();
    m_wave->setMarkers({});
    return;
  }
  const Take& t = take(i);
  m_wave->setAudio(audio::mixToMono(t.audio).samples, t.audio.sampleRateHz);
  std::vector<std::size_t> boundaries;
  for (std::size_t p = 1; p < t.pieces.size(); ++p) boundaries.push_back(std::size_t(t.pieces[p].startFrame));
  m_wave->setMarkers(std::move(boundaries));
}

void TakesPanel::showPieces() {
  m_pieces->clear();
  showWaveform();
  const int i = currentIndex();
  if (i < 0) return;
  int n = 0;
  for (const TakePiece& p : take(i).pieces) {
    ++n;
    const QString text = p.text.simplified();
    m_pieces->addItem(p.seed >= 0 ? tr("%1. %2–%3 s — %4 (regenerated, seed %5)")
                                        .arg(n)
                                        .arg(p.startSeconds, 0, 'f', 2)
                                        .arg(p.endSeconds, 0, 'f', 2)
                                        .arg(text)
                                        .arg(p.seed)
                                  : tr("%1. %2–%3 s — %4")
                                        .arg(n)
                                        .arg(p.startSeconds, 0, 'f', 2)
                                        .arg(p.endSeconds, 0, 'f', 2)
                                        .arg(text));
  }
}

void TakesPanel::showTakesMenu(const QPoint& at) {
  const int i = currentIndex();
  if (i < 0) return;
  auto* menu = new QMenu(this);
  menu->setAttribute(Qt::WA_DeleteOnClose);
  menu->addAction(tr("Play"), this, &TakesPanel::playCurrent);
  if (selectedIndexes().size() == 2) menu->addAction(tr("Compare A/B"), this, &TakesPanel::compareSelected);
  QMenu* with = menu->addMenu(tr("Compare with"));
  for (int j = 0; j < count(); ++j) {
    if (j == i) continue;
    with->addAction(tr("Take %1").arg(take(j).number), this, [this, i, j] { compareTakes(i, j); });
  }
  with->setEnabled(count() > 1);
  if (m_ab.isActive()) menu->addAction(tr("Stop comparing"), this, &TakesPanel::stopComparison);
  menu->addSeparator();
  menu->addAction(tr("Remove"), this, &TakesPanel::removeCurrent);
  menu->popup(m_list->viewport()->mapToGlobal(at));
}

void TakesPanel::showPiecesMenu(const QPoint& at) {
  if (currentPiece() < 0) return;
  auto* menu = new QMenu(this);
  menu->setAttribute(Qt::WA_DeleteOnClose);
  menu->addAction(tr("Play piece"), this, &TakesPanel::playCurrentPiece);
  QAction* regenerate = menu->addAction(tr("Regenerate piece"), this, &TakesPanel::regenerateCurrentPiece);
  regenerate->setEnabled(m_regenerate->isEnabled());
  menu->popup(m_pieces->viewport()->mapToGlobal(at));
}

void TakesPanel::updateButtons() {
  const int i = currentIndex();
  const bool has = i >= 0;
  const bool hasPiece = has && currentPiece() >= 0;
  m_play->setEnabled(has);
  m_stop->setEnabled(m_player->isPlaying());
  m_exportAudio->setEnabled(has);
  m_exportSubtitles->setEnabled(has && !take(i).pieces.empty());
  m_remove->setEnabled(has);
  m_playPiece->setEnabled(hasPiece);
  // Only takes that remember their job (all the studio makes) can be regenerated.
  m_regenerate->setEnabled(hasPiece && m_regenerationEnabled && !take(i).job.modelFolder.isEmpty());
  m_compare->setEnabled(selectedIndexes().size() == 2);
  m_switchAb->setEnabled(m_ab.isActive());
}

}  // namespace timbre::gui
