#include "ProjectSession.h"

#include "ModelFolderPanel.h"
#include "ProjectFile.h"
#include "ScriptPanel.h"
#include "StudioView.h"
#include "TakesPanel.h"
#include "VoicePanel.h"
#include "WaveformView.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <exception>

namespace timbre::gui {

ProjectSession::ProjectSession(StudioView* studio, QObject* parent)
    : QObject(parent), m_studio(studio), m_folder(freshUntitledFolder()) {
  m_autosave = new QTimer(this);
  m_autosave->setSingleShot(true);
  m_autosave->setInterval(kAutosaveDelayMs);
  connect(m_autosave, &QTimer::timeout, this, [this] { saveNow(); });

  // Takes go to disk at once: they are the work that took minutes to make.
  TakesPanel* takes = studio->takesPanel();
  connect(takes, &TakesPanel::takeAdded, this, &ProjectSession::writeTakeNow);
  connect(takes, &TakesPanel::takeRemoved, this, &ProjectSession::forgetTake);
  VoicePanel* voice = studio->voicePanel();
  const auto voiceChanged = [this] {
    if (m_restoring) return;
    m_voiceDirty = true;
    scheduleSave();
  };
  connect(voice, &VoicePanel::audioLoaded, this, voiceChanged);
  connect(voice, &VoicePanel::audioEdited, this, voiceChanged);
  connect(voice->waveform(), &WaveformView::selectionChanged, this, &ProjectSession::scheduleSave);
  if (auto* prompt = voice->findChild<QLineEdit*>(QStringLiteral("promptEdit")))
    connect(prompt, &QLineEdit::textChanged, this, &ProjectSession::scheduleSave);
  connect(studio->scriptPanel(), &ScriptPanel::previewUpdated, this, &ProjectSession::scheduleSave);
  connect(studio->modelPanel(), &ModelFolderPanel::folderChosen, this, &ProjectSession::scheduleSave);
}

QString ProjectSession::projectsFolder() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("projects"));
}

QString ProjectSession::freshUntitledFolder() {
  const QDir projects(projectsFolder());
  const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
  QString folder = projects.filePath(QStringLiteral("Untitled-%1").arg(stamp));
  for (int n = 2; QFileInfo::exists(folder); ++n) folder = projects.filePath(QStringLiteral("Untitled-%1-%2").arg(stamp).arg(n));
  return folder;
}

QString ProjectSession::name() const { return QFileInfo(m_folder).fileName(); }

void ProjectSession::scheduleSave() {
  if (!m_restoring) m_autosave->start();
}

bool ProjectSession::hasWork() const {
  return m_studio->voicePanel()->hasAudio() || m_studio->takesPanel()->count() > 0 ||
         !m_studio->scriptPanel()->settings().text.trimmed().isEmpty();
}

bool ProjectSession::fail(const QString& message) {
  m_lastError = message;
  emit saveFailed(message);
  return false;
}

void ProjectSession::rememberFolder() { QSettings().setValue(QLatin1String(kCurrentProjectKey), m_folder); }

void ProjectSession::writeTakeNow(int index) {
  if (m_restoring) return;
  try {
    const QString reference = project::writeTake(m_folder, m_studio->takesPanel()->take(index));
    if (!reference.isEmpty()) m_studio->takesPanel()->setTakeReference(index, reference);
  } catch (const std::exception& e) {
    fail(tr("Take %1 could not be saved to the project: %2")
             .arg(m_studio->takesPanel()->take(index).number)
             .arg(QString::fromStdString(e.what())));
    return;
  }
  saveNow();  // the list that names it
}

void ProjectSession::forgetTake(int number) {
  project::removeTake(m_folder, number);
  saveNow();
}

ProjectState ProjectSession::capture() const {
  ProjectState state;
  state.modelFolder = m_studio->modelPanel()->folder();
  const VoicePanel* voice = m_studio->voicePanel();
  state.voice.hasClip = voice->hasAudio();
  state.voice.sourcePath = voice->fileName();
  state.voice.sourceLabel = voice->clipLabel();
  state.voice.libraryVoice = m_studio->libraryVoiceName();
  state.voice.selectionBegin = qint64(voice->waveform()->selectionBegin());
  state.voice.selectionEnd = qint64(voice->waveform()->selectionEnd());
  state.voice.promptText = voice->promptText();
  state.voice.promptLang = voice->promptLanguage();
  state.script = m_studio->scriptPanel()->settings();
  return state;  // the takes are listed from the panel (writeState)
}

bool ProjectSession::saveNow() {
  m_autosave->stop();
  if (!hasWork() && !project::isProject(m_folder)) return true;  // nothing made yet: no empty projects
  try {
    if (m_voiceDirty && m_studio->voicePanel()->hasAudio()) project::writeVoiceClip(m_folder, m_studio->voicePanel()->audio());
    m_voiceDirty = false;
    project::writeState(m_folder, capture(), m_studio->takesPanel()->takes());
  } catch (const std::exception& e) {
    return fail(tr("The project could not be saved: %1").arg(QString::fromStdString(e.what())));
  }
  rememberFolder();
  m_lastError.clear();
  return true;
}

void ProjectSession::apply(const ProjectState& state, const QString& folder) {
  m_restoring = true;
  m_autosave->stop();
  TakesPanel* takes = m_studio->takesPanel();
  takes->clearTakes();
  for (const Take& take : state.takes) takes->restoreTake(take);
  ScriptPanel* script = m_studio->scriptPanel();
  script->setGenerationSettings(state.script);
  script->setText(state.script.text);
  VoicePanel* voice = m_studio->voicePanel();
  if (state.voice.hasClip) {
    voice->restoreClip(project::readVoiceClip(folder), state.voice.sourcePath, state.voice.sourceLabel,
                       state.voice.selectionBegin, state.voice.selectionEnd);
  }
  voice->setPromptText(state.voice.promptText);
  voice->setPromptLanguage(state.voice.promptLang);
  m_studio->setLibraryVoiceName(state.voice.libraryVoice);
  if (!state.modelFolder.isEmpty() && state.modelFolder != m_studio->modelPanel()->folder())
    m_studio->modelPanel()->setFolder(state.modelFolder);
  m_folder = folder;
  m_voiceDirty = false;
  m_restoring = false;
  m_autosave->stop();
}

bool ProjectSession::restoreLast() {
  const QString last = QSettings().value(QLatin1String(kCurrentProjectKey)).toString();
  if (last.isEmpty() || !project::isProject(last)) return false;
  try {
    apply(project::readState(last), last);
  } catch (const std::exception& e) {
    return fail(tr("The last project could not be reopened: %1").arg(QString::fromStdString(e.what())));
  }
  emit projectChanged(name());
  return true;
}

bool ProjectSession::open(const QString& folder) {
  if (!project::isProject(folder))
    return fail(tr("%1 is not a Timbre project (it has no %2).").arg(folder, QLatin1String(project::kFileName)));
  ProjectState state;
  try {
    state = project::readState(folder);
  } catch (const std::exception& e) {
    return fail(QString::fromStdString(e.what()));
  }
  if (!saveNow()) return false;  // the current work first: opening must not lose it
  try {
    apply(state, folder);
  } catch (const std::exception& e) {
    return fail(QString::fromStdString(e.what()));
  }
  rememberFolder();
  emit projectChanged(name());
  return true;
}

bool ProjectSession::saveAs(const QString& folder) {
  const QString target = QFileInfo(folder).absoluteFilePath();
  if (target == QFileInfo(m_folder).absoluteFilePath()) return saveNow();
  if (project::isProject(target)) return fail(tr("%1 already holds a project; choose another name.").arg(target));
  if (!saveNow()) return false;
  try {
    if (QFileInfo::exists(m_folder)) project::copyProject(m_folder, target);
  } catch (const std::exception& e) {
    return fail(QString::fromStdString(e.what()));
  }
  m_folder = target;
  m_voiceDirty = true;  // a project without its voice file is written whole
  if (!QDir().mkpath(m_folder)) return fail(tr("Cannot create the folder %1.").arg(m_folder));
  if (!saveNow()) return false;
  // Saved even when empty, so the name is there.
  if (!project::isProject(m_folder)) {
    try {
      project::writeState(m_folder, capture(), m_studio->takesPanel()->takes());
    } catch (const std::exception& e) {
      return fail(QString::fromStdString(e.what()));
    }
    rememberFolder();
  }
  emit projectChanged(name());
  return true;
}

void ProjectSession::startNew() {
  saveNow();
  m_restoring = true;
  m_studio->takesPanel()->clearTakes();
  m_studio->scriptPanel()->setText(QString());
  m_restoring = false;
  m_folder = freshUntitledFolder();
  m_voiceDirty = true;
  QSettings().remove(QLatin1String(kCurrentProjectKey));
  saveNow();
  emit projectChanged(name());
}

}  // namespace timbre::gui
