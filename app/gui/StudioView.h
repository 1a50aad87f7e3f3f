#pragma once
// The studio: model folder on top, Voice and Script side by side, Generate /
// Cancel with progress, and the Takes below. It owns the synthesis worker and
// the thread it runs on.
#include <QTemporaryDir>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace timbre::gui {

class ModelFolderPanel;
class ScriptPanel;
class SynthesisWorker;
class TakesPanel;
class VoicePanel;
struct Take;

class StudioView : public QWidget {
  Q_OBJECT

 public:
  explicit StudioView(QWidget* parent = nullptr);
  ~StudioView() override;

  ModelFolderPanel* modelPanel() const { return m_models; }
  VoicePanel* voicePanel() const { return m_voice; }
  ScriptPanel* scriptPanel() const { return m_script; }
  TakesPanel* takesPanel() const { return m_takes; }
  bool isBusy() const { return m_busy; }

 public slots:
  // Starts a take from the current voice, script and settings; returns false
  // (after saying why) when something is missing.
  bool generate();
  void cancel();

 signals:
  void generationFinished(int takeIndex);
  void generationFailed(const QString& message, bool cancelled);
  // For the status bar.
  void statusMessage(const QString& text);

 private:
  void setBusy(bool busy);
  void onProgress(int stage, int piece, int pieces, int step);
  void onFinished(const Take& take);
  void onFailed(const QString& message, bool cancelled);
  void explain(const QString& title, const QString& text);

  ModelFolderPanel* m_models = nullptr;
  VoicePanel* m_voice = nullptr;
  ScriptPanel* m_script = nullptr;
  TakesPanel* m_takes = nullptr;
  QPushButton* m_generate = nullptr;
  QPushButton* m_cancel = nullptr;
  QProgressBar* m_progress = nullptr;
  QLabel* m_progressLabel = nullptr;
  QThread* m_thread = nullptr;
  SynthesisWorker* m_worker = nullptr;  // lives on m_thread
  QTemporaryDir m_tempDir;              // reference selections handed to the engine
  int m_jobCounter = 0;
  bool m_busy = false;
};

}  // namespace timbre::gui
