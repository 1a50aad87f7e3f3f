#include "MainWindow.h"

#include "timbre/Version.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace {

// --version and --help are answered before QApplication exists, so they work
// without a display (package checks, scripts, ssh sessions).
bool answerWithoutDisplay(int argc, char** argv, int* exitCode) {
  for (int i = 1; i < argc; ++i) {
    const char* arg = argv[i];
    if (std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0) {
      std::printf("timbre %s\n", timbre::kVersion);
      *exitCode = 0;
      return true;
    }
    if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0) {
      std::printf("Usage: timbre [options]\n"
                  "Timbre voice cloning studio (Qt options such as -platform are accepted too).\n\n"
                  "Options:\n"
                  "  -h, --help     Show this help and exit.\n"
                  "  -v, --version  Show the version and exit.\n\n"
                  "The command-line tool is timbre-cli (see timbre-cli --help).\n");
      *exitCode = 0;
      return true;
    }
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  int exitCode = 0;
  if (answerWithoutDisplay(argc, argv, &exitCode)) return exitCode;

  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("Timbre"));
  QApplication::setOrganizationName(QStringLiteral("Timbre"));
  QApplication::setApplicationVersion(QString::fromLatin1(timbre::kVersion));
  // Matches the installed timbre.desktop, so desktops group the window with its icon.
  QGuiApplication::setDesktopFileName(QStringLiteral("io.github.timbre.Timbre"));

  // The studio speaks the user's language when a translation exists (English otherwise).
  QTranslator translator;
  if (translator.load(QLocale(), QStringLiteral("timbre"), QStringLiteral("_"), QStringLiteral(":/i18n")))
    QApplication::installTranslator(&translator);

  timbre::gui::MainWindow window;
  window.restoreLastProject();  // the work of the last session comes back
  window.show();
  window.showModelGuideIfNeeded();  // a first start: where models come from
  return app.exec();
}
