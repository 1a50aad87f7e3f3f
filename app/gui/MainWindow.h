#pragma once
// The studio's main window: menus and toolbar with the keyboard shortcuts, the
// studio itself (StudioView) and a status bar that also shows the version.
//
// Shortcuts: Ctrl+O import a reference, Ctrl+E export the selected take,
// Ctrl+, settings, Ctrl+Q quit, Ctrl+Return generate, Esc cancel, Space
// play/stop the selected take (except where the focused widget uses Space
// itself: text fields, buttons, combo boxes, the waveform).
//
// File → Serve API (checkable, also on the toolbar) runs the api_v2-compatible
// HTTP API on 127.0.0.1 (ApiServerController); the status bar says where.
#include <QMainWindow>

class QAction;
class QLabel;

namespace timbre::gui {

class ApiServerController;
class ModelGuideDialog;
class ProjectSession;
class StudioView;
class TrainingWizard;
struct TrainingWorkspace;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  // Saves the project (so a window that is simply destroyed loses nothing either).
  ~MainWindow() override;

  // Reopens the last session's project (main.cpp calls it at start; tests too).
  bool restoreLastProject();
  // The first-run page (ModelGuideDialog) when no model folder is set; its
  // folder becomes the studio's and the model manager shows what is in it.
  // Returns the opened page, or nullptr when models are already chosen.
  ModelGuideDialog* showModelGuideIfNeeded();
  ModelGuideDialog* showModelGuide();
  ProjectSession* project() const { return m_project; }

  // The version text shown in the window (also what tests read back).
  QString versionText() const;
  StudioView* studio() const { return m_studio; }

  // The About box's text (rich text): version, licences, the AI-generated note.
  static QString aboutText();

  // The actions, for tests and for other windows' menus.
  QAction* importAction() const { return m_import; }
  QAction* exportAction() const { return m_export; }
  QAction* settingsAction() const { return m_settings; }
  QAction* quitAction() const { return m_quit; }
  QAction* generateAction() const { return m_generate; }
  QAction* cancelAction() const { return m_cancel; }
  QAction* playAction() const { return m_play; }
  QAction* aboutAction() const { return m_about; }
  QAction* serveApiAction() const { return m_serveApi; }
  QAction* newProjectAction() const { return m_newProject; }
  QAction* openProjectAction() const { return m_openProject; }
  QAction* saveProjectAsAction() const { return m_saveProjectAs; }
  QAction* newVoiceModelAction() const { return m_newVoiceModel; }
  // File → New Voice Model…: the training wizard (window-modal), on an
  // unfinished training's workspace when `continueWith` is given. The voice it
  // keeps is listed in the library and opened in the studio.
  TrainingWizard* openTrainingWizard(const TrainingWorkspace* continueWith = nullptr);
  ApiServerController* apiServer() const { return m_api; }
  // The status bar's API note: "API on http://127.0.0.1:PORT", the error, or empty.
  QString apiStatusText() const;

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
  // Also stops the API server.
  void closeEvent(QCloseEvent* event) override;

 private:
  void createActions();
  void importReference();
  void exportTake();
  void togglePlayback();
  void showAbout();
  void openProject();
  void saveProjectAs();
  void showProjectName(const QString& name);
  // The Serve API switch: starts the server on the studio's model folder, or stops it.
  void setApiServing(bool on);
  void setApiStatus(const QString& text);
  // Offers to continue an unfinished training, then opens the wizard.
  void newVoiceModel();

  StudioView* m_studio = nullptr;
  QLabel* m_versionLabel = nullptr;
  QLabel* m_apiLabel = nullptr;
  ApiServerController* m_api = nullptr;
  QAction* m_import = nullptr;
  QAction* m_chooseModels = nullptr;
  QAction* m_export = nullptr;
  QAction* m_settings = nullptr;
  QAction* m_quit = nullptr;
  QAction* m_generate = nullptr;
  QAction* m_cancel = nullptr;
  QAction* m_play = nullptr;
  QAction* m_about = nullptr;
  QAction* m_modelGuide = nullptr;
  QAction* m_serveApi = nullptr;
  QAction* m_newProject = nullptr;
  QAction* m_openProject = nullptr;
  QAction* m_saveProjectAs = nullptr;
  QAction* m_newVoiceModel = nullptr;
  ProjectSession* m_project = nullptr;
};

}  // namespace timbre::gui
