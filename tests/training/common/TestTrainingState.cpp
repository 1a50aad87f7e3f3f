// The resume file: everything saved comes back bit for bit (fp32 parameters,
// optimiser tensors of any dtype, epoch, step, JSON extras with 64-bit
// seeds), it loads through the safe checkpoint reader, and files that are not
// training states or names that cannot round-trip are refused by name.
#include "checkpoint/Checkpoint.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"
#include "training/common/TrainingState.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace timbre;
using training::TrainingState;

namespace {

void compareMaps(const checkpoint::TensorMap& actual, const checkpoint::TensorMap& expected) {
  QCOMPARE(actual.size(), expected.size());
  for (const auto& [name, tensor] : expected) {
    QVERIFY2(actual.count(name), name.c_str());
    const at::Tensor& got = actual.at(name);
    QCOMPARE(got.scalar_type(), tensor.scalar_type());
    QCOMPARE(got.sizes().vec(), tensor.sizes().vec());
    QVERIFY2(at::equal(got, tensor), name.c_str());
  }
}

TrainingState sampleState() {
  at::Generator rng = at::detail::createCPUGenerator(11);
  TrainingState state;
  state.stage = "sovits";
  state.epoch = 3;
  state.step = 4097;
  state.parameters["G/enc_p.ssl_proj.weight"] = at::randn({192, 768, 1}, rng);
  state.parameters["G/dec.ups.0.weight_g"] = at::randn({64, 1, 1}, rng);
  state.parameters["D/discriminators.0.convs.0.bias"] = at::randn({16}, rng);
  state.parameters["G/quantizer.vq.layers.0._codebook.inited"] = at::ones({1});
  state.parameters["scalar"] = at::scalar_tensor(0.25);
  state.optimizers["G"]["0.exp_avg"] = at::randn({192, 768, 1}, rng);
  state.optimizers["G"]["0.exp_avg_sq"] = at::rand({192, 768, 1}, rng);
  state.optimizers["G"]["0.step"] = at::full({}, 4097, at::kLong);
  state.optimizers["G"]["flags"] = at::tensor(std::vector<uint8_t>{1, 0, 1}).to(at::kBool);
  state.optimizers["D"] = {};  // before the first step: no state yet
  state.extra = {{"lr_schedule", {{"last_epoch", 2}, {"gamma", 0.999875}}},
                 {"seed", uint64_t(18446744073709551557ull)},
                 {"dataset", {{"fingerprint", "9f2c"}, {"items", 12}}},
                 {"scaler", nullptr},
                 {"history", {1.5, -2, "x"}}};
  return state;
}

}  // namespace

class TestTrainingState : public QObject {
  Q_OBJECT

 private slots:
  void roundTrip() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("sovits.state").toStdString();
    const TrainingState state = sampleState();
    training::saveTrainingState(path, state);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"sovits.state"});

    const TrainingState back = training::loadTrainingState(path);
    QCOMPARE(back.stage, state.stage);
    QCOMPARE(back.epoch, state.epoch);
    QCOMPARE(back.step, state.step);
    QCOMPARE(back.extra, state.extra);
    QCOMPARE(back.extra["seed"].get<uint64_t>(), uint64_t(18446744073709551557ull));
    compareMaps(back.parameters, state.parameters);
    QCOMPARE(back.optimizers.size(), size_t(2));
    compareMaps(back.optimizers.at("G"), state.optimizers.at("G"));
    QVERIFY(back.optimizers.at("D").empty());

    // Saving again over the old file replaces it.
    TrainingState later = state;
    later.epoch = 4;
    training::saveTrainingState(path, later);
    QCOMPARE(training::loadTrainingState(path).epoch, 4);
  }

  // Read by the restricted reader: plain dicts, strings, ints and tensors only.
  void readsThroughSafeLoader() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("gpt.state").toStdString();
    TrainingState state = sampleState();
    state.stage = "gpt";
    training::saveTrainingState(path, state);
    const checkpoint::Checkpoint c = checkpoint::loadCheckpoint(path);
    QCOMPARE(c.archiveName, std::string("timbre"));
    QCOMPARE(c.metadata["stage"].get<std::string>(), std::string("gpt"));
    QVERIFY(c.has("parameters.G/enc_p.ssl_proj.weight"));
    QVERIFY(c.has("optimizers.G.0.exp_avg_sq"));
    QCOMPARE(c.tensors.at("parameters.G/enc_p.ssl_proj.weight").scalar_type(), at::kFloat);
  }

  void refusesOtherFiles() {
    const std::string weights = test::sharedPath("fixtures/v2-tiny/gpt.ckpt");
    try {
      training::loadTrainingState(weights);
      QFAIL("a GPT weight file was taken for a training state");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::UnsupportedFormat);
      QVERIFY2(QString(e.what()).contains(QString::fromStdString(weights)), e.what());
    }
    QTemporaryDir dir;
    TrainingState state = sampleState();
    state.optimizers["G.bad"] = {};
    const std::string path = dir.filePath("bad.state").toStdString();
    QVERIFY_THROWS_EXCEPTION(Error, training::saveTrainingState(path, state));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
  }

  void missingFolderIsNamed() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("gone/sovits.state").toStdString();
    try {
      training::saveTrainingState(path, sampleState());
      QFAIL("saving into a missing folder succeeded");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::Io);
      QVERIFY2(QString(e.what()).contains(QString::fromStdString(path)), e.what());
    }
  }
};

QTEST_MAIN(TestTrainingState)
#include "TestTrainingState.moc"
