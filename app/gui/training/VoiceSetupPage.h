#pragma once
// The wizard's first page: the new voice's name, the language it speaks, and
// the base models it is fine-tuned from (the studio's model folder by
// default), checked at once with the trainer's rules, so a missing s2G/s2D,
// GPT, HuBERT or BERT is named before any recording is made.
#include "BaseModelsCheck.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace timbre::gui {

class VoiceSetupPage : public QWizardPage {
  Q_OBJECT

 public:
  explicit VoiceSetupPage(QWidget* parent = nullptr);

  QString voiceName() const;
  QString language() const;  // zh, en, ja, ko, yue
  QString baseFolder() const;
  void setVoiceName(const QString& name);
  void setLanguage(const QString& code);
  void setBaseFolder(const QString& folder);  // and checks it
  // A continued workspace keeps its name (its folder and clips belong to it).
  void setNameLocked(bool locked);
  // The last check's result (the shared models a trained voice links to).
  const BaseModelsCheck& baseModels() const { return m_check; }
  // What stops Next, for a person; empty when nothing does.
  QString problemText() const;

  bool isComplete() const override;
  bool validatePage() override;

 private:
  void checkBaseFolder();
  void showProblem(const QString& text);
  QString nameProblem() const;

  QLineEdit* m_name = nullptr;
  QComboBox* m_language = nullptr;
  QLineEdit* m_base = nullptr;
  QPushButton* m_browse = nullptr;
  QLabel* m_baseStatus = nullptr;
  QLabel* m_problem = nullptr;
  BaseModelsCheck m_check;
  QString m_checkedFolder;
};

}  // namespace timbre::gui
