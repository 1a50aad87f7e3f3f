#pragma once
// Where the voice models are: a folder chooser, and what was found there
// (version and files) or, in plain words, why nothing usable was.
#include <QWidget>

class QLabel;
class QLineEdit;

namespace timbre::gui {

class ModelFolderPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ModelFolderPanel(QWidget* parent = nullptr);

  QString folder() const;
  // Sets the folder and emits folderChosen (the studio then loads it).
  void setFolder(const QString& folder);
  bool isLoaded() const { return m_loaded; }
  // The folders whose models loaded, newest first (at most kMaxRecent; File → Recent Model Folders).
  static QStringList recentFolders();
  static constexpr int kMaxRecent = 8;

 public slots:
  void showLoading(const QString& folder);
  void showLoaded(const QString& folder, const QString& summary);
  void showFailed(const QString& folder, const QString& message);

 signals:
  void folderChosen(const QString& folder);

 private:
  void browse();

  QLineEdit* m_path = nullptr;
  QLabel* m_status = nullptr;
  bool m_loaded = false;
};

}  // namespace timbre::gui
