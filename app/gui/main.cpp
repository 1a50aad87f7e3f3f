#include "MainWindow.h"

#include "timbre/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("Timbre"));
  QApplication::setOrganizationName(QStringLiteral("Timbre"));
  QApplication::setApplicationVersion(QString::fromLatin1(timbre::kVersion));

  // The studio speaks the user's language when a translation exists (English otherwise).
  QTranslator translator;
  if (translator.load(QLocale(), QStringLiteral("timbre"), QStringLiteral("_"), QStringLiteral(":/i18n")))
    QApplication::installTranslator(&translator);

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Timbre voice cloning studio"));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.process(app);

  timbre::gui::MainWindow window;
  window.show();
  return app.exec();
}
