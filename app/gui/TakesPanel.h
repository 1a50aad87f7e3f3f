#pragma once
// The Takes panel: every generated result, to listen to, compare and export
// (audio as WAV/FLAC/MP3/OGG, subtitles as SRT/WebVTT).
#include "Take.h"

#include <QGroupBox>

#include <vector>

class QListWidget;
class QPushButton;

namespace timbre::gui {

class AudioPlayer;

class TakesPanel : public QGroupBox {
  Q_OBJECT

 public:
  explicit TakesPanel(QWidget* parent = nullptr);
  ~TakesPanel() override;

  // Appends and selects the take.
  void addTake(const Take& take);
  int count() const { return int(m_takes.size()); }
  const Take& take(int index) const { return m_takes.at(std::size_t(index)); }
  int currentIndex() const;

  // Format from the extension (.wav .flac .mp3 .ogg); returns an error message, empty on success.
  QString exportAudio(int index, const QString& path) const;
  // SRT for .srt, WebVTT for .vtt; returns an error message, empty on success.
  QString exportSubtitles(int index, const QString& path) const;

 private:
  void playCurrent();
  void exportCurrentAudio();
  void exportCurrentSubtitles();
  void removeCurrent();
  void updateButtons();

  std::vector<Take> m_takes;
  int m_counter = 0;
  QListWidget* m_list = nullptr;
  QPushButton* m_play = nullptr;
  QPushButton* m_stop = nullptr;
  QPushButton* m_exportAudio = nullptr;
  QPushButton* m_exportSubtitles = nullptr;
  QPushButton* m_remove = nullptr;
  AudioPlayer* m_player = nullptr;
};

}  // namespace timbre::gui
