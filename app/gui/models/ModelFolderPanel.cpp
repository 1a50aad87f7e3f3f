#include "ModelFolderPanel.h"

#include "QualityView.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace timbre::gui {

ModelFolderPanel::ModelFolderPanel(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("modelFolderPanel"));
  m_path = new QLineEdit(this);
  m_path->setObjectName(QStringLiteral("modelFolderEdit"));
  m_path->setPlaceholderText(tr("A GPT-SoVITS folder, or a folder with a .ckpt, a .pth, HuBERT and BERT"));
  auto* browse = new QPushButton(tr("Choose…"), this);
  m_status = new QLabel(tr("No voice models chosen yet."), this);
  m_status->setObjectName(QStringLiteral("modelStatus"));
  m_status->setWordWrap(true);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* layout = new QGridLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(new QLabel(tr("Voice models:"), this), 0, 0);
  layout->addWidget(m_path, 0, 1);
  layout->addWidget(browse, 0, 2);
  layout->addWidget(m_status, 1, 1, 1, 2);
  connect(browse, &QPushButton::clicked, this, &ModelFolderPanel::browse);
  connect(m_path, &QLineEdit::editingFinished, this, [this] {
    if (!folder().isEmpty()) emit folderChosen(folder());
  });
}

QString ModelFolderPanel::folder() const { return m_path->text().trimmed(); }

void ModelFolderPanel::setFolder(const QString& folder) {
  m_path->setText(folder);
  emit folderChosen(folder);
}

QStringList ModelFolderPanel::recentFolders() {
  return QSettings().value(QStringLiteral("models/recent")).toStringList();
}

void ModelFolderPanel::browse() {
  const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose the voice model folder"), folder());
  if (!chosen.isEmpty()) setFolder(chosen);
}

void ModelFolderPanel::showLoading(const QString& folder) {
  m_loaded = false;
  m_status->setStyleSheet({});
  m_status->setText(tr("Loading the models in %1…").arg(folder));
}

void ModelFolderPanel::showLoaded(const QString& folder, const QString& summary) {
  if (folder != this->folder()) return;  // an older request
  m_loaded = true;
  QSettings settings;
  settings.setValue(QStringLiteral("models/folder"), folder);
  QStringList recent = recentFolders();
  recent.removeAll(folder);
  recent.prepend(folder);
  settings.setValue(QStringLiteral("models/recent"), recent.mid(0, kMaxRecent));
  m_status->setStyleSheet(QStringLiteral("color: %1;").arg(QualityView::levelColor(audio::QualityLevel::Pass).name()));
  m_status->setText(tr("Ready: %1").arg(summary));
}

void ModelFolderPanel::showFailed(const QString& folder, const QString& message) {
  if (folder != this->folder()) return;
  m_loaded = false;
  m_status->setStyleSheet(QStringLiteral("color: %1;").arg(QualityView::levelColor(audio::QualityLevel::Fail).name()));
  m_status->setText(tr("These models cannot be used: %1").arg(message));
}

}  // namespace timbre::gui
