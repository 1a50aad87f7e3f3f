#include "VoiceSetupPage.h"

#include "ModelManagerDialog.h"
#include "TrainingWizard.h"
#include "library/VoiceLibrary.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace timbre::gui {

VoiceSetupPage::VoiceSetupPage(QWidget* parent) : QWizardPage(parent) {
  setTitle(tr("New voice model"));
  setSubTitle(tr("Name the voice, say which language you will speak, and choose the pretrained models to start from."));
  m_name = new QLineEdit(this);
  m_name->setObjectName(QStringLiteral("voiceName"));
  m_name->setPlaceholderText(tr("e.g. My voice"));
  m_language = new QComboBox(this);
  m_language->setObjectName(QStringLiteral("voiceLanguage"));
  m_language->addItem(tr("Chinese"), QStringLiteral("zh"));
  m_language->addItem(tr("English"), QStringLiteral("en"));
  m_language->addItem(tr("Japanese"), QStringLiteral("ja"));
  m_language->addItem(tr("Korean"), QStringLiteral("ko"));
  m_language->addItem(tr("Cantonese"), QStringLiteral("yue"));
  m_base = new QLineEdit(this);
  m_base->setObjectName(QStringLiteral("baseFolder"));
  m_browse = new QPushButton(tr("Browse…"), this);
  m_baseStatus = new QLabel(this);
  m_baseStatus->setObjectName(QStringLiteral("baseStatus"));
  m_baseStatus->setWordWrap(true);
  m_problem = new QLabel(this);
  m_problem->setObjectName(QStringLiteral("setupProblem"));
  m_problem->setWordWrap(true);
  m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
  m_problem->hide();

  auto* baseRow = new QHBoxLayout;
  baseRow->addWidget(m_base, 1);
  baseRow->addWidget(m_browse);
  auto* form = new QFormLayout(this);
  form->addRow(tr("&Name:"), m_name);
  form->addRow(tr("&Language:"), m_language);
  form->addRow(tr("&Base models:"), baseRow);
  form->addRow(QString(), m_baseStatus);
  form->addRow(m_problem);

  connect(m_name, &QLineEdit::textChanged, this, [this] {
    m_problem->hide();
    emit completeChanged();
  });
  connect(m_base, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
  connect(m_base, &QLineEdit::editingFinished, this, &VoiceSetupPage::checkBaseFolder);
  connect(m_browse, &QPushButton::clicked, this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Pretrained models"), m_base->text());
    if (!folder.isEmpty()) setBaseFolder(folder);
  });
}

QString VoiceSetupPage::voiceName() const { return m_name->text().trimmed(); }
QString VoiceSetupPage::language() const { return m_language->currentData().toString(); }
QString VoiceSetupPage::baseFolder() const { return m_base->text().trimmed(); }
void VoiceSetupPage::setVoiceName(const QString& name) { m_name->setText(name); }

void VoiceSetupPage::setLanguage(const QString& code) {
  const int i = m_language->findData(code);
  if (i >= 0) m_language->setCurrentIndex(i);
}

void VoiceSetupPage::setBaseFolder(const QString& folder) {
  m_base->setText(folder);
  checkBaseFolder();
}

void VoiceSetupPage::setNameLocked(bool locked) { m_name->setReadOnly(locked); }

void VoiceSetupPage::checkBaseFolder() {
  if (baseFolder() == m_checkedFolder) return;
  m_checkedFolder = baseFolder();
  m_problem->hide();
  if (m_checkedFolder.isEmpty()) {
    m_check = {};
    m_baseStatus->setText(tr("Choose the folder with the pretrained GPT-SoVITS models."));
    return;
  }
  m_check = checkBaseModels(m_checkedFolder);
  m_baseStatus->setText(m_check.usable()
                            ? tr("Ready: the pretrained GPT, SoVITS (with its discriminator), HuBERT and BERT are there.")
                            : tr("These models cannot be trained from: %1")
                                  .arg(ModelManagerDialog::inPlainWords(m_check.problem)));
  m_baseStatus->setStyleSheet(m_check.usable() ? QString() : QStringLiteral("color: #b00020;"));
}

QString VoiceSetupPage::nameProblem() const {
  const std::string name = voiceName().toStdString();
  if (const std::string problem = library::VoiceLibrary::nameProblem(name); !problem.empty())
    return tr("This name cannot be used: %1.").arg(QString::fromStdString(problem));
  const auto* wizard = qobject_cast<const TrainingWizard*>(this->wizard());
  if (!m_name->isReadOnly() && wizard && wizard->libraryHasVoice(voiceName()))
    return tr("A voice named “%1” is already in your library; choose another name.").arg(voiceName());
  return {};
}

QString VoiceSetupPage::problemText() const { return m_problem->isVisible() ? m_problem->text() : QString(); }

void VoiceSetupPage::showProblem(const QString& text) {
  m_problem->setText(text);
  m_problem->setVisible(!text.isEmpty());
}

bool VoiceSetupPage::isComplete() const { return !voiceName().isEmpty() && !baseFolder().isEmpty(); }

bool VoiceSetupPage::validatePage() {
  if (const QString problem = nameProblem(); !problem.isEmpty()) {
    showProblem(problem);
    return false;
  }
  checkBaseFolder();
  if (!m_check.usable()) {
    showProblem(m_baseStatus->text());
    return false;
  }
  auto* wizard = qobject_cast<TrainingWizard*>(this->wizard());
  QString error;
  if (wizard && !wizard->prepareWorkspace(&error)) {
    showProblem(tr("The training folder cannot be created: %1").arg(error));
    return false;
  }
  showProblem({});
  return true;
}

}  // namespace timbre::gui
