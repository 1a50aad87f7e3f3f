#pragma once
// The studio's main window: menus and toolbar with the keyboard shortcuts, the
// studio itself (StudioView) and a status bar that also shows the version.
//
// Shortcuts: Ctrl+O import a reference, Ctrl+E export the selected take,
// Ctrl+, settings, Ctrl+Q quit, Ctrl+Return generate, Esc cancel, Space
// play/stop the selected take (except where the focused widget uses Space
// itself: text fields, buttons, combo boxes, the waveform).
#include <QMainWindow>

class QAction;
class QLabel;

namespace timbre::gui {

class StudioView;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);

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

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void createActions();
  void importReference();
  void exportTake();
  void togglePlayback();
  void showAbout();

  StudioView* m_studio = nullptr;
  QLabel* m_versionLabel = nullptr;
  QAction* m_import = nullptr;
  QAction* m_chooseModels = nullptr;
  QAction* m_export = nullptr;
  QAction* m_settings = nullptr;
  QAction* m_quit = nullptr;
  QAction* m_generate = nullptr;
  QAction* m_cancel = nullptr;
  QAction* m_play = nullptr;
  QAction* m_about = nullptr;
};

}  // namespace timbre::gui
