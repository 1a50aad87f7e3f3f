#include "SettingsDialog.h"

#include "core/Runtime.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThread>
#include <QVBoxLayout>

namespace timbre::gui {

namespace {

// Disables one entry of a combo box (greyed out, not selectable) with a tooltip saying why.
void setItemEnabled(QComboBox* box, int index, bool enabled, const QString& why) {
  auto* model = qobject_cast<QStandardItemModel*>(box->model());
  if (!model) return;
  QStandardItem* item = model->item(index);
  item->setEnabled(enabled);
  item->setToolTip(enabled ? QString() : why);
}

}  // namespace

SettingsDialog::SettingsDialog(const AppSettings& settings, bool cudaAvailable, QWidget* parent)
    : QDialog(parent), m_cuda(cudaAvailable) {
  setWindowTitle(tr("Settings"));
  setObjectName(QStringLiteral("settingsDialog"));

  m_device = new QComboBox(this);
  m_device->setObjectName(QStringLiteral("deviceCombo"));
  m_device->addItem(tr("CPU"));
  m_device->addItem(tr("CUDA (NVIDIA GPU)"));
  const QString noCuda = tr("CUDA is not available: this build of libtorch has no CUDA support or no GPU is visible.");
  setItemEnabled(m_device, 1, m_cuda, noCuda);
  m_deviceNote = new QLabel(m_cuda ? QString() : noCuda, this);
  m_deviceNote->setObjectName(QStringLiteral("deviceNote"));
  m_deviceNote->setWordWrap(true);
  m_deviceNote->setVisible(!m_cuda);

  m_threads = new QSpinBox(this);
  m_threads->setObjectName(QStringLiteral("threadsSpin"));
  m_threads->setRange(0, AppSettings::kMaxThreads);
  m_threads->setSpecialValueText(tr("Automatic (%1)").arg(QThread::idealThreadCount()));
  m_threads->setToolTip(tr("CPU threads for synthesis; 0 uses every core."));

  m_precision = new QComboBox(this);
  m_precision->setObjectName(QStringLiteral("precisionCombo"));
  m_precision->addItem(tr("fp32 (full precision)"));
  m_precision->addItem(tr("fp16 (faster on GPU)"));

  m_folder = new QLineEdit(this);
  m_folder->setObjectName(QStringLiteral("outputFolderEdit"));
  auto* browse = new QPushButton(tr("Browse…"), this);
  auto* folderRow = new QHBoxLayout;
  folderRow->addWidget(m_folder, 1);
  folderRow->addWidget(browse);

  m_apiPort = new QSpinBox(this);
  m_apiPort->setObjectName(QStringLiteral("apiPortSpin"));
  m_apiPort->setRange(0, 65535);
  m_apiPort->setSpecialValueText(tr("Any free port"));
  m_apiPort->setToolTip(tr("Port of the HTTP API on 127.0.0.1 (File → Serve API); GPT-SoVITS uses 9880."));

  m_dictionary = new QLineEdit(this);
  m_dictionary->setObjectName(QStringLiteral("dictionaryEdit"));
  m_dictionary->setPlaceholderText(tr("None"));
  m_dictionary->setToolTip(tr("Readings that override the built-in ones: a UTF-8 file with one "
                              "\"language word reading\" per line, e.g. \"en timbre T AE1 M B ER0\"."));
  auto* browseDictionary = new QPushButton(tr("Browse…"), this);
  browseDictionary->setObjectName(QStringLiteral("dictionaryBrowseButton"));
  auto* dictionaryRow = new QHBoxLayout;
  dictionaryRow->addWidget(m_dictionary, 1);
  dictionaryRow->addWidget(browseDictionary);

  auto* form = new QFormLayout;
  form->addRow(tr("&Device:"), m_device);
  form->addRow(QString(), m_deviceNote);
  form->addRow(tr("&Threads:"), m_threads);
  form->addRow(tr("&Precision:"), m_precision);
  // A row that is a layout gets no buddy from QFormLayout, and its label
  // would show the "&" literally: these labels name their field themselves.
  const auto labelFor = [this](const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text, this);
    label->setBuddy(buddy);
    return label;
  };
  auto* folderLabel = labelFor(tr("&Output folder:"), m_folder);
  folderLabel->setObjectName(QStringLiteral("outputFolderLabel"));
  form->addRow(folderLabel, folderRow);
  form->addRow(tr("&API port:"), m_apiPort);
  form->addRow(labelFor(tr("Pronunciation &dictionary:"), m_dictionary), dictionaryRow);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addStretch();
  layout->addWidget(buttons);

  const AppSettings s = settings.effective(m_cuda);
  m_device->setCurrentIndex(s.device == ComputeDevice::Cuda ? 1 : 0);
  m_threads->setValue(s.threads);
  m_precision->setCurrentIndex(s.precision == Precision::Fp16 ? 1 : 0);
  m_folder->setText(s.outputFolder);
  m_apiPort->setValue(s.apiPort);
  m_dictionary->setText(s.pronunciationDictionary);

  connect(m_device, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
  connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseFolder);
  connect(browseDictionary, &QPushButton::clicked, this, &SettingsDialog::chooseDictionary);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  updateEnabled();
}

AppSettings SettingsDialog::settings() const {
  AppSettings s;
  s.device = m_device->currentIndex() == 1 ? ComputeDevice::Cuda : ComputeDevice::Cpu;
  s.threads = m_threads->value();
  s.precision = m_precision->currentIndex() == 1 ? Precision::Fp16 : Precision::Fp32;
  const QString folder = m_folder->text().trimmed();
  s.outputFolder = folder.isEmpty() ? AppSettings::defaultOutputFolder() : folder;
  s.apiPort = m_apiPort->value();
  s.pronunciationDictionary = m_dictionary->text().trimmed();
  return s.effective(m_cuda);
}

void SettingsDialog::editStored(QWidget* parent) {
  auto* dialog = new SettingsDialog(AppSettings::load(), timbre::cudaAvailable(), parent);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, dialog, [dialog] { dialog->settings().save(); });
  dialog->open();
}

void SettingsDialog::updateEnabled() {
  // Half precision is a GPU option: on the CPU the decoder always runs in fp32.
  const bool onCuda = m_device->currentIndex() == 1;
  if (!onCuda) m_precision->setCurrentIndex(0);
  setItemEnabled(m_precision, 1, onCuda, tr("fp16 needs the CUDA device."));
  m_precision->setEnabled(onCuda);
}

void SettingsDialog::chooseFolder() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the output folder"), m_folder->text());
  if (!folder.isEmpty()) m_folder->setText(folder);
}

void SettingsDialog::chooseDictionary() {
  const QString file = QFileDialog::getOpenFileName(this, tr("Choose a pronunciation dictionary"), m_dictionary->text(),
                                                    tr("Text files (*.txt *.dict *.tsv);;All files (*)"));
  if (!file.isEmpty()) m_dictionary->setText(file);
}

}  // namespace timbre::gui
