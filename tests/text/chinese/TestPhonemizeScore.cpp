// `timbre-cli phonemize --score GOLDEN.jsonl [--min PERCENT]` as a user runs it: the
// published zh.jsonl scores 42 of 42; a copy with one official phone changed is
// reported (record, both sequences, where they part) and fails a --min it misses.
#include <QtTest/QtTest>

#include <QProcess>
#include <QTemporaryDir>

#include <fstream>

#include "support/SharedData.h"

namespace {

struct CliRun {
  int exitCode = -1;
  QString out;
  QString err;
};

CliRun runCli(const QStringList& args) {
  QProcess cli;
  cli.start(QString::fromStdString(timbre::test::cliPath()), args);
  cli.closeWriteChannel();
  cli.waitForFinished(120000);
  return {cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()), QString::fromUtf8(cli.readAllStandardError())};
}

}  // namespace

class TestPhonemizeScore : public QObject {
  Q_OBJECT

 private slots:
  void publishedMandarinScoresFull() {
    const auto run = runCli({"phonemize", "--score",
                             QString::fromStdString(timbre::test::sharedPath("fixtures/frontend/zh.jsonl")), "--min",
                             "100"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.endsWith("42 of 42 records match the official phones (100.0 %)\n"), qPrintable(run.out));
  }

  void changedRecordIsReportedAndFailsMin() {
    auto records = timbre::test::readJsonLines(timbre::test::sharedPath("fixtures/frontend/zh.jsonl"));
    records.resize(4);
    auto& phones = records[1]["phones"];
    const std::string original = phones[1];
    phones[1] = original.substr(0, original.size() - 1) + (original.back() == '4' ? "1" : "4");
    QTemporaryDir dir;
    const std::string path = dir.filePath("golden.jsonl").toStdString();
    {
      std::ofstream out(path);
      for (const auto& r : records) out << r.dump() << "\n";
    }
    const QString id = QString::fromStdString(records[1]["id"].get<std::string>());

    const auto failing = runCli({"phonemize", "--score", QString::fromStdString(path), "--min", "80"});
    QCOMPARE(failing.exitCode, 1);
    QVERIFY2(failing.out.contains(id + ": "), qPrintable(failing.out));
    QVERIFY2(failing.out.contains("first difference at phone 2\n"), qPrintable(failing.out));
    QVERIFY2(failing.out.endsWith("3 of 4 records match the official phones (75.0 %)\n"), qPrintable(failing.out));

    const auto passing = runCli({"phonemize", "--score", QString::fromStdString(path), "--min", "75"});
    QCOMPARE(passing.exitCode, 0);
    const auto noMin = runCli({"phonemize", "--score", QString::fromStdString(path)});
    QCOMPARE(noMin.exitCode, 0);
  }
};

QTEST_GUILESS_MAIN(TestPhonemizeScore)
#include "TestPhonemizeScore.moc"
