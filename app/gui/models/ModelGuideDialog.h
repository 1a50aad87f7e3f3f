#pragma once
// The first-run page for a creator without models: what GPT-SoVITS model
// files are, where the official ones are published, which files Timbre needs
// for each version, and "Choose folder…" (the studio then shows in the model
// manager what it found there). Opened at start while no model folder is set,
// and from Help. Timbre downloads nothing; the link opens only when clicked.
#include <QDialog>

namespace timbre::gui {

class ModelGuideDialog : public QDialog {
  Q_OBJECT

 public:
  explicit ModelGuideDialog(QWidget* parent = nullptr);

  // The page's text (rich text; tests read it).
  static QString guideText();

 signals:
  // The user chose this folder with "Choose folder…".
  void folderChosen(const QString& folder);

 private:
  void chooseFolder();
};

}  // namespace timbre::gui
