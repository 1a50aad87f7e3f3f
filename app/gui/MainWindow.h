#pragma once
// The studio's main window: menus, the studio itself (StudioView) and a
// status bar that also shows the version.
#include <QMainWindow>

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

 private:
  void showAbout();

  StudioView* m_studio = nullptr;
  QLabel* m_versionLabel = nullptr;
};

}  // namespace timbre::gui
