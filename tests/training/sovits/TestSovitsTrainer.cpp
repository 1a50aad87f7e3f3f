// The SoVITS epoch loop on the train-tiny models and the three items of the
// official batch (one copy, one batch per epoch): the weights of every saved
// epoch and always the last, named and labelled as the official savee does;
// a run stopped after epoch 1 and resumed gives the same epoch-2 weights as an
// uninterrupted run; progress per iteration; cancel; a missing s2D named.
#include "SovitsTrainFixtures.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"
#include "training/sovits/SovitsTrainer.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <filesystem>

using namespace timbre;
using namespace timbre::training;
namespace fx = timbre::test::sovitstrain;

namespace {

data::PreparedDataset fixtureDataset() {
  const at::Tensor ssl = fx::npy("sovits_data/batch_ssl.npy"), wav = fx::npy("sovits_data/batch_wav.npy");
  const at::Tensor text = fx::npy("sovits_data/batch_text.npy");
  const at::Tensor sslLen = fx::npy("sovits_data/batch_ssl_lengths.npy");
  const at::Tensor wavLen = fx::npy("sovits_data/batch_wav_lengths.npy");
  const at::Tensor textLen = fx::npy("sovits_data/batch_text_lengths.npy");
  data::PreparedDataset dataset;
  dataset.version = checkpoint::SovitsVersion::V2;
  for (int64_t b = 0; b < ssl.size(0); ++b) {
    data::PreparedItem item;
    item.name = "item" + std::to_string(b) + ".wav";
    item.wav32k = wav[b][0].narrow(0, 0, wavLen[b].item<int64_t>()).clone();
    item.hubert = ssl[b].narrow(1, 0, sslLen[b].item<int64_t>()).unsqueeze(0).clone();
    item.phoneIds = text[b].narrow(0, 0, textLen[b].item<int64_t>()).clone();
    dataset.items.push_back(std::move(item));
  }
  return dataset;
}

SovitsTrainingOptions tinyOptions(const QTemporaryDir& dir, const std::string& sub, int epochs) {
  SovitsTrainingOptions o;
  o.experimentName = "tiny";
  o.weightsFolder = dir.filePath(QString::fromStdString(sub + "/weights")).toStdString();
  o.stateFolder = dir.filePath(QString::fromStdString(sub + "/logs")).toStdString();
  o.baseGenerator = fx::initialWeightsPath("v2", "s2G_v2_init");
  fx::initialWeightsPath("v2", "s2D_v2_init");  // beside it, found by the s2G → s2D rule
  o.epochs = epochs;
  o.batchSize = 3;
  o.saveEveryEpochs = 4;  // never reached: only the last epoch is saved
  o.replicateBelow = 1;   // one copy of the three items: one batch per epoch
  return o;
}

}  // namespace

class TestSovitsTrainer : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;

 private slots:
  void missingDiscriminatorIsNamed() {
    SovitsTrainingOptions o = tinyOptions(m_dir, "missing", 1);
    o.baseDiscriminator = m_dir.filePath("nowhere/s2D488k.pth").toStdString();
    try {
      SovitsTrainer(o).run(fixtureDataset());
      QFAIL("training started without a discriminator");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::Io);
      QVERIFY2(std::string(e.what()).find("nowhere/s2D488k.pth") != std::string::npos, e.what());
    }
    // The derived name: s2G → s2D beside the generator.
    SovitsTrainingOptions derived;
    derived.baseGenerator = "/models/gsv-v2final-pretrained/s2G2333k.pth";
    QCOMPARE(SovitsTrainer(derived).discriminatorPath(), std::string("/models/gsv-v2final-pretrained/s2D2333k.pth"));
  }

  void cancelBeforeTheFirstIterationSavesNothing() {
    const SovitsTrainingOptions o = tinyOptions(m_dir, "cancel", 2);
    std::atomic<bool> cancel{true};
    const SovitsTrainingResult result = SovitsTrainer(o).run(fixtureDataset(), {}, &cancel);
    QVERIFY(result.cancelled);
    QCOMPARE(result.steps, int64_t(0));
    QVERIFY(result.savedWeights.empty());
    QVERIFY(!std::filesystem::exists(o.weightsFolder));
  }

  void resumedRunEqualsUninterruptedRun() {
    // Uninterrupted: two epochs, the last one saved.
    const SovitsTrainingOptions whole = tinyOptions(m_dir, "whole", 2);
    std::vector<SovitsProgress> seen;
    const SovitsTrainingResult a = SovitsTrainer(whole).run(fixtureDataset(), [&](const SovitsProgress& p) { seen.push_back(p); });
    QCOMPARE(a.steps, int64_t(2));
    QCOMPARE(a.lastEpoch, 2);
    QCOMPARE(seen.size(), size_t(2));
    QCOMPARE(seen[1].epoch, 2);
    QCOMPARE(seen[1].step, int64_t(2));
    QCOMPARE(seen[1].stepsPerEpoch, int64_t(1));
    QVERIFY(seen[1].elapsedSeconds >= seen[0].elapsedSeconds);
    QVERIFY(seen[0].losses.finite() && seen[0].losses.mel > 0 && seen[0].losses.disc > 0);
    QCOMPARE(a.savedWeights.size(), size_t(1));
    QCOMPARE(std::filesystem::path(a.savedWeights[0]).filename().string(), std::string("tiny_e2_s2.pth"));
    const checkpoint::Checkpoint saved = checkpoint::loadCheckpoint(a.savedWeights[0]);
    QCOMPARE(saved.metadata.value("info", std::string()), std::string("2epoch_2iteration"));
    QCOMPARE(saved.headerTag, std::string());  // v2: a plain torch zip
    for (const auto& name : saved.order) {
      QVERIFY2(name.rfind("enc_q.", 0) != 0, name.c_str());
      QCOMPARE(saved.tensors.at(name).scalar_type(), at::kHalf);
    }
    // The weights moved away from the start.
    const checkpoint::Checkpoint start = fx::initialWeights("v2", "s2G_v2_init");
    QVERIFY(!saved.tensor("dec.conv_pre.weight").equal(start.tensor("dec.conv_pre.weight")));
    QVERIFY(saved.tensor("ssl_proj.weight").equal(start.tensor("ssl_proj.weight")));  // frozen

    // Interrupted after epoch 1, then resumed to epoch 2 in the same folders.
    SovitsTrainingOptions part = tinyOptions(m_dir, "parts", 1);
    const SovitsTrainingResult first = SovitsTrainer(part).run(fixtureDataset());
    QCOMPARE(first.lastEpoch, 1);
    QVERIFY(std::filesystem::exists(first.statePath));
    part.epochs = 2;
    const SovitsTrainingResult second = SovitsTrainer(part).run(fixtureDataset());
    QCOMPARE(second.resumedFromEpoch, 1);
    QCOMPARE(second.steps, int64_t(2));
    QCOMPARE(second.savedWeights.size(), size_t(1));
    const checkpoint::Checkpoint resumed = checkpoint::loadCheckpoint(second.savedWeights[0]);
    QCOMPARE(resumed.order, saved.order);
    for (const auto& name : saved.order)
      QVERIFY2(resumed.tensors.at(name).equal(saved.tensors.at(name)), name.c_str());
  }
};

QTEST_APPLESS_MAIN(TestSovitsTrainer)
#include "TestSovitsTrainer.moc"
