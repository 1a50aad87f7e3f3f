#pragma once
// "Import": clips from files, from a folder (an official .list, or a .txt /
// .lab transcript beside each clip) or one long recording cut at its pauses by
// the official slicer, all copied into the workspace. Every gathered clip —
// imported or read aloud — is listed for proofreading: length, verdict,
// editable transcript; the selected clip's waveform, Play, Delete and
// "Split here" (at the start of the part dragged out in the waveform).
#include <QStringList>
#include <QWidget>

#include <cstddef>
#include <utility>
#include <vector>

class QPushButton;
class QTableWidget;

namespace timbre::gui {

class AudioPlayer;
class GatheredClips;
class WaveformView;

class ImportPanel : public QWidget {
  Q_OBJECT

 public:
  enum Column { FileColumn, LengthColumn, VerdictColumn, TranscriptColumn };

  explicit ImportPanel(GatheredClips* clips, QWidget* parent = nullptr);

  // Each returns false (with failed() emitted) when nothing could be imported.
  bool addFiles(const QStringList& paths);
  bool addFolder(const QString& folder);
  // `lines`: one transcript line per piece the slicer cuts, in order.
  bool addLongRecording(const QString& path, const QStringList& lines);

  QTableWidget* table() const { return m_table; }
  WaveformView* waveform() const { return m_waveform; }
  AudioPlayer* player() const { return m_player; }
  void deleteSelected();
  void splitSelected();
  void playSelected();
  // Fills the table from the clips again.
  void refresh();

 signals:
  void clipsChanged();
  void failed(const QString& message);
  void imported(const QString& summary);

 private:
  void chooseFiles();
  void chooseFolder();
  void chooseLongRecording();
  void showSelected();
  void transcriptEdited(int row, int column);
  void fillRow(int row);
  int selectedRow() const;
  // Copies the clips of one source and reports what happened.
  bool importCollected(const QString& source, const std::vector<std::pair<QString, QString>>& clips,
                       const QStringList& problems);

  GatheredClips* m_clips = nullptr;
  AudioPlayer* m_player = nullptr;
  QTableWidget* m_table = nullptr;
  WaveformView* m_waveform = nullptr;
  QPushButton* m_play = nullptr;
  QPushButton* m_delete = nullptr;
  QPushButton* m_split = nullptr;
  bool m_filling = false;
};

}  // namespace timbre::gui
