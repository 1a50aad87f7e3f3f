#pragma once
// "Import a model folder": the engine's model detection run on a folder (off
// the UI thread), every weight file listed with what it is (GPT, SoVITS v2,
// HuBERT, ...) and, in plain words with the engine's message, what is wrong
// with the ones that cannot be used or do not fit together. "Use this folder"
// hands a usable folder to the studio.
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace timbre::library {
struct ModelFolderReport;
}

namespace timbre::gui {

class ModelManagerDialog : public QDialog {
  Q_OBJECT

 public:
  explicit ModelManagerDialog(QWidget* parent = nullptr);

  QString folder() const;
  // Starts the inspection (also loads the set to check that it fits); the
  // result arrives with inspected().
  void inspect(const QString& folder);
  bool isBusy() const { return m_busy; }
  bool isUsable() const { return m_usable; }
  QTreeWidget* fileList() const { return m_files; }
  QString summary() const;

  // Plain words for an engine kind ("gpt", "sovits", ...).
  static QString describeKind(const QString& kind);
  // An engine reason as the user can act on it ("“voice.pth” is not a GPT-SoVITS model file …"
  // instead of its magic bytes); other reasons unchanged.
  static QString inPlainWords(const QString& problem);

 signals:
  void inspected(bool usable);
  // The user chose to use the folder.
  void folderAccepted(const QString& folder);

 private:
  void browse();
  void showReport(const library::ModelFolderReport& report);

  QLineEdit* m_path = nullptr;
  QPushButton* m_check = nullptr;
  QTreeWidget* m_files = nullptr;
  QLabel* m_summary = nullptr;
  QPushButton* m_use = nullptr;
  bool m_busy = false;
  bool m_usable = false;
  int m_generation = 0;  // ignores the answer of an older inspection
};

}  // namespace timbre::gui
