// GptTrainer on the train-tiny prepared items and starting model: saved
// weights in the official layout ("<exp>-e<E>.ckpt", fp16 "model.*", info
// "GPT-e<E>", the run's config), the last epoch always saved, a resumed run
// ending exactly where an uninterrupted one does (both schedules, including
// the official one's gradients carried over an epoch's end), the official
// schedule leaving a 4-batch epoch untouched, progress, cancel, and
// non-finite losses skipped and counted.
#include "GptTrainFixture.h"
#include "training/common/TrainingState.h"
#include "training/common/WeightsFiles.h"
#include "training/gpt/GptTrainer.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace timbre;
using namespace timbre::training::gpt;
namespace fx = timbre::test::gpttrain;

namespace {

GptTrainingOptions options(const QTemporaryDir& dir, const std::string& exp, int epochs, int64_t batchSize) {
  GptTrainingOptions o;
  o.experimentName = exp;
  o.weightsFolder = dir.filePath("weights").toStdString();
  o.stateFolder = dir.filePath("logs/" + QString::fromStdString(exp)).toStdString();
  o.baseModel = fx::path("gpt/s1_init.ckpt");
  o.epochs = epochs;
  o.batchSize = batchSize;
  o.saveEveryEpochs = 1;
  return o;
}

bool sameTensors(const checkpoint::Checkpoint& a, const checkpoint::Checkpoint& b) {
  if (a.order != b.order) return false;
  for (const auto& name : a.order)
    if (!a.tensor(name).equal(b.tensor(name))) return false;
  return true;
}

}  // namespace

class TestGptTrainer : public QObject {
  Q_OBJECT

 private slots:
  void savesOfficialLayoutEveryEpochAndTheLast() {
    QTemporaryDir dir;
    GptTrainingOptions o = options(dir, "tiny", 3, 25);  // 100 items -> 4 batches of 25
    o.saveEveryEpochs = 2;
    std::vector<GptProgress> seen;
    const GptTrainingResult r =
        GptTrainer(o).run(fx::preparedItems(), text::PhoneTableVersion::V2, [&](const GptProgress& p) { seen.push_back(p); });
    QCOMPARE(r.batchSize, int64_t(25));
    QCOMPARE(r.datasetItems, int64_t(100));
    QCOMPARE(r.steps, int64_t(3));  // one update per epoch: batches 0-3
    QCOMPARE(seen.size(), size_t(3));
    QCOMPARE(seen.back().epoch, 3);
    QCOMPARE(seen.back().batchInEpoch, int64_t(4));
    QVERIFY(seen.front().loss > 0 && std::isfinite(seen.front().loss));
    QCOMPARE(r.savedWeights.size(), size_t(2));  // e2 and the last, e3
    QVERIFY(r.savedWeights[0].ends_with("/tiny-e2.ckpt"));
    QVERIFY(r.savedWeights[1].ends_with("/tiny-e3.ckpt"));

    const auto saved = checkpoint::loadCheckpoint(r.savedWeights[1]);
    const auto base = fx::initialCheckpoint();
    QCOMPARE(saved.headerTag, std::string());
    QCOMPARE(saved.metadata.value("info", std::string()), std::string("GPT-e3"));
    QCOMPARE(saved.order, base.order);
    for (const auto& name : saved.order) QCOMPARE(saved.tensor(name).scalar_type(), at::kHalf);
    QVERIFY(!sameTensors(saved, base));
    QCOMPARE(saved.config.at("train").at("epochs").get<int>(), 3);
    QCOMPARE(saved.config.at("train").at("exp_name").get<std::string>(), std::string("tiny"));
    QCOMPARE(saved.config.at("model"), base.config.at("model"));
    QVERIFY(QFile::exists(QString::fromStdString(r.statePath)));
  }

  void resumeEndsWhereAnUninterruptedRunDoes_data() {
    QTest::addColumn<bool>("compat");
    QTest::newRow("every-k") << false;
    QTest::newRow("compat") << true;  // 7 batches: batches 5 and 6 carry over into the next epoch
  }
  void resumeEndsWhereAnUninterruptedRunDoes() {
    QFETCH(bool, compat);
    QTemporaryDir dir;
    GptTrainingOptions whole = options(dir, "whole", 3, 16);
    GptTrainingOptions part = options(dir, "part", 2, 16);
    if (compat) whole.schedule = part.schedule = UpdateSchedule::compat();
    const auto uninterrupted = GptTrainer(whole).run(fx::preparedItems(), text::PhoneTableVersion::V2);
    GptTrainer(part).run(fx::preparedItems(), text::PhoneTableVersion::V2);
    part.epochs = 3;
    const auto resumed = GptTrainer(part).run(fx::preparedItems(), text::PhoneTableVersion::V2);
    QCOMPARE(resumed.resumedFromEpoch, 2);
    QCOMPARE(resumed.steps, uninterrupted.steps);
    QCOMPARE(uninterrupted.steps, compat ? int64_t(3) : int64_t(6));
    QVERIFY(sameTensors(checkpoint::loadCheckpoint(uninterrupted.savedWeights.back()),
                        checkpoint::loadCheckpoint(resumed.savedWeights.back())));
    const auto a = training::loadTrainingState(uninterrupted.statePath);
    const auto b = training::loadTrainingState(resumed.statePath);
    for (const auto& [name, tensor] : a.parameters) QVERIFY2(tensor.equal(b.parameters.at(name)), name.c_str());
  }

  void compatNeverUpdatesFourBatchEpochs() {
    QTemporaryDir dir;
    GptTrainingOptions o = options(dir, "compat4", 2, 25);
    o.schedule = UpdateSchedule::compat();
    const auto r = GptTrainer(o).run(fx::preparedItems(), text::PhoneTableVersion::V2);
    QCOMPARE(r.steps, int64_t(0));
    // The official result: the pretrained weights, saved again in fp16.
    QVERIFY(sameTensors(checkpoint::loadCheckpoint(r.savedWeights.back()), fx::initialCheckpoint()));
  }

  void cancelStopsBetweenBatches() {
    QTemporaryDir dir;
    std::atomic<bool> cancel{false};
    // 7 batches per epoch: the first update follows batch 4 (0-based 3), so the cancel lands mid-epoch.
    const auto r = GptTrainer(options(dir, "cancel", 5, 16))
                       .run(fx::preparedItems(), text::PhoneTableVersion::V2,
                            [&](const GptProgress&) { cancel = true; }, &cancel);
    QVERIFY(r.cancelled);
    QCOMPARE(r.steps, int64_t(1));
    QCOMPARE(r.lastEpoch, 0);
    QVERIFY(r.savedWeights.empty());
  }

  void nonFiniteLossesAreSkippedAndCounted() {
    QTemporaryDir dir;
    // A base model whose text alpha is NaN: every loss is NaN.
    auto base = fx::initialCheckpoint();
    training::OrderedTensors state;
    for (const auto& name : base.order) {
      at::Tensor t = base.tensor(name).clone();
      if (name == "model.ar_text_position.alpha") t.fill_(NAN);
      state.emplace_back(name, t);
    }
    const std::string broken = dir.filePath("broken.ckpt").toStdString();
    training::saveGptWeights(broken, state, base.config, "broken");
    GptTrainingOptions o = options(dir, "nan", 1, 25);
    o.baseModel = broken;
    const auto r = GptTrainer(o).run(fx::preparedItems(), text::PhoneTableVersion::V2);
    QCOMPARE(r.skippedBatches, int64_t(4));
    QCOMPARE(r.steps, int64_t(0));
  }

  void preparedDatasetTrainsLikeItsItems() {
    // The data stage's PreparedDataset: phones, tokens and BERT of the same items.
    training::data::PreparedDataset prepared;
    for (const auto& item : fx::preparedItems()) {
      training::data::PreparedItem p;
      p.name = item.name;
      p.phones = item.phones;
      p.semantic = at::tensor(item.semantic, at::kLong);
      p.bert = item.bert;
      prepared.items.push_back(p);
    }
    QTemporaryDir dir;
    const auto fromItems = GptTrainer(options(dir, "items", 1, 25)).run(fx::preparedItems(), text::PhoneTableVersion::V2);
    const auto fromDataset = GptTrainer(options(dir, "dataset", 1, 25)).run(prepared);
    QCOMPARE(fromDataset.steps, fromItems.steps);
    QVERIFY(sameTensors(checkpoint::loadCheckpoint(fromItems.savedWeights.back()),
                        checkpoint::loadCheckpoint(fromDataset.savedWeights.back())));
  }

  void dpoTrainsWithHalfTheBatch() {
    QTemporaryDir dir;
    GptTrainingOptions o = options(dir, "dpo", 1, 24);
    o.dpo = true;
    double loss = 0;
    const auto r = GptTrainer(o).run(fx::preparedItems(), text::PhoneTableVersion::V2,
                                     [&](const GptProgress& p) { loss = p.loss; });
    QCOMPARE(r.batchSize, int64_t(12));  // 24 // 2
    QCOMPARE(r.steps, int64_t(3));       // 9 batches: after 4, 8 and the last
    QVERIFY(std::isfinite(loss) && loss > 0);
    QVERIFY(!sameTensors(checkpoint::loadCheckpoint(r.savedWeights.back()), fx::initialCheckpoint()));
  }

  void aResumeStateOfAnotherRunIsRefused() {
    QTemporaryDir dir;
    GptTrainingOptions o = options(dir, "other", 1, 25);
    GptTrainer(o).run(fx::preparedItems(), text::PhoneTableVersion::V2);
    o.batchSize = 16;
    o.epochs = 2;
    QVERIFY_THROWS_EXCEPTION(Error, GptTrainer(o).run(fx::preparedItems(), text::PhoneTableVersion::V2));
  }
};

QTEST_APPLESS_MAIN(TestGptTrainer)
#include "TestGptTrainer.moc"
