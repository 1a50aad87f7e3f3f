#pragma once
// The Takes panel: every generated result, to listen to, compare and export
// (audio as WAV/FLAC/MP3/OGG, subtitles as SRT/WebVTT). The selected take's
// pieces are listed beside it, each to play alone or to regenerate (the
// studio runs that and adds the new take); two takes can be heard A/B.
#include "AbComparison.h"
#include "Take.h"

#include <QGroupBox>
#include <QVector>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QShortcut;
class QSlider;
class QTimer;

namespace timbre::gui {

class AudioPlayer;
class WaveformView;

class TakesPanel : public QGroupBox {
  Q_OBJECT

 public:
  explicit TakesPanel(QWidget* parent = nullptr);
  ~TakesPanel() override;

  // Numbers, appends and selects the take (only it: earlier ones are deselected).
  void addTake(const Take& take);
  // A take of a saved project, keeping its number (later takes count on from it).
  void restoreTake(const Take& take);
  // Drops every take (a project is being opened or a new one started).
  void clearTakes();
  // Where a take's reference recording now lives (the project's copy), so it
  // can be regenerated after the studio's temporary files are gone.
  void setTakeReference(int index, const QString& path);
  int count() const { return int(m_takes.size()); }
  const std::vector<Take>& takes() const { return m_takes; }
  const Take& take(int index) const { return m_takes.at(std::size_t(index)); }
  int currentIndex() const;
  void setCurrentIndex(int index);
  // The take with that number ("Take N"), or -1.
  int indexOfNumber(int number) const;
  // The selected rows (several with Ctrl/Shift), ascending.
  QList<int> selectedIndexes() const;

  // The current take's selected piece, or -1.
  int currentPiece() const;
  void setCurrentPiece(int piece);
  // The studio turns regenerating off while it is busy.
  void setRegenerationEnabled(bool enabled);

  // Format from the extension (.wav .flac .mp3 .ogg), written to a temporary
  // name and renamed; MP3 tags are ID3v2.4 UTF-8 (Id3Tag.h). Returns an error
  // message, empty on success.
  QString exportAudio(int index, const QString& path) const;
  // What the export dialog proposes: "<voice>-take<N>-<date>.<ext>" in
  // `folder`, with "-2", "-3"... when that file exists, so a new session never
  // proposes overwriting an earlier export.
  static QString defaultExportPath(const QString& folder, const Take& take, const QString& extension);
  // Exports the selected take to `path` and confirms where it went (a
  // message with "Open folder"), or says why it failed. False on failure.
  bool exportCurrentAudioTo(const QString& path);
  // SRT for .srt, WebVTT for .vtt; returns an error message, empty on success.
  QString exportSubtitles(int index, const QString& path) const;

  bool isPlaying() const;

  // Playing a take while the studio generates it ("Play while generating"):
  // begin stops what plays and opens the device, the audio then arrives in
  // chunks, and end says it is complete. When the take added just before end
  // is the streamed audio, the position slider follows it as after Play.
  void beginLivePlayback(int sampleRateHz);
  void appendLivePlayback(const QVector<float>& samples);
  void endLivePlayback();
  bool isPlayingLive() const { return m_live; }

  // Where in the current take the position slider is, in frames: the frame
  // heard while the take plays, else where the next Play starts.
  qint64 position() const;
  // Moves there (clamped to the take); a playing take goes on from there.
  void seekTo(qint64 frame);
  // By `seconds` from the position (Left/Right in the takes list: ±2 s).
  void seekBy(double seconds);
  // "m:ss.d", as the time label shows it.
  static QString formatTime(double seconds);

  // What the buttons (and the window's shortcuts) do, on the selected take.
  void playCurrent();
  void togglePlayback();  // play, or stop when playing
  void stopPlayback();
  void exportCurrentAudio();
  void playCurrentPiece();
  void regenerateCurrentPiece();  // asks the studio (regenerateRequested)

  // A/B: take `a` against take `b`, A playing from the selected piece's start
  // (or the beginning). False when they are not two different takes.
  bool compareTakes(int a, int b);
  bool compareSelected();  // the two selected takes, lower one as A
  // The other take from the matching point (Tab while comparing).
  void switchAb();
  void stopComparison();
  const AbComparison& comparison() const { return m_ab; }

 signals:
  void regenerateRequested(int takeIndex, int piece);
  // A new take is in the list (not for restored ones); the project writes it to disk.
  void takeAdded(int index);
  // A take (or its subtitles) was exported to `path`.
  void exported(const QString& path);
  // The user removed take `number`.
  void takeRemoved(int number);
  // The first audio of a take being generated goes to the device.
  void livePlaybackStarted();

 private:
  void exportCurrentSubtitles();
  void confirmExport(const QString& what, const QString& path);
  void appendTake(const Take& take, int number);
  void removeCurrent();
  void showPieces();
  void showWaveform();
  void showTakesMenu(const QPoint& at);
  void showPiecesMenu(const QPoint& at);
  void playAb();
  void updateAbLabel();
  void updateButtons();
  void resetPosition();   // the selected take from its beginning
  void followPlayback();  // the timer: slider and label follow the player
  void showPosition(qint64 frame);
  void playingEnded();
  bool eventFilter(QObject* watched, QEvent* event) override;

  std::vector<Take> m_takes;
  int m_counter = 0;
  bool m_regenerationEnabled = true;
  QListWidget* m_list = nullptr;
  QListWidget* m_pieces = nullptr;
  QPushButton* m_play = nullptr;
  QPushButton* m_stop = nullptr;
  QPushButton* m_exportAudio = nullptr;
  QPushButton* m_exportSubtitles = nullptr;
  QPushButton* m_remove = nullptr;
  QPushButton* m_playPiece = nullptr;
  QPushButton* m_regenerate = nullptr;
  QPushButton* m_compare = nullptr;
  QPushButton* m_switchAb = nullptr;
  QLabel* m_abLabel = nullptr;
  QSlider* m_seek = nullptr;
  WaveformView* m_wave = nullptr;  // the selected take, its pieces marked, the selected piece highlighted
  QLabel* m_timeLabel = nullptr;
  QTimer* m_positionTimer = nullptr;
  qint64 m_startFrame = 0;   // where the next Play of the selected take starts
  int m_listeningNumber = 0; // the take playing whole (from Play), by number; 0: none
  bool m_showingPosition = false;  // the slider is being set by the code, not the user
  bool m_seekPending = false;      // dragged: seek on release
  QShortcut* m_abShortcut = nullptr;
  AudioPlayer* m_player = nullptr;
  AbComparison m_ab;
  bool m_abListening = false;  // the player is playing (or just played) an A/B stretch
  bool m_live = false;         // the player is fed by a take being generated
};

}  // namespace timbre::gui
