// benchmarkGptUpdate runs real updates of the full-size GPT (random weights)
// and reports a positive time; bad sizes are refused.
#include "timbre/Error.h"
#include "training/gpt/GptTrainBench.h"

#include <QtTest/QtTest>

using namespace timbre;

class TestGptTrainBench : public QObject {
  Q_OBJECT

 private slots:
  void timesAnUpdateOfTheFullSizeModel() {
    const auto r = training::gpt::benchmarkGptUpdate(1, at::kCPU, 1, 8, 12, 0);
    QVERIFY(r.secondsPerUpdate > 0 && std::isfinite(r.secondsPerUpdate));
    QCOMPARE(r.batchSize, int64_t(1));
    QCOMPARE(r.phones, int64_t(8));
    QCOMPARE(r.tokens, int64_t(12));
    QCOMPARE(r.updates, 1);
  }
  void refusesBadSizes() {
    QVERIFY_THROWS_EXCEPTION(Error, training::gpt::benchmarkGptUpdate(0));
    QVERIFY_THROWS_EXCEPTION(Error, training::gpt::benchmarkGptUpdate(1, at::kCPU, 0));
  }
};

QTEST_APPLESS_MAIN(TestGptTrainBench)
#include "TestGptTrainBench.moc"
