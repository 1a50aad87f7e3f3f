#pragma once
// The studio's main window. For now it shows who it is and its version; the
// voice, script and takes panels arrive with the studio work.
#include <QMainWindow>

class QLabel;

namespace timbre::gui {

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);

  // The version text shown in the window (also what tests read back).
  QString versionText() const;

 private:
  void showAbout();

  QLabel* m_versionLabel = nullptr;
};

}  // namespace timbre::gui
