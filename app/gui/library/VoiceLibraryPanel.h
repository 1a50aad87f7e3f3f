#pragma once
// The voice library: the saved voices (search as you type), "Save current
// voice…", Open, Rename and Delete (with a confirmation). The panel stores and
// lists; what "the current voice" is and what opening one does is the
// studio's (saveRequested / openRequested).
#include "library/VoiceLibrary.h"

#include <QGroupBox>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace timbre::gui {

class VoiceLibraryPanel : public QGroupBox {
  Q_OBJECT

 public:
  // root empty: the user's library (VoiceLibrary::defaultRoot()).
  explicit VoiceLibraryPanel(QWidget* parent = nullptr, const QString& root = {});
  ~VoiceLibraryPanel() override;

  library::VoiceLibrary& library() { return *m_library; }
  QString root() const;
  void setRoot(const QString& root);

  // Names as listed now (the search applied), in order.
  QStringList visibleNames() const;
  QString selectedName() const;
  void selectName(const QString& name);
  void setSearchText(const QString& text);
  // Damaged voices found by the last refresh (the engine's messages).
  QStringList problems() const { return m_problems; }

  // What the buttons do once the user has answered; false (after showing why) on failure.
  bool renameVoice(const QString& name, const QString& newName);
  bool removeVoice(const QString& name);

 public slots:
  void refresh();

 signals:
  // The user chose a name for the current voice; replace: they agreed to overwrite.
  void saveRequested(const QString& name, bool replace);
  void openRequested(const QString& name);
  void statusMessage(const QString& text);

 private:
  void askSaveName();
  void askRename();
  void askRemove();
  void applyFilter();
  void updateButtons();
  void showError(const QString& title, const QString& text);

  std::unique_ptr<library::VoiceLibrary> m_library;
  QLineEdit* m_search = nullptr;
  QListWidget* m_list = nullptr;
  QLabel* m_problemLabel = nullptr;
  QPushButton* m_save = nullptr;
  QPushButton* m_open = nullptr;
  QPushButton* m_rename = nullptr;
  QPushButton* m_remove = nullptr;
  QStringList m_problems;
};

}  // namespace timbre::gui
