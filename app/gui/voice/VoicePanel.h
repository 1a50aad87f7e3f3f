#pragma once
// The Voice panel: import a recording (button or drag & drop) or record one
// from the microphone, see it (zoom, play the selection, trim with undo),
// select the 3-10 s to use, read its quality report, and give its transcript.
#include "audio/AudioBuffer.h"

#include <QDateTime>
#include <QGroupBox>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTimer;
class QToolButton;

namespace timbre::gui {

class AudioPlayer;
class AudioRecorder;
class QualityView;
class RecordDialog;
class WaveformView;

class VoicePanel : public QGroupBox {
  Q_OBJECT

 public:
  static constexpr int kMaxUndoTrims = 8;
  static constexpr int kMaxRecentRecordings = 10;

  // A take the Record dialog saved.
  struct Recording {
    QString path;
    QDateTime recorded;  // from its name: when it was recorded
    double seconds = 0;
  };

  explicit VoicePanel(QWidget* parent = nullptr);
  ~VoicePanel() override;

  // Reads the file; on failure shows why in the panel and returns false.
  // A transcript beside it (same name, .txt or .lab) fills the prompt text;
  // without one the previous clip's transcript is cleared (it belongs to
  // another recording) and a note asks for this one's and its language.
  bool loadFile(const QString& path);
  // A saved project's clip (as trimmed) under the user's own file name and
  // label, with its selection in frames; the transcript is left as it is.
  void restoreClip(audio::AudioBuffer audio, const QString& path, const QString& label, qint64 selectionBegin,
                   qint64 selectionEnd);
  // How the panel names the clip ("clip.wav", "Unsaved recording").
  QString clipLabel() const { return m_label; }
  // The quality report's red checks for the selection as it is now, one line
  // each ("Duration: 1.0 s — …"); empty when nothing is red.
  QStringList referenceProblems();
  // The note shown when a new clip came without a transcript (tests read it).
  QString transcriptNote() const;
  // A take from the microphone: saved as a WAV (32-bit float, lossless) in
  // recordingsFolder() so it is not lost, then used exactly like an imported
  // file. Returns false (and says why in the panel) when the take is empty;
  // if only saving fails, the take is still used and the panel says so.
  bool useRecording(const audio::AudioBuffer& take);
  // <AppLocalDataLocation>/recordings
  static QString recordingsFolder();
  // The takes in recordingsFolder() (recording-YYYYMMDD-HHMMSS[-N].wav), newest
  // first, at most `max`; files deleted or unreadable are left out. Older ones
  // stay on disk: user audio is never deleted for them.
  static QList<Recording> recentRecordings(int max = kMaxRecentRecordings);
  // The "Recent recordings" menu beside Record; filled each time it opens, a
  // pick loads the file like an import.
  QMenu* recentRecordingsMenu() const { return m_recentMenu; }
  // Opens the recording dialog (non-modal; its take goes to useRecording()).
  // `recorder`: a stand-in for the microphone (tests); it must outlive the dialog.
  RecordDialog* openRecordDialog(AudioRecorder* recorder = nullptr);

  bool hasAudio() const { return !m_audio.empty(); }
  QString fileName() const { return m_path; }

  // The selected part, all channels of the original.
  audio::AudioBuffer selectedAudio() const;
  // Writes the selection (mono mix, 32-bit float WAV: lossless) to `path`;
  // returns an error message, empty on success.
  QString writeSelection(const QString& path) const;
  // Selects the best 3-10 s (engine's chooseReferenceWindow); when no such
  // window starts and ends in a pause, a note under it says it may cut a word.
  void pickBestWindow();
  void setSelectionSeconds(double begin, double end);

  // Editing: the selection replaces the clip (all channels); the clip before
  // goes on an undo stack of kMaxUndoTrims. False when there is nothing to trim.
  bool trimToSelection();
  bool canUndoTrim() const { return !m_undo.empty(); }
  // Brings back the clip before the last trim, with that trim's selection.
  bool undoTrim();
  // The whole clip as it is now (after trims), all channels.
  const audio::AudioBuffer& audio() const { return m_audio; }

  // Plays the selection through the default output with a moving cursor.
  void playSelection();
  void stopPlayback();
  bool isPlaying() const;

  QString promptText() const;
  void setPromptText(const QString& text);
  QString promptLanguage() const;
  void setPromptLanguage(const QString& code);  // a language mode code ("zh", "all_ja", ...)

  WaveformView* waveform() const { return m_waveform; }
  QualityView* quality() const { return m_quality; }

 signals:
  void audioLoaded(const QString& path);
  // The clip changed by a trim or its undo.
  void audioEdited();

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  struct Edit {
    audio::AudioBuffer audio;
    std::size_t selBegin = 0, selEnd = 0;
  };

  void chooseFile();
  void fillRecentRecordings();
  void forgetTranscript(const QString& clipName);
  void setClip(audio::AudioBuffer audio, const QString& path, const QString& label);
  void showClip();
  void selectionChanged();
  void analyzeSelection();
  void updateEditButtons();
  void updatePlayCursor();
  void playbackEnded();

  QString m_path;
  QString m_label;
  audio::AudioBuffer m_audio;  // as read
  audio::AudioBuffer m_mono;   // mixed down, for the view and the window picker
  QLabel* m_fileLabel = nullptr;
  QLabel* m_errorLabel = nullptr;
  QLabel* m_transcriptNote = nullptr;
  QLabel* m_selectionLabel = nullptr;
  QLabel* m_windowNote = nullptr;
  QMenu* m_recentMenu = nullptr;
  WaveformView* m_waveform = nullptr;
  QualityView* m_quality = nullptr;
  QPushButton* m_pickBest = nullptr;
  QPushButton* m_selectAll = nullptr;
  QLineEdit* m_prompt = nullptr;
  QComboBox* m_promptLang = nullptr;
  QTimer* m_analyzeTimer = nullptr;
  std::vector<Edit> m_undo;  // oldest first
  AudioPlayer* m_player = nullptr;
  QTimer* m_cursorTimer = nullptr;
  std::size_t m_playFrom = 0;  // where the playing selection starts
  QToolButton* m_zoomOut = nullptr;
  QToolButton* m_zoomIn = nullptr;
  QToolButton* m_zoomFit = nullptr;
  QToolButton* m_play = nullptr;
  QToolButton* m_trim = nullptr;
  QToolButton* m_undoTrim = nullptr;
};

}  // namespace timbre::gui
