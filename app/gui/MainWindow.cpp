#include "MainWindow.h"

#include "timbre/Version.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace timbre::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("Timbre"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/timbre.svg")));
  resize(1280, 800);

  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);
  auto* title = new QLabel(tr("<h1>Timbre</h1><p>Clone a voice from a few seconds of speech, offline.</p>"), central);
  title->setAlignment(Qt::AlignCenter);
  m_versionLabel = new QLabel(versionText(), central);
  m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
  m_versionLabel->setAlignment(Qt::AlignCenter);
  layout->addStretch();
  layout->addWidget(title);
  layout->addWidget(m_versionLabel);
  layout->addStretch();
  setCentralWidget(central);

  auto* fileMenu = menuBar()->addMenu(tr("&File"));
  QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
  quit->setShortcut(QKeySequence::Quit);
  auto* helpMenu = menuBar()->addMenu(tr("&Help"));
  helpMenu->addAction(tr("&About Timbre"), this, &MainWindow::showAbout);

  statusBar()->showMessage(tr("Ready"));
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
