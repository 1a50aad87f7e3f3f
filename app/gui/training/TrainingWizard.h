#pragma once
// "New voice model…": from the user's speech to a personal GPT-SoVITS model
// without a terminal. Pages: the voice's name, language and base models
// (VoiceSetupPage), the speech (SpeechGatherPage: read aloud or import), the
// training (train/TrainingPage) and the epoch to keep (train/ResultPage),
// which saves the new voice into the library. Everything lives in a training
// workspace beside the library (TrainingWorkspace), so an unfinished training
// is continued after a restart (continueWorkspace).
//
// Training holds the engine's compute stage for a whole stage, so the studio
// could not synthesise meanwhile: the wizard is modal over the studio, and
// closing it stops the training (the last saved epoch is kept).
#include "TrainingWorker.h"
#include "TrainingWorkspace.h"

#include <QWizard>

namespace timbre::gui {

class AudioRecorder;
class ResultPage;
class SpeechGatherPage;
class TrainingPage;
class VoiceSetupPage;

class TrainingWizard : public QWizard {
  Q_OBJECT

 public:
  enum PageId { SetupPageId, GatherPageId, TrainPageId, ResultPageId };

  // libraryRoot: where the new voice goes (its workspaces sit beside it);
  // modelFolder: the studio's model folder, the default base models.
  TrainingWizard(const QString& libraryRoot, const QString& modelFolder, QWidget* parent = nullptr,
                 AudioRecorder* recorder = nullptr);

  // Opens an unfinished workspace: its name (locked), language and base models.
  void continueWorkspace(const TrainingWorkspace& workspace);
  void setRecipe(const TrainingRecipe& recipe) { m_recipe = recipe; }
  const TrainingRecipe& recipe() const { return m_recipe; }

  QString libraryRoot() const { return m_libraryRoot; }
  QString trainingRoot() const { return TrainingWorkspace::rootBeside(m_libraryRoot); }
  const TrainingWorkspace& workspace() const { return m_workspace; }
  bool libraryHasVoice(const QString& name) const;
  TrainingRequest trainingRequest() const;

  VoiceSetupPage* setupPage() const { return m_setup; }
  SpeechGatherPage* gatherPage() const { return m_gather; }
  TrainingPage* trainingPage() const { return m_training; }
  ResultPage* resultPage() const { return m_result; }

  // Called by the pages: the setup page's answers go into the workspace
  // (created on first use) and the gather page; the result page kept the voice.
  bool prepareWorkspace(QString* error);
  void voiceKept();

 signals:
  void voiceCreated(const QString& name);

 public slots:
  // While training runs, closing stops it first (the last saved epoch is kept).
  void reject() override;

 private:
  void startGathering();

  QString m_libraryRoot;
  TrainingWorkspace m_workspace;
  TrainingRecipe m_recipe;
  VoiceSetupPage* m_setup = nullptr;
  SpeechGatherPage* m_gather = nullptr;
  TrainingPage* m_training = nullptr;
  ResultPage* m_result = nullptr;
  bool m_closing = false;
};

}  // namespace timbre::gui
