#include "MainWindow.h"

#include "timbre/Version.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("Timbre"));
  QApplication::setOrganizationName(QStringLiteral("Timbre"));
  QApplication::setApplicationVersion(QString::fromLatin1(timbre::kVersion));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Timbre voice cloning studio"));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.process(app);

  timbre::gui::MainWindow window;
  window.show();
  return app.exec();
}
