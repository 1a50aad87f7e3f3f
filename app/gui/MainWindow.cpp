#include "MainWindow.h"

#include "ApiServerController.h"
#include "AppSettings.h"
#include "ModelFolderPanel.h"
#include "ModelGuideDialog.h"
#include "ProjectSession.h"
#include "SettingsDialog.h"
#include "StudioView.h"
#include "TakesPanel.h"
#include "TrainingWizard.h"
#include "TrainingWorkspace.h"
#include "VoiceLibraryPanel.h"
#include "VoicePanel.h"
#include "WaveformView.h"

#include "core/Runtime.h"
#include "timbre/Version.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QKeyEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QTextEdit>
#include <QToolBar>

// The icons are compiled into the static timbre_gui library, whose resource
// initialiser the linker would otherwise drop (Q_INIT_RESOURCE must be called
// outside any namespace).
static void initTimbreResources() { Q_INIT_RESOURCE(timbre); }

namespace timbre::gui {

namespace {

QIcon icon(const char* name) { return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))); }

// Widgets that use Space themselves: text fields type it, buttons and combo
// boxes are pressed by it, the waveform plays its selection with it.
bool usesSpace(const QWidget* widget) {
  return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QPlainTextEdit*>(widget) ||
         qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
         qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QComboBox*>(widget) ||
         qobject_cast<const WaveformView*>(widget);
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  initTimbreResources();
  setWindowTitle(tr("Timbre"));
  setWindowIcon(icon("timbre"));
  // Fits a 1280x800 screen with room for the desktop's panel and the title bar,
  // and is wider than the studio's minimum (1230 px), so nothing scrolls.
  resize(1260, 720);

  // On a screen smaller than the studio's minimum the panels scroll instead of
  // being cut off; otherwise the studio fills the window as usual.
  m_studio = new StudioView;
  auto* scroll = new QScrollArea(this);
  scroll->setObjectName(QStringLiteral("studioScrollArea"));
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidgetResizable(true);
  scroll->setWidget(m_studio);
  setCentralWidget(scroll);
  m_project = new ProjectSession(m_studio, this);
  createActions();

  m_apiLabel = new QLabel(this);
  m_apiLabel->setObjectName(QStringLiteral("apiStatusLabel"));
  m_apiLabel->setVisible(false);
  statusBar()->addPermanentWidget(m_apiLabel);
  m_versionLabel = new QLabel(versionText(), this);
  m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
  statusBar()->addPermanentWidget(m_versionLabel);
  statusBar()->showMessage(tr("Ready"));
  connect(m_studio, &StudioView::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
  connect(m_project, &ProjectSession::projectChanged, this, &MainWindow::showProjectName);
  connect(m_project, &ProjectSession::saveFailed, this, [this](const QString& message) {
    statusBar()->showMessage(message, 15000);
  });
  showProjectName(m_project->name());
  // Sees the ShortcutOverride of every widget, to leave Space to those that use it.
  qApp->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::ShortcutOverride) {
    const auto* key = static_cast<QKeyEvent*>(event);
    const auto* widget = qobject_cast<QWidget*>(watched);
    // Accepting the override hands the key press to the widget instead of the shortcut.
    if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier && widget && widget->window() == this &&
        usesSpace(widget))
      event->accept();
  }
  return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createActions() {
  auto make = [this](const QString& text, const char* iconName, const QKeySequence& key, const char* name) {
    auto* action = new QAction(text, this);
    if (iconName) action->setIcon(icon(iconName));
    if (!key.isEmpty()) action->setShortcut(key);
    action->setObjectName(QLatin1String(name));
    return action;
  };
  m_import = make(tr("&Import Reference…"), "import", QKeySequence(Qt::CTRL | Qt::Key_O), "importAction");
  m_import->setToolTip(tr("Import a recording of the voice to clone (Ctrl+O)"));
  m_chooseModels = make(tr("Choose &Model Folder…"), nullptr, {}, "chooseModelsAction");
  m_newVoiceModel = make(tr("New &Voice Model…"), nullptr, {}, "newVoiceModelAction");
  m_newVoiceModel->setToolTip(tr("Train a voice model of your own from your recordings"));
  connect(m_newVoiceModel, &QAction::triggered, this, &MainWindow::newVoiceModel);
  m_export = make(tr("&Export Take…"), "export", QKeySequence(Qt::CTRL | Qt::Key_E), "exportAction");
  m_export->setToolTip(tr("Export the selected take (Ctrl+E)"));
  m_settings = make(tr("&Settings…"), "settings", QKeySequence(Qt::CTRL | Qt::Key_Comma), "settingsAction");
  m_settings->setMenuRole(QAction::PreferencesRole);
  m_quit = make(tr("&Quit"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_Q), "quitAction");
  m_quit->setMenuRole(QAction::QuitRole);
  m_generate = make(tr("&Generate"), "generate", QKeySequence(Qt::CTRL | Qt::Key_Return), "generateAction");
  m_generate->setToolTip(tr("Generate a take (Ctrl+Enter)"));
  // Both Enter keys generate.
  m_generate->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
  m_cancel = make(tr("&Cancel"), "cancel", QKeySequence(Qt::Key_Escape), "cancelAction");
  m_cancel->setToolTip(tr("Stop the running generation (Esc)"));
  m_play = make(tr("&Play / Stop Take"), "play", QKeySequence(Qt::Key_Space), "playAction");
  m_play->setToolTip(tr("Play or stop the selected take (Space)"));
  m_about = make(tr("&About Timbre"), nullptr, {}, "aboutAction");
  m_modelGuide = make(tr("Where to Get Voice &Models…"), nullptr, {}, "modelGuideAction");
  connect(m_modelGuide, &QAction::triggered, this, &MainWindow::showModelGuide);
  m_about->setMenuRole(QAction::AboutRole);
  m_serveApi = make(tr("Serve &API"), nullptr, {}, "serveApiAction");
  m_serveApi->setCheckable(true);
  m_serveApi->setToolTip(tr("Serve the GPT-SoVITS-compatible HTTP API (/tts) on 127.0.0.1 with the current models"));

  m_newProject = make(tr("&New Project"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_N), "newProjectAction");
  m_newProject->setToolTip(tr("Keep this project and start an empty one"));
  m_openProject = make(tr("Open &Project…"), nullptr, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), "openProjectAction");
  m_saveProjectAs = make(tr("Save Project &As…"), nullptr, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                         "saveProjectAsAction");
  m_saveProjectAs->setToolTip(tr("Give this project a name; the studio saves it by itself as you work"));
  connect(m_newProject, &QAction::triggered, m_project, &ProjectSession::startNew);
  connect(m_openProject, &QAction::triggered, this, &MainWindow::openProject);
  connect(m_saveProjectAs, &QAction::triggered, this, &MainWindow::saveProjectAs);
  connect(m_import, &QAction::triggered, this, &MainWindow::importReference);
  connect(m_chooseModels, &QAction::triggered, this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the voice model folder"),
                                                             m_studio->modelPanel()->folder());
    if (!folder.isEmpty()) m_studio->modelPanel()->setFolder(folder);
  });
  connect(m_export, &QAction::triggered, this, &MainWindow::exportTake);
  connect(m_settings, &QAction::triggered, this, [this] { SettingsDialog::editStored(this); });
  connect(m_quit, &QAction::triggered, this, &QWidget::close);
  connect(m_generate, &QAction::triggered, m_studio, &StudioView::generate);
  connect(m_cancel, &QAction::triggered, m_studio, &StudioView::cancel);
  connect(m_play, &QAction::triggered, this, &MainWindow::togglePlayback);
  connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
  m_api = new ApiServerController(this);
  connect(m_serveApi, &QAction::toggled, this, &MainWindow::setApiServing);
  connect(m_api, &ApiServerController::started, this, [this](const QString& url) {
    setApiStatus(tr("API on %1").arg(url));
  });
  connect(m_api, &ApiServerController::failed, this, [this](const QString& message) {
    const QSignalBlocker block(m_serveApi);
    m_serveApi->setChecked(false);
    setApiStatus(tr("API off: %1").arg(message));
  });
  connect(m_api, &ApiServerController::stopped, this, [this](bool byClient) {
    const QSignalBlocker block(m_serveApi);
    m_serveApi->setChecked(false);
    setApiStatus(byClient ? tr("API stopped by a client (/control)") : QString());
  });

  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(m_newProject);
  file->addAction(m_openProject);
  file->addAction(m_saveProjectAs);
  file->addSeparator();
  file->addAction(m_import);
  file->addAction(m_chooseModels);
  file->addAction(m_newVoiceModel);
  QMenu* recent = file->addMenu(tr("&Recent Model Folders"));
  recent->setObjectName(QStringLiteral("recentModelsMenu"));
  connect(recent, &QMenu::aboutToShow, this, [this, recent] {
    recent->clear();
    for (const QString& folder : ModelFolderPanel::recentFolders())
      recent->addAction(QDir::toNativeSeparators(folder), this, [this, folder] { m_studio->modelPanel()->setFolder(folder); });
    if (recent->isEmpty()) recent->addAction(tr("None yet"))->setEnabled(false);
  });
  file->addAction(m_export);
  file->addSeparator();
  file->addAction(m_settings);
  file->addAction(m_serveApi);
  file->addSeparator();
  file->addAction(m_quit);
  QMenu* take = menuBar()->addMenu(tr("&Take"));
  take->addAction(m_generate);
  take->addAction(m_cancel);
  take->addSeparator();
  take->addAction(m_play);
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(m_modelGuide);
  help->addAction(m_about);

  QToolBar* tools = addToolBar(tr("Main"));
  tools->setObjectName(QStringLiteral("mainToolBar"));
  tools->setMovable(false);
  tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  for (QAction* a : {m_import, m_generate, m_cancel, m_play, m_export}) tools->addAction(a);
  tools->addSeparator();
  tools->addAction(m_settings);
  tools->addAction(m_serveApi);
}

QString MainWindow::versionText() const {
  return tr("Version %1").arg(QString::fromLatin1(timbre::kVersion));
}

QString MainWindow::aboutText() {
  return tr("<b>Timbre %1</b>"
            "<p>Runs GPT-SoVITS voice models natively, without Python.</p>"
            "<p><b>Speech generated by Timbre is AI-generated.</b> Exported takes are tagged as AI-generated "
            "speech with the voice's name. Clone only voices you have permission to use, and do not present "
            "the result as a real recording.</p>"
            "<p>Licences: built with Qt %2 (LGPL-3.0) and libtorch (BSD-3-Clause). Voice models belong to "
            "their authors and keep their own licences.</p>")
      .arg(QString::fromLatin1(timbre::kVersion), QString::fromLatin1(qVersion()));
}

void MainWindow::importReference() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Import a recording of the voice"), {},
                                                    tr("Audio (*.wav *.flac *.ogg *.oga *.mp3);;All files (*)"));
  if (!path.isEmpty()) m_studio->voicePanel()->loadFile(path);
}

void MainWindow::exportTake() {
  if (m_studio->takesPanel()->currentIndex() < 0) {
    statusBar()->showMessage(tr("No take to export: generate one first."), 8000);
    return;
  }
  m_studio->takesPanel()->exportCurrentAudio();
}

void MainWindow::togglePlayback() {
  if (usesSpace(QApplication::focusWidget())) return;
  if (m_studio->takesPanel()->currentIndex() < 0 && !m_studio->takesPanel()->isPlaying()) {
    statusBar()->showMessage(tr("No take to play: generate one first."), 8000);
    return;
  }
  m_studio->takesPanel()->togglePlayback();
}

MainWindow::~MainWindow() { m_project->saveNow(); }

bool MainWindow::restoreLastProject() {
  const bool restored = m_project->restoreLast();
  if (!restored && !m_project->lastError().isEmpty()) statusBar()->showMessage(m_project->lastError(), 15000);
  return restored;
}

ModelGuideDialog* MainWindow::showModelGuideIfNeeded() {
  return m_studio->modelPanel()->folder().isEmpty() ? showModelGuide() : nullptr;
}

ModelGuideDialog* MainWindow::showModelGuide() {
  auto* guide = new ModelGuideDialog(this);
  guide->setAttribute(Qt::WA_DeleteOnClose);
  connect(guide, &ModelGuideDialog::folderChosen, this, [this](const QString& folder) {
    m_studio->modelPanel()->setFolder(folder);
    m_studio->openModelManager();  // says what it found in the folder, file by file
  });
  guide->show();
  return guide;
}

void MainWindow::showProjectName(const QString& name) {
  setWindowTitle(tr("%1 — Timbre").arg(name));
}

void MainWindow::openProject() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a project folder"),
                                                           ProjectSession::projectsFolder());
  if (folder.isEmpty()) return;
  if (!m_project->open(folder)) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the project"), m_project->lastError(),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
  }
}

void MainWindow::saveProjectAs() {
  QDir().mkpath(ProjectSession::projectsFolder());
  const QString folder = QFileDialog::getSaveFileName(this, tr("Save the project as"),
                                                      QDir(ProjectSession::projectsFolder()).filePath(m_project->name()));
  if (folder.isEmpty()) return;
  if (!m_project->saveAs(folder)) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot save the project"), m_project->lastError(),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
  } else {
    statusBar()->showMessage(tr("Project saved in %1").arg(QDir::toNativeSeparators(m_project->folder())), 8000);
  }
}

void MainWindow::closeEvent(QCloseEvent* event) {
  m_serveApi->setChecked(false);  // stops the server (and waits for it)
  m_project->saveNow();           // the script and settings typed since the last autosave
  QMainWindow::closeEvent(event);
}

QString MainWindow::apiStatusText() const { return m_apiLabel->text(); }

void MainWindow::setApiStatus(const QString& text) {
  m_apiLabel->setText(text);
  m_apiLabel->setVisible(!text.isEmpty());
}

void MainWindow::setApiServing(bool on) {
  if (!on) {
    m_api->stop();
    setApiStatus(QString());
    return;
  }
  const AppSettings settings = AppSettings::load().effective(timbre::cudaAvailable());
  ApiServerController::Options options;
  options.modelFolder = m_studio->modelPanel()->folder();
  // Saved voices by name, or their files, and the studio's recordings.
  options.voicesFolder = m_studio->libraryPanel()->root();
  options.refDirs = {options.voicesFolder, VoicePanel::recordingsFolder()};
  options.port = settings.apiPort;
  options.dictionary = settings.pronunciationDictionary;
  options.device = settings.device == ComputeDevice::Cuda ? QStringLiteral("cuda") : QStringLiteral("cpu");
  options.halfPrecision = settings.precision == Precision::Fp16;
  setApiStatus(tr("Starting the API…"));
  m_api->start(options);
}

void MainWindow::showAbout() {
  auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About Timbre"), aboutText(), QMessageBox::Ok, this);
  box->setIconPixmap(windowIcon().pixmap(64, 64));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

void MainWindow::newVoiceModel() {
  const QList<TrainingWorkspace> unfinished =
      TrainingWorkspace::unfinished(TrainingWorkspace::rootBeside(m_studio->libraryPanel()->root()));
  if (unfinished.isEmpty()) {
    openTrainingWizard();
    return;
  }
  QMessageBox ask(QMessageBox::Question, tr("New voice model"),
                  tr("The training of “%1” is not finished. Continue it?").arg(unfinished.front().voiceName),
                  QMessageBox::NoButton, this);
  QPushButton* resume = ask.addButton(tr("Continue “%1”").arg(unfinished.front().voiceName), QMessageBox::AcceptRole);
  QPushButton* fresh = ask.addButton(tr("Start a new voice"), QMessageBox::ActionRole);
  ask.addButton(QMessageBox::Cancel);
  ask.exec();
  if (ask.clickedButton() == resume) openTrainingWizard(&unfinished.front());
  else if (ask.clickedButton() == fresh) openTrainingWizard();
}

TrainingWizard* MainWindow::openTrainingWizard(const TrainingWorkspace* continueWith) {
  auto* wizard = new TrainingWizard(m_studio->libraryPanel()->root(), m_studio->modelPanel()->folder(), this);
  wizard->setAttribute(Qt::WA_DeleteOnClose);
  if (continueWith) wizard->continueWorkspace(*continueWith);
  connect(wizard, &TrainingWizard::voiceCreated, this, [this](const QString& name) {
    m_studio->libraryPanel()->refresh();
    m_studio->libraryPanel()->selectName(name);
    m_studio->openVoice(name);
  });
  wizard->open();
  return wizard;
}

}  // namespace timbre::gui
