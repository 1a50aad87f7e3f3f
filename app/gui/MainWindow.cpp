#include "MainWindow.h"

#include "ModelFolderPanel.h"
#include "StudioView.h"
#include "VoicePanel.h"

#include "timbre/Version.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace timbre::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("Timbre"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/timbre.svg")));
  resize(1280, 800);

  m_studio = new StudioView(this);
  setCentralWidget(m_studio);

  auto* fileMenu = menuBar()->addMenu(tr("&File"));
  QAction* open = fileMenu->addAction(tr("&Import Voice Recording…"), this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a recording of the voice"), {},
                                                      tr("Audio (*.wav *.flac *.ogg *.oga *.mp3);;All files (*)"));
    if (!path.isEmpty()) m_studio->voicePanel()->loadFile(path);
  });
  open->setShortcut(QKeySequence::Open);
  fileMenu->addAction(tr("Choose &Model Folder…"), this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the voice model folder"),
                                                             m_studio->modelPanel()->folder());
    if (!folder.isEmpty()) m_studio->modelPanel()->setFolder(folder);
  });
  fileMenu->addSeparator();
  QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
  quit->setShortcut(QKeySequence::Quit);
  auto* helpMenu = menuBar()->addMenu(tr("&Help"));
  helpMenu->addAction(tr("&About Timbre"), this, &MainWindow::showAbout);

  m_versionLabel = new QLabel(versionText(), this);
  m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
  statusBar()->addPermanentWidget(m_versionLabel);
  statusBar()->showMessage(tr("Ready"));
  connect(m_studio, &StudioView::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
}

QString MainWindow::versionText() const {
  return tr("Version %1").arg(QString::fromLatin1(timbre::kVersion));
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About Timbre"),
                     tr("<b>Timbre %1</b><p>Runs GPT-SoVITS voice models natively, without Python.</p>")
                         .arg(QString::fromLatin1(timbre::kVersion)));
}

}  // namespace timbre::gui
