// The training benchmark builds the full-size SoVITS generator (enc_q
// included) and discriminator from random weights and times real iterations:
// the discriminator has exactly the official parameter count, the generator
// trains (the figure is positive and finite), and bad options are refused.
#include "SovitsTrainFixtures.h"
#include "timbre/Error.h"
#include "training/sovits/SovitsTrainingBenchmark.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace timbre;
using namespace timbre::training;

class TestSovitsTrainingBenchmark : public QObject {
  Q_OBJECT

 private slots:
  void fullSizeIterationRuns() {
    SovitsTrainingBenchmarkOptions options;
    options.batchSize = 1;
    options.clipSeconds = 1.0;
    options.iterations = 1;
    const SovitsTrainingBenchmarkResult result = benchmarkSovitsTraining(options);
    QVERIFY(std::isfinite(result.secondsPerIteration) && result.secondsPerIteration > 0);
    // net_d of s2D488k / the fixture's full-size D: 46,747,132 parameters.
    QCOMPARE(result.discriminatorParameters,
             test::sovitstrain::manifest().at("sovits_v2").at("n_elements").at("D").get<int64_t>());
    QVERIFY(result.generatorParameters > 30'000'000);  // the full s2G incl. enc_q, not a tiny model
  }

  void badOptionsAreRefused() {
    SovitsTrainingBenchmarkOptions options;
    options.batchSize = 0;
    QVERIFY_THROWS_EXCEPTION(Error, benchmarkSovitsTraining(options));
    options.batchSize = 1;
    options.version = checkpoint::SovitsVersion::V4;
    QVERIFY_THROWS_EXCEPTION(Error, benchmarkSovitsTraining(options));
  }
};

QTEST_APPLESS_MAIN(TestSovitsTrainingBenchmark)
#include "TestSovitsTrainingBenchmark.moc"
