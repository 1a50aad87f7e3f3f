#include "ModelManagerDialog.h"

#include "QualityView.h"

#include "library/ModelInspector.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace timbre::gui {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

ModelManagerDialog::ModelManagerDialog(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("modelManagerDialog"));
  setWindowTitle(tr("Import voice models"));
  m_path = new QLineEdit(this);
  m_path->setObjectName(QStringLiteral("modelManagerFolder"));
  m_path->setPlaceholderText(tr("A GPT-SoVITS folder, or a folder with a .ckpt, a .pth, HuBERT and BERT"));
  auto* browseButton = new QPushButton(tr("Choose…"), this);
  m_check = new QPushButton(tr("Check"), this);
  m_check->setObjectName(QStringLiteral("modelManagerCheck"));
  auto* top = new QHBoxLayout;
  top->addWidget(m_path, 1);
  top->addWidget(browseButton);
  top->addWidget(m_check);

  m_files = new QTreeWidget(this);
  m_files->setObjectName(QStringLiteral("modelFiles"));
  m_files->setColumnCount(4);
  m_files->setHeaderLabels({tr("File"), tr("What it is"), tr("Version"), tr("Notes")});
  m_files->setRootIsDecorated(false);
  m_files->header()->setStretchLastSection(true);
  m_summary = new QLabel(tr("Choose a folder to see what is in it."), this);
  m_summary->setObjectName(QStringLiteral("modelManagerSummary"));
  m_summary->setWordWrap(true);
  m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  m_use = buttons->addButton(tr("Use this folder"), QDialogButtonBox::AcceptRole);
  m_use->setObjectName(QStringLiteral("modelManagerUse"));
  m_use->setEnabled(false);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(m_files, 1);
  layout->addWidget(m_summary);
  layout->addWidget(buttons);
  resize(760, 420);

  connect(browseButton, &QPushButton::clicked, this, &ModelManagerDialog::browse);
  connect(m_check, &QPushButton::clicked, this, [this] { inspect(folder()); });
  connect(m_path, &QLineEdit::returnPressed, this, [this] { inspect(folder()); });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(buttons, &QDialogButtonBox::accepted, this, [this] {
    if (!m_usable) return;
    emit folderAccepted(folder());
    accept();
  });
}

QString ModelManagerDialog::folder() const { return m_path->text().trimmed(); }
QString ModelManagerDialog::summary() const { return m_summary->text(); }

QString ModelManagerDialog::describeKind(const QString& kind) {
  if (kind == QLatin1String("gpt")) return tr("GPT: turns text into speech tokens");
  if (kind == QLatin1String("sovits")) return tr("SoVITS: turns tokens into the voice");
  if (kind == QLatin1String("hubert")) return tr("HuBERT: listens to the reference recording");
  if (kind == QLatin1String("bert")) return tr("BERT: reads Chinese text");
  if (kind == QLatin1String("sv")) return tr("Speaker model (ERes2NetV2, for v2Pro)");
  if (kind == QLatin1String("vocoder")) return tr("Vocoder (SoVITS v3/v4 only)");
  return tr("Not a model file Timbre knows");
}

void ModelManagerDialog::browse() {
  const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose the voice model folder"), folder());
  if (!chosen.isEmpty()) {
    m_path->setText(chosen);
    inspect(chosen);
  }
}

void ModelManagerDialog::inspect(const QString& folderPath) {
  m_path->setText(folderPath);
  m_files->clear();
  m_usable = false;
  m_use->setEnabled(false);
  m_summary->setStyleSheet({});
  if (folderPath.isEmpty()) {
    m_summary->setText(tr("Choose a folder to see what is in it."));
    return;
  }
  m_busy = true;
  m_check->setEnabled(false);
  m_summary->setText(tr("Looking at the files in %1…").arg(folderPath));
  // Reading (and test-loading) weights takes seconds: on a thread of its own.
  const int generation = ++m_generation;
  QPointer<ModelManagerDialog> self(this);
  QThread* thread = QThread::create([self, generation, path = folderPath.toStdString()] {
    auto report = std::make_shared<library::ModelFolderReport>(library::inspectModelFolder(path, true));
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [self, generation, report] {
          if (self && generation == self->m_generation) self->showReport(*report);
        },
        Qt::QueuedConnection);
  });
  connect(thread, &QThread::finished, thread, &QObject::deleteLater);
  thread->start();
}

QString ModelManagerDialog::inPlainWords(const QString& problem) {
  // The engine explains a foreign file by its first bytes; the user needs to
  // hear which of their files is not a model, not the bytes.
  const int magic = int(problem.indexOf(QLatin1String("unknown magic bytes")));
  if (magic < 0) return problem;
  QString file = problem.left(magic);
  const int cut = int(file.indexOf(QLatin1String(": ")));
  if (cut >= 0) file = file.left(cut);
  return tr("“%1” is not a GPT-SoVITS model file (neither a PyTorch checkpoint nor a safetensors file).")
      .arg(QFileInfo(file).fileName());
}

void ModelManagerDialog::showReport(const library::ModelFolderReport& report) {
  m_busy = false;
  m_check->setEnabled(true);
  const QString root = QFileInfo(qs(report.folder)).absoluteFilePath();
  const auto chosen = [&](const std::string& path) {
    return path == report.gpt || path == report.sovits || path == report.hubert || path == report.bert ||
           path == report.speaker;
  };
  for (const library::ModelFileReport& f : report.files) {
    const QString path = qs(f.path);
    const QString shown = QFileInfo(path).absoluteFilePath().startsWith(root + QLatin1Char('/'))
                              ? QFileInfo(path).absoluteFilePath().mid(root.size() + 1)
                              : path;
    QString notes = f.problem.empty() ? qs(f.detail) : tr("Cannot be used: %1").arg(inPlainWords(qs(f.problem)));
    if (f.problem.empty() && chosen(f.path)) notes = notes.isEmpty() ? tr("used") : tr("used; %1").arg(notes);
    auto* item = new QTreeWidgetItem(m_files, {shown, describeKind(qs(f.kind)), qs(f.version), notes});
    item->setToolTip(0, path);
    item->setToolTip(3, notes);
    if (!f.problem.empty())
      item->setForeground(3, QualityView::levelColor(audio::QualityLevel::Fail));
  }
  for (int c = 0; c < 3; ++c) m_files->resizeColumnToContents(c);
  m_usable = report.usable();
  m_use->setEnabled(m_usable);
  const auto level = m_usable ? audio::QualityLevel::Pass : audio::QualityLevel::Fail;
  m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(QualityView::levelColor(level).name()));
  if (m_usable)
    m_summary->setText(tr("Ready to use: %1.").arg(qs(report.summary)));
  else
    m_summary->setText(tr("This folder cannot be used as it is: %1").arg(inPlainWords(qs(report.setProblem))));
  emit inspected(m_usable);
}

}  // namespace timbre::gui
