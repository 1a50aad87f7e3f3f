#pragma once
// The "New voice model" wizard's page that gathers the speech to train on,
// read aloud (ReadAloudPanel) or imported (ImportPanel), into the voice's
// training workspace (GatheredClips). The wizard calls setWorkspace() before
// the page is shown; training then reads datasetListPath().
#include "GatheredClips.h"

#include <QWizardPage>

class QLabel;
class QTabWidget;

namespace timbre::gui {

class AudioRecorder;
class ImportPanel;
class ReadAloudPanel;

class SpeechGatherPage : public QWizardPage {
  Q_OBJECT

 public:
  // `recorder`: not owned; null records from the microphone (tests pass a stand-in, as for RecordDialog).
  explicit SpeechGatherPage(QWidget* parent = nullptr, AudioRecorder* recorder = nullptr);

  // `folder`: the voice's training workspace (clips go to folder/clips/);
  // `lang`: zh, en, ja, ko or yue. What was gathered there before comes back.
  void setWorkspace(const QString& folder, const QString& lang);
  QString datasetListPath() const;
  // Length of the usable clips.
  double gatheredSeconds() const;

  bool isComplete() const override;
  // Refuses, saying why on the page, when no usable clip is left or a transcript is empty.
  bool validatePage() override;

  // The message line under the tabs: errors, import summaries, why Next was refused.
  QString message() const;
  QString progressText() const;
  ReadAloudPanel* readAloud() const { return m_readAloud; }
  ImportPanel* importPanel() const { return m_import; }
  const GatheredClips& clips() const { return m_clips; }

 private:
  void clipsChanged();
  void showMessage(const QString& text, bool isError);

  GatheredClips m_clips;
  QTabWidget* m_modes = nullptr;
  ReadAloudPanel* m_readAloud = nullptr;
  ImportPanel* m_import = nullptr;
  QLabel* m_progress = nullptr;
  QLabel* m_message = nullptr;
};

}  // namespace timbre::gui
