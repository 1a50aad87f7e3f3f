// HuBERT against transformers' HubertModel (fixtures/aux-tiny/hubert): the raw
// wave GPT-SoVITS feeds in, the normalised wave of dataset preparation, and the
// errors a wrong folder gives.
#include <QtTest/QtTest>

#include "models/hubert/HubertModel.h"
#include "support/TestSupport.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <filesystem>

using timbre::hubert::HubertModel;
using timbre::test::sharedPath;

class TestHubertModel : public QObject {
  Q_OBJECT

 private slots:
  void matchesTransformers_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    for (const char* c : {"case0", "case1"}) {
      const QString cs = QString::fromLatin1(c);
      QTest::newRow(c) << cs + "_input_values" << cs + "_last_hidden_state";
      QTest::newRow(qPrintable(cs + "_normalized")) << cs + "_input_values_normalized"
                                                    << cs + "_last_hidden_state_normalized";
    }
  }

  void matchesTransformers() {
    QFETCH(QString, input);
    QFETCH(QString, output);
    const HubertModel model = HubertModel::load(sharedPath("fixtures/aux-tiny/hubert"));
    const at::Tensor wave = timbre::tensor::readNpy(sharedPath("fixtures/aux-tiny/hubert/" + input.toStdString() + ".npy"));
    const at::Tensor expected =
        timbre::tensor::readNpy(sharedPath("fixtures/aux-tiny/hubert/" + output.toStdString() + ".npy"));
    const at::Tensor actual = model.forward(wave);
    QCOMPARE(model.config().framesFor(wave.size(1)), expected.size(1));
    TIMBRE_COMPARE_TENSORS(actual, expected, 1e-4);
  }

  void sizesComeFromTheFolder() {
    const HubertModel model = HubertModel::load(sharedPath("fixtures/aux-tiny/hubert"));
    QCOMPARE(model.config().hiddenSize, int64_t(64));
    QCOMPARE(model.config().numLayers, int64_t(2));
    QCOMPARE(model.config().hopSamples(), int64_t(320));
    // The e2e folder is the 768-wide, one-layer variant with another positional conv.
    const HubertModel wide = HubertModel::load(
        sharedPath("fixtures/e2e-tiny/GPT_SoVITS/pretrained_models/chinese-hubert-base"));
    QCOMPARE(wide.config().hiddenSize, int64_t(768));
    QCOMPARE(wide.config().posConvKernel, int64_t(16));
  }

  void e2eFolderMatchesThePipelinesFeatures() {
    const HubertModel model = HubertModel::load(
        sharedPath("fixtures/e2e-tiny/GPT_SoVITS/pretrained_models/chinese-hubert-base"));
    const std::string dir = sharedPath("fixtures/e2e-tiny/case0_zh_short/");
    const at::Tensor actual = model.forward(timbre::tensor::readNpy(dir + "hubert_input_16k.npy"));
    TIMBRE_COMPARE_TENSORS(actual, timbre::tensor::readNpy(dir + "hubert_last_hidden_state.npy"), 1e-4);
  }

  void wrongFolderIsAModelMismatch() {
    try {
      HubertModel::load(sharedPath("fixtures/aux-tiny/bert"));
      QFAIL("a BERT folder loaded as HuBERT");
    } catch (const timbre::Error& e) {
      QCOMPARE(e.code(), timbre::ErrorCode::ModelMismatch);
      QVERIFY2(std::string(e.what()).find("hubert") != std::string::npos, e.what());
    }
  }

  void tooShortInputIsRejected() {
    const HubertModel model = HubertModel::load(sharedPath("fixtures/aux-tiny/hubert"));
    QVERIFY_THROWS_EXCEPTION(timbre::Error, model.forward(at::zeros({300})));
    QVERIFY_THROWS_EXCEPTION(timbre::Error, model.forward(at::zeros({2, 16000})));
  }
};

QTEST_GUILESS_MAIN(TestHubertModel)
#include "TestHubertModel.moc"
