#pragma once
// Keeps the studio's work as a project on disk, so closing the window (or a
// crash) never loses it: takes are written the moment they are made, the
// voice when it changes, and the script and settings shortly after each edit
// and on close. Unnamed work lives in <AppDataLocation>/projects/Untitled-…;
// File → Save Project As copies it to a named folder that it then continues in.
// The project of the last session is reopened by restoreLast() (main.cpp).
#include <QObject>
#include <QString>

class QTimer;

namespace timbre::gui {

class StudioView;
struct ProjectState;

class ProjectSession : public QObject {
  Q_OBJECT

 public:
  static constexpr int kAutosaveDelayMs = 1500;
  // QSettings key of the last session's project folder.
  static constexpr const char* kCurrentProjectKey = "project/current";

  explicit ProjectSession(StudioView* studio, QObject* parent = nullptr);

  // <AppDataLocation>/projects
  static QString projectsFolder();
  // The folder the work is saved to (it exists once there was something to save).
  QString folder() const { return m_folder; }
  // The project's name (its folder's name).
  QString name() const;

  // Reopens the last session's project; false when there is none (or it cannot
  // be read: lastError() says why and the studio starts a new one).
  bool restoreLast();
  // Saves the current work, then opens the project in `folder`.
  bool open(const QString& folder);
  // Saves the current work under `folder` (copying its takes there) and goes on there.
  bool saveAs(const QString& folder);
  // Saves the current work, then starts an empty project (no takes, no script;
  // the voice and models stay, as the next piece of work often reuses them).
  void startNew();
  // Writes what is not on disk yet; false (lastError()) when it cannot.
  bool saveNow();
  QString lastError() const { return m_lastError; }

 signals:
  void projectChanged(const QString& name);
  // A save failed; the work is still in the window.
  void saveFailed(const QString& message);

 private:
  void scheduleSave();
  void writeTakeNow(int index);
  void forgetTake(int number);
  ProjectState capture() const;
  void apply(const ProjectState& state, const QString& folder);
  bool hasWork() const;
  void rememberFolder();
  bool fail(const QString& message);
  static QString freshUntitledFolder();

  StudioView* m_studio = nullptr;
  QTimer* m_autosave = nullptr;
  QString m_folder;
  QString m_lastError;
  bool m_voiceDirty = false;
  bool m_restoring = false;  // applying a saved project: its own changes need no saving
};

}  // namespace timbre::gui
