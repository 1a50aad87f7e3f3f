// timbre-cli bench on a small workload with full-size random v2 weights: the
// JSON has every figure the README reports, consistent with each other and
// with the workload; bad options are usage errors.
#include "support/TestSupport.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <fstream>

class TestBenchCommand : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  QString m_workload;

  static std::unique_ptr<QProcess> run(const QStringList& args) {
    auto p = std::make_unique<QProcess>();
    p->start(QString::fromStdString(timbre::test::cliPath()), args);
    p->waitForFinished(300000);
    return p;
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_workload = m_dir.filePath(QStringLiteral("tiny.json"));
    std::ofstream(m_workload.toStdString()) << R"({"name": "tiny", "description": "a few tokens",
      "prompt_phones": 6, "target_phones": 8, "prompt_semantic_tokens": 20, "ref_seconds": 2.0, "new_tokens": 8})";
  }

  void jsonFigures() {
    const auto p = run({"bench", "--workload", m_workload, "--random-weights", "v2", "--repeat", "1", "--threads", "2",
                        "--stream-chunk", "2", "--stream-mode", "3", "--json"});
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    const auto j = nlohmann::json::parse(p->readAllStandardOutput().toStdString());
    QCOMPARE(j.at("workload").get<std::string>(), std::string("tiny"));
    QCOMPARE(j.at("tokens").get<int>(), 8);
    QCOMPARE(j.at("threads").get<int>(), 2);
    QCOMPARE(j.at("stream_mode").get<int>(), 3);
    QCOMPARE(j.at("stream_chunk_tokens").get<int>(), 2);
    QCOMPARE(j.at("audio_s").get<double>(), 8 * 0.04);  // 25 tokens a second
    const double total = j.at("total_ms").get<double>(), gpt = j.at("gpt_ms").get<double>();
    const double sovits = j.at("sovits_ms").get<double>();
    for (const char* key : {"gpt_first_ms", "gpt_ms_per_token", "tokens_per_s", "first_audio_ms", "peak_rss_mb"})
      QVERIFY2(j.at(key).get<double>() > 0, key);
    QVERIFY(gpt > 0 && sovits > 0);
    QVERIFY2(std::abs(total - (gpt + sovits)) < 0.01 * total, qPrintable(QString::fromStdString(j.dump())));
    QVERIFY(std::abs(j.at("rtf").get<double>() - total / 1000.0 / 0.32) < 1e-9 * total);
    QVERIFY(std::abs(j.at("tokens_per_s").get<double>() - 8 / (gpt / 1000.0)) < 1e-6 * j.at("tokens_per_s").get<double>());
    QVERIFY(j.contains("peak_gpu_mb"));  // null on the CPU
  }

  void textReportNamesTheStreamingMode() {
    const auto p = run({"bench", "--workload", m_workload, "--random-weights", "v2", "--repeat", "1", "--stream-chunk", "3"});
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    const QString out = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("workload tiny: 8 tokens, 0.32 s of audio")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("streaming (mode 2, chunks of at least 3 tokens): first audio after")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("RTF ")), qPrintable(out));
  }

  void badOptionsAreUsageErrors() {
    QCOMPARE(run({"bench", "--workload", m_workload, "--random-weights", "v2", "--stream-mode", "4"})->exitCode(), 2);
    QCOMPARE(run({"bench", "--workload", m_workload})->exitCode(), 2);  // neither --models nor --random-weights
    QCOMPARE(run({"bench", "--workload", m_workload, "--random-weights", "v9"})->exitCode(), 2);
  }
};

QTEST_MAIN(TestBenchCommand)
#include "TestBenchCommand.moc"
