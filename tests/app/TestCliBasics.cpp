// timbre-cli answers --version and --help and rejects unknown subcommands.
#include "support/TestSupport.h"
#include "timbre/Version.h"

#include <QProcess>
#include <QtTest/QtTest>

class TestCliBasics : public QObject {
  Q_OBJECT

  static QProcess* run(const QStringList& args) {
    auto* p = new QProcess;
    p->start(QString::fromStdString(timbre::test::cliPath()), args);
    p->waitForFinished(60000);
    return p;
  }

 private slots:
  void version() {
    std::unique_ptr<QProcess> p(run({"--version"}));
    QCOMPARE(p->exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p->readAllStandardOutput()).trimmed(),
             QStringLiteral("timbre-cli ") + QString::fromLatin1(timbre::kVersion));
  }
  void helpListsSubcommands() {
    std::unique_ptr<QProcess> p(run({"--help"}));
    QCOMPARE(p->exitCode(), 0);
    const QString out = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(out.contains("inspect"), qPrintable(out));
    QVERIFY2(out.contains("parity"), qPrintable(out));
  }
  void unknownSubcommandIsUsageError() {
    std::unique_ptr<QProcess> p(run({"no-such-command"}));
    QCOMPARE(p->exitCode(), 2);
  }
};

QTEST_MAIN(TestCliBasics)
#include "TestCliBasics.moc"
