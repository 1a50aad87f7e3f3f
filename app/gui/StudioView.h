#pragma once
// The studio: model folder on top, the voice library, Voice and Script side by
// side, Generate / Cancel with progress, and the Takes below. It owns the
// synthesis worker and the thread it runs on.
#include "Take.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QVector>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace timbre::gui {

class ModelFolderPanel;
class ModelManagerDialog;
class ScriptPanel;
class SynthesisWorker;
class TakesPanel;
class VoiceLibraryPanel;
class VoicePanel;

class StudioView : public QWidget {
  Q_OBJECT

 public:
  explicit StudioView(QWidget* parent = nullptr);
  ~StudioView() override;

  ModelFolderPanel* modelPanel() const { return m_models; }
  VoicePanel* voicePanel() const { return m_voice; }
  ScriptPanel* scriptPanel() const { return m_script; }
  TakesPanel* takesPanel() const { return m_takes; }
  VoiceLibraryPanel* libraryPanel() const { return m_library; }
  bool isBusy() const { return m_busy; }
  // The library voice the Voice panel holds (opened and not replaced by
  // another clip since); empty otherwise. Takes are tagged with it.
  QString libraryVoiceName() const { return m_libraryVoice; }
  void setLibraryVoiceName(const QString& name) { m_libraryVoice = name; }

 public slots:
  // Starts a take from the current voice, script and settings; returns false
  // (after saying why) when something is missing, when the quality report
  // has a red check, or when the script holds text its language cannot read.
  bool generate();
  // Synthesizes piece `piece` of take `takeIndex` again, with the take's
  // settings and a new seed, on the worker; the result is a new take with
  // that piece replaced (the old take stays). False (after saying why) when
  // busy or the take cannot be regenerated.
  bool regeneratePiece(int takeIndex, int piece);
  void cancel();
  // Stores the current voice (the selected part of the recording, transcript
  // and language, model folder, script settings) in the library as `name`;
  // replace: overwrite a voice of that name. False (after saying why) on failure.
  bool saveVoice(const QString& name, bool replace = false);
  // Restores a saved voice into the panels: clip, transcript and language,
  // model folder and script settings (the script text stays).
  bool openVoice(const QString& name);
  // The model manager, opened (non-modal); "Use this folder" sets the model folder.
  ModelManagerDialog* openModelManager();

 signals:
  void generationFinished(int takeIndex);
  void generationFailed(const QString& message, bool cancelled);
  // For the status bar.
  void statusMessage(const QString& text);

 private:
  void setBusy(bool busy);
  void startJob(const SynthesisJob& job);
  void onProgress(int stage, int piece, int pieces, int step);
  void onAudioChunk(const QVector<float>& samples, int sampleRateHz);
  void onFinished(const Take& take);
  void onFailed(const QString& message, bool cancelled);
  void explain(const QString& title, const QString& text);
  // The engine's message with the temporary reference copy named as the user
  // knows it (their own file, or the take it came from).
  QString inUserTerms(QString message) const;
  // Writes the voice panel's selection to a new file in the temporary folder
  // (lossless WAV); returns its path, or empty after explaining the failure.
  QString writeSelectionCopy(const QString& prefix, const QString& failureTitle);

  ModelFolderPanel* m_models = nullptr;
  VoiceLibraryPanel* m_library = nullptr;
  VoicePanel* m_voice = nullptr;
  ScriptPanel* m_script = nullptr;
  TakesPanel* m_takes = nullptr;
  QPushButton* m_generate = nullptr;
  QPushButton* m_cancel = nullptr;
  QCheckBox* m_playLive = nullptr;      // "Play while generating", kept in QSettings
  bool m_liveStarted = false;           // the running job's first audio has reached the player
  QProgressBar* m_progress = nullptr;
  QLabel* m_progressLabel = nullptr;
  QThread* m_thread = nullptr;
  SynthesisWorker* m_worker = nullptr;  // lives on m_thread
  QTemporaryDir m_tempDir;              // reference selections handed to the engine
  int m_copyCounter = 0;
  QString m_libraryVoice;
  QString m_referenceCopy;  // the running job's temporary reference file...
  QString m_referenceName;  // ...and what the user calls it
  bool m_busy = false;
  QElapsedTimer m_jobClock;  // since the running job started, for the time left
  // While a piece is being regenerated: the take it comes from (a copy, so
  // removing the take meanwhile is harmless) and which piece.
  struct Regeneration {
    Take source;
    int piece = 0;
    qint64 seed = 0;
  };
  std::optional<Regeneration> m_regeneration;
};

}  // namespace timbre::gui
