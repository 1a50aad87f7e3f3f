#include "VoiceLibraryPanel.h"

#include "timbre/Error.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace timbre::gui {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString tooltipOf(const library::Voice& v) {
  const auto when = [](library::Voice::Clock::time_point t) {
    return QDateTime::fromSecsSinceEpoch(library::Voice::Clock::to_time_t(t)).toString(Qt::TextDate);
  };
  QString tip = VoiceLibraryPanel::tr("“%1” (%2)\nSaved %3").arg(qs(v.promptText), qs(v.promptLang), when(v.modified));
  if (!v.models.folder.empty()) tip += VoiceLibraryPanel::tr("\nModels: %1").arg(qs(v.models.folder));
  return tip;
}

}  // namespace

VoiceLibraryPanel::VoiceLibraryPanel(QWidget* parent, const QString& root)
    : QGroupBox(tr("Voice library"), parent),
      m_library(std::make_unique<library::VoiceLibrary>(root.isEmpty() ? library::VoiceLibrary::defaultRoot()
                                                                       : root.toStdString())) {
  setObjectName(QStringLiteral("voiceLibraryPanel"));
  m_search = new QLineEdit(this);
  m_search->setObjectName(QStringLiteral("voiceSearch"));
  m_search->setPlaceholderText(tr("Search voices"));
  m_search->setClearButtonEnabled(true);
  m_list = new QListWidget(this);
  m_list->setObjectName(QStringLiteral("voiceList"));
  m_problemLabel = new QLabel(this);
  m_problemLabel->setObjectName(QStringLiteral("voiceLibraryProblems"));
  m_problemLabel->setWordWrap(true);
  m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_problemLabel->hide();

  m_save = new QPushButton(tr("Save current voice…"), this);
  m_save->setObjectName(QStringLiteral("saveVoiceButton"));
  m_save->setToolTip(tr("Keep the selected part of the recording, its transcript, the models and the settings"));
  m_open = new QPushButton(tr("Open"), this);
  m_open->setObjectName(QStringLiteral("openVoiceButton"));
  m_rename = new QPushButton(tr("Rename…"), this);
  m_rename->setObjectName(QStringLiteral("renameVoiceButton"));
  m_remove = new QPushButton(tr("Delete…"), this);
  m_remove->setObjectName(QStringLiteral("deleteVoiceButton"));
  // Two columns keep the panel narrow, so the studio fits a 1280x800 screen.
  auto* buttons = new QGridLayout;
  buttons->addWidget(m_save, 0, 0, 1, 2);
  buttons->addWidget(m_open, 1, 0);
  buttons->addWidget(m_rename, 1, 1);
  buttons->addWidget(m_remove, 2, 1);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_search);
  layout->addWidget(m_list, 1);
  layout->addWidget(m_problemLabel);
  layout->addLayout(buttons);

  connect(m_search, &QLineEdit::textChanged, this, &VoiceLibraryPanel::applyFilter);
  connect(m_list, &QListWidget::currentRowChanged, this, &VoiceLibraryPanel::updateButtons);
  connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
    if (item) emit openRequested(item->data(Qt::UserRole).toString());
  });
  connect(m_save, &QPushButton::clicked, this, &VoiceLibraryPanel::askSaveName);
  connect(m_open, &QPushButton::clicked, this, [this] {
    if (!selectedName().isEmpty()) emit openRequested(selectedName());
  });
  connect(m_rename, &QPushButton::clicked, this, &VoiceLibraryPanel::askRename);
  connect(m_remove, &QPushButton::clicked, this, &VoiceLibraryPanel::askRemove);
  refresh();
}

VoiceLibraryPanel::~VoiceLibraryPanel() = default;

QString VoiceLibraryPanel::root() const { return qs(m_library->root()); }

void VoiceLibraryPanel::setRoot(const QString& root) {
  m_library = std::make_unique<library::VoiceLibrary>(root.toStdString());
  refresh();
}

// Reading a few small JSON files: quick enough for the UI thread.
void VoiceLibraryPanel::refresh() {
  const QString selected = selectedName();
  std::vector<std::string> problems;
  const std::vector<library::Voice> voices = m_library->list(&problems);
  m_list->clear();
  for (const library::Voice& v : voices) {
    auto* item = new QListWidgetItem(qs(v.name), m_list);
    item->setData(Qt::UserRole, qs(v.name));
    item->setToolTip(tooltipOf(v));
  }
  m_problems.clear();
  for (const std::string& p : problems) m_problems << qs(p);
  m_problemLabel->setVisible(!m_problems.isEmpty());
  m_problemLabel->setText(tr("Some voices cannot be read:\n%1").arg(m_problems.join(QLatin1Char('\n'))));
  applyFilter();
  if (!selected.isEmpty()) selectName(selected);
  updateButtons();
}

void VoiceLibraryPanel::applyFilter() {
  const QString needle = m_search->text().trimmed();
  for (int i = 0; i < m_list->count(); ++i) {
    QListWidgetItem* item = m_list->item(i);
    item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
  }
  if (m_list->currentItem() && m_list->currentItem()->isHidden()) m_list->setCurrentRow(-1);
  updateButtons();
}

QStringList VoiceLibraryPanel::visibleNames() const {
  QStringList names;
  for (int i = 0; i < m_list->count(); ++i)
    if (!m_list->item(i)->isHidden()) names << m_list->item(i)->data(Qt::UserRole).toString();
  return names;
}

QString VoiceLibraryPanel::selectedName() const {
  const QListWidgetItem* item = m_list->currentItem();
  return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

void VoiceLibraryPanel::selectName(const QString& name) {
  for (int i = 0; i < m_list->count(); ++i)
    if (QString::compare(m_list->item(i)->data(Qt::UserRole).toString(), name, Qt::CaseInsensitive) == 0) {
      m_list->setCurrentRow(i);
      return;
    }
}

void VoiceLibraryPanel::setSearchText(const QString& text) { m_search->setText(text); }

void VoiceLibraryPanel::updateButtons() {
  const bool has = !selectedName().isEmpty();
  m_open->setEnabled(has);
  m_rename->setEnabled(has);
  m_remove->setEnabled(has);
}

bool VoiceLibraryPanel::renameVoice(const QString& name, const QString& newName) {
  try {
    m_library->rename(name.toStdString(), newName.toStdString());
  } catch (const Error& e) {
    showError(tr("Cannot rename the voice"), qs(e.what()));
    return false;
  }
  refresh();
  selectName(newName);
  emit statusMessage(tr("Renamed “%1” to “%2”").arg(name, newName));
  return true;
}

bool VoiceLibraryPanel::removeVoice(const QString& name) {
  try {
    m_library->remove(name.toStdString());
  } catch (const Error& e) {
    showError(tr("Cannot delete the voice"), qs(e.what()));
    return false;
  }
  refresh();
  emit statusMessage(tr("Deleted the voice “%1”").arg(name));
  return true;
}

// The dialogs are opened without a nested event loop (open(), not exec()).
void VoiceLibraryPanel::askSaveName() {
  auto* dialog = new QInputDialog(this);
  dialog->setObjectName(QStringLiteral("saveVoiceDialog"));
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(tr("Save current voice"));
  dialog->setLabelText(tr("Name of the voice:"));
  dialog->setTextValue(selectedName());
  connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& typed) {
    const QString name = typed.trimmed();
    if (const std::string problem = library::VoiceLibrary::nameProblem(name.toStdString()); !problem.empty()) {
      showError(tr("Cannot save the voice"), qs(problem));
      return;
    }
    bool exists = false;
    try {
      exists = m_library->contains(name.toStdString());
    } catch (const Error&) {
      exists = true;  // a damaged voice of that name: replacing it repairs it
    }
    if (!exists) {
      emit saveRequested(name, false);
      return;
    }
    auto* confirm = new QMessageBox(QMessageBox::Question, tr("Replace the voice?"),
                                    tr("A voice named “%1” exists. Replace it with the current voice?").arg(name),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("replaceVoiceConfirm"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, confirm, name](QAbstractButton* button) {
      if (confirm->standardButton(button) == QMessageBox::Yes) emit saveRequested(name, true);
    });
    confirm->open();
  });
  dialog->open();
}

void VoiceLibraryPanel::askRename() {
  const QString name = selectedName();
  if (name.isEmpty()) return;
  auto* dialog = new QInputDialog(this);
  dialog->setObjectName(QStringLiteral("renameVoiceDialog"));
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(tr("Rename voice"));
  dialog->setLabelText(tr("New name for “%1”:").arg(name));
  dialog->setTextValue(name);
  connect(dialog, &QInputDialog::textValueSelected, this,
          [this, name](const QString& typed) { renameVoice(name, typed.trimmed()); });
  dialog->open();
}

void VoiceLibraryPanel::askRemove() {
  const QString name = selectedName();
  if (name.isEmpty()) return;
  auto* confirm = new QMessageBox(QMessageBox::Warning, tr("Delete the voice?"),
                                  tr("Delete “%1” and its copy of the recording? This cannot be undone.").arg(name),
                                  QMessageBox::Yes | QMessageBox::Cancel, this);
  confirm->setObjectName(QStringLiteral("deleteVoiceConfirm"));
  confirm->setDefaultButton(QMessageBox::Cancel);
  confirm->setAttribute(Qt::WA_DeleteOnClose);
  connect(confirm, &QMessageBox::buttonClicked, this, [this, confirm, name](QAbstractButton* button) {
    if (confirm->standardButton(button) == QMessageBox::Yes) removeVoice(name);
  });
  confirm->open();
}

void VoiceLibraryPanel::showError(const QString& title, const QString& text) {
  auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
  box->setObjectName(QStringLiteral("voiceLibraryMessage"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
  emit statusMessage(text);
}

}  // namespace timbre::gui
