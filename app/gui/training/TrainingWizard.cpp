#include "TrainingWizard.h"

#include "AppSettings.h"
#include "ResultPage.h"
#include "TrainingPage.h"
#include "VoiceSetupPage.h"
#include "core/Runtime.h"
#include "library/VoiceLibrary.h"

#include "SpeechGatherPage.h"

#include <QAbstractButton>
#include <QDir>

namespace timbre::gui {

TrainingWizard::TrainingWizard(const QString& libraryRoot, const QString& modelFolder, QWidget* parent,
                               AudioRecorder* recorder)
    : QWizard(parent), m_libraryRoot(libraryRoot) {
  setWindowTitle(tr("New voice model"));
  setObjectName(QStringLiteral("trainingWizard"));
  setWindowModality(Qt::ApplicationModal);
  m_setup = new VoiceSetupPage(this);
  m_gather = new SpeechGatherPage(this, recorder);
  m_training = new TrainingPage(this);
  m_result = new ResultPage(this);
  setPage(SetupPageId, m_setup);
  setPage(GatherPageId, m_gather);
  setPage(TrainPageId, m_training);
  setPage(ResultPageId, m_result);
  m_setup->setBaseFolder(modelFolder);
  connect(m_training, &TrainingPage::runningChanged, this, [this](bool running) {
    if (QAbstractButton* back = button(QWizard::BackButton)) back->setEnabled(!running);
    if (!running && m_closing) QWizard::reject();
  });
}

void TrainingWizard::continueWorkspace(const TrainingWorkspace& workspace) {
  m_workspace = workspace;
  m_setup->setVoiceName(workspace.voiceName);
  m_setup->setNameLocked(true);
  m_setup->setLanguage(workspace.language);
  m_setup->setBaseFolder(workspace.baseFolder);
}

bool TrainingWizard::libraryHasVoice(const QString& name) const {
  try {
    return library::VoiceLibrary(m_libraryRoot.toStdString()).contains(name.toStdString());
  } catch (const std::exception&) {
    return false;  // an invalid name: the setup page says why
  }
}

TrainingRequest TrainingWizard::trainingRequest() const {
  TrainingRequest request;
  request.datasetList = m_gather->datasetListPath();
  request.baseFolder = m_workspace.baseFolder;
  request.runFolder = m_workspace.runFolder();
  request.recipe = m_recipe;
  request.cuda = AppSettings::load().effective(timbre::cudaAvailable()).device == ComputeDevice::Cuda;
  return request;
}

bool TrainingWizard::prepareWorkspace(QString* error) {
  if (m_workspace.folder.isEmpty())
    m_workspace.folder = TrainingWorkspace::freeFolder(trainingRoot(), m_setup->voiceName());
  m_workspace.voiceName = m_setup->voiceName();
  m_workspace.language = m_setup->language();
  m_workspace.baseFolder = m_setup->baseFolder();
  if (!m_workspace.save(error)) return false;
  startGathering();
  return true;
}

void TrainingWizard::startGathering() {
  m_gather->setWorkspace(m_workspace.folder, m_workspace.language);
}

void TrainingWizard::voiceKept() {
  m_workspace.kept = true;
  QString ignored;
  m_workspace.save(&ignored);  // the voice is saved; a stale "unfinished" mark only offers it again
  emit voiceCreated(m_workspace.voiceName);
}

void TrainingWizard::reject() {
  if (m_training->isRunning()) {
    m_closing = true;
    m_training->stop();
    return;
  }
  QWizard::reject();
}

}  // namespace timbre::gui
