#pragma once
// The Takes panel: every generated result, to listen to, compare and export
// (audio as WAV/FLAC/MP3/OGG, subtitles as SRT/WebVTT). The selected take's
// pieces are listed beside it, each to play alone or to regenerate (the
// studio runs that and adds the new take); two takes can be heard A/B.
#include "AbComparison.h"
#include "Take.h"

#include <QGroupBox>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QShortcut;

namespace timbre::gui {

class AudioPlayer;

class TakesPanel : public QGroupBox {
  Q_OBJECT

 public:
  explicit TakesPanel(QWidget* parent = nullptr);
  ~TakesPanel() override;

  // Numbers, appends and selects the take.
  void addTake(const Take& take);
  int count() const { return int(m_takes.size()); }
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

  // Format from the extension (.wav .flac .mp3 .ogg); returns an error message, empty on success.
  QString exportAudio(int index, const QString& path) const;
  // SRT for .srt, WebVTT for .vtt; returns an error message, empty on success.
  QString exportSubtitles(int index, const QString& path) const;

  bool isPlaying() const;

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

 private:
  void exportCurrentSubtitles();
  void removeCurrent();
  void showPieces();
  void showTakesMenu(const QPoint& at);
  void showPiecesMenu(const QPoint& at);
  void playAb();
  void updateAbLabel();
  void updateButtons();

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
  QShortcut* m_abShortcut = nullptr;
  AudioPlayer* m_player = nullptr;
  AbComparison m_ab;
  bool m_abListening = false;  // the player is playing (or just played) an A/B stretch
};

}  // namespace timbre::gui
