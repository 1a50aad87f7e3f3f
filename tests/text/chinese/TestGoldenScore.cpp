// The golden-file scoring behind `timbre-cli phonemize --score`: exact phone equality,
// the share that matches, the --min threshold and the mismatch report; then the
// published zh.jsonl scored through the Mandarin frontend (42 of 42).
#include <QtTest/QtTest>

#include "support/SharedData.h"
#include "text/GoldenScore.h"
#include "text/chinese/ChineseFrontend.h"

using timbre::text::GoldenRecord;
using timbre::text::GoldenScore;

class TestGoldenScore : public QObject {
  Q_OBJECT

 private slots:
  void countsOnlyExactMatches() {
    GoldenScore score;
    const GoldenRecord a{"zh-a", "zh", "你好", {"n", "i2", "h", "ao3"}};
    const GoldenRecord b{"zh-b", "zh", "好", {"h", "ao3"}};
    timbre::text::addToScore(score, a, {"n", "i2", "h", "ao3"});
    timbre::text::addToScore(score, b, {"h", "ao4"});               // a tone off
    timbre::text::addToScore(score, b, {"h", "ao3", "."});          // one phone too many
    timbre::text::addToScore(score, a, {"n", "i2", "h", "ao3"});
    QCOMPARE(score.total, 4);
    QCOMPARE(score.matching, 2);
    QCOMPARE(score.percent(), 50.0);
    QCOMPARE(int(score.mismatches.size()), 2);
    QCOMPARE(QString::fromStdString(score.mismatches[0].id), QString("zh-b"));
    QCOMPARE(score.mismatches[0].actual, (std::vector<std::string>{"h", "ao4"}));
    QCOMPARE(score.mismatches[1].expected, (std::vector<std::string>{"h", "ao3"}));
  }

  void minimumThreshold() {
    GoldenScore score;
    const GoldenRecord r{"x", "zh", "好", {"h", "ao3"}};
    for (int i = 0; i < 49; ++i) timbre::text::addToScore(score, r, {"h", "ao3"});
    timbre::text::addToScore(score, r, {"h", "ao4"});
    QCOMPARE(score.percent(), 98.0);
    QVERIFY(score.meets(98.0));
    QVERIFY(!score.meets(98.1));
    QVERIFY(GoldenScore{}.meets(0.0));
    QVERIFY(!GoldenScore{}.meets(1.0));  // an empty file proves nothing
  }

  void reportNamesRecordAndFirstDifference() {
    GoldenScore score;
    timbre::text::addToScore(score, {"zh-7", "zh", "不是", {"b", "u2", "sh", "ir4"}}, {"b", "u4", "sh", "ir4"});
    timbre::text::addToScore(score, {"zh-8", "zh", "是", {"sh", "ir4"}}, {"sh", "ir4"});
    const QString report = QString::fromStdString(timbre::text::scoreReport(score));
    QVERIFY2(report.contains("zh-7: 不是\n"), qPrintable(report));
    QVERIFY2(report.contains("official: b u2 sh ir4\n"), qPrintable(report));
    QVERIFY2(report.contains("ours:     b u4 sh ir4\n"), qPrintable(report));
    QVERIFY2(report.contains("first difference at phone 2\n"), qPrintable(report));
    QVERIFY2(!report.contains("zh-8"), qPrintable(report));
    QVERIFY2(report.endsWith("1 of 2 records match the official phones (50.0 %)\n"), qPrintable(report));
  }

  void publishedMandarinGoldenScoresFull() {
    GoldenScore score;
    for (const auto& j : timbre::test::readJsonLines(timbre::test::sharedPath("fixtures/frontend/zh.jsonl"))) {
      const GoldenRecord r{j.at("id"), j.at("lang"), j.at("text"), j.at("phones")};
      timbre::text::addToScore(score, r, timbre::text::phonemizeChinese(r.text).phones);
    }
    qInfo("%s", timbre::text::scoreReport(score).c_str());
    QCOMPARE(score.total, 42);
    QCOMPARE(score.matching, 42);
  }
};

QTEST_GUILESS_MAIN(TestGoldenScore)
#include "TestGoldenScore.moc"
