// The T2S decoder against the official infer_panel run on the v2-tiny model:
// tokens (full sequence and the pipeline's slice) identical, idx / stop reason /
// step count as recorded, and the first four raw logit rows within 1e-4.
#include "checkpoint/Checkpoint.h"
#include "models/gpt/GptModel.h"
#include "support/TestSupport.h"
#include "tensor/Npy.h"

#include <QtTest/QtTest>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

using namespace timbre;

class TestGptParity : public QObject {
  Q_OBJECT

  std::unique_ptr<gpt::GptModel> m_model;
  nlohmann::json m_manifest;

  static at::Tensor fixture(const std::string& rel) { return tensor::readNpy(test::sharedPath("fixtures/v2-tiny/" + rel)); }

 private slots:
  void initTestCase() {
    const auto checkpoint = checkpoint::loadCheckpoint(test::sharedPath("fixtures/v2-tiny/gpt.ckpt"));
    m_model = std::make_unique<gpt::GptModel>(gpt::GptModel::load(checkpoint));
    std::ifstream in(test::sharedPath("fixtures/v2-tiny/manifest.json"));
    QVERIFY(in.good());
    m_manifest = nlohmann::json::parse(in);
    QCOMPARE(m_model->config().modelDim, int64_t(64));
    QCOMPARE(m_model->config().maxSec, 54);
  }

  void matchesOfficial_data() {
    QTest::addColumn<int>("caseIndex");
    QTest::addColumn<QString>("rp");
    for (int c = 0; c < 3; ++c)
      for (const char* rp : {"1.35", "1.0"})
        QTest::newRow(qPrintable(QString("case%1_rp%2").arg(c).arg(rp))) << c << QString(rp);
  }

  void matchesOfficial() {
    QFETCH(int, caseIndex);
    QFETCH(QString, rp);
    const nlohmann::json& meta = m_manifest.at("cases").at(caseIndex);
    const nlohmann::json& run = meta.at("gpt").at("rp" + rp.toStdString());
    const std::string dir = "case" + std::to_string(caseIndex) + "/";

    gpt::GptInput input;
    input.phones = at::cat({fixture(dir + "phones_prompt.npy"), fixture(dir + "phones_target.npy")});
    input.bert = fixture(dir + "bert_features.npy");
    input.promptTokens = fixture(dir + "prompt_semantic.npy")[0][0];

    gpt::SamplingParams params;
    params.topK = meta.at("top_k").get<int>();
    params.topP = meta.at("top_p").get<double>();
    params.temperature = meta.at("temperature").get<double>();
    params.earlyStopNum = meta.at("early_stop_num").get<int>();
    params.repetitionPenalty = run.at("repetition_penalty").get<double>();
    params.recordLogitsSteps = 4;
    params.seed = 1234;

    const gpt::GptResult result = m_model->generate(input, params);

    const at::Tensor wantFull = fixture(dir + "gpt_y_full_rp" + rp.toStdString() + ".npy");
    const at::Tensor wantPred = fixture(dir + "gpt_pred_semantic_rp" + rp.toStdString() + ".npy");
    QVERIFY2(at::equal(result.tokensFull.unsqueeze(0), wantFull),
             qPrintable(test::describeDiff(result.tokensFull.unsqueeze(0), wantFull)));
    QVERIFY2(at::equal(result.predSemantic.unsqueeze(0), wantPred),
             qPrintable(test::describeDiff(result.predSemantic.unsqueeze(0), wantPred)));
    QCOMPARE(result.idx, run.at("idx").get<int>());
    QCOMPARE(result.stopReason, run.at("stop_reason").get<std::string>());
    QCOMPARE(result.loopSteps, run.at("loop_steps").get<int>());
    QCOMPARE(int(result.tokensFull.size(0) - input.promptTokens.size(0)),
             run.at("n_generated_before_slicing").get<int>());

    QCOMPARE(int(result.rawLogits.size()), 4);
    if (rp == "1.35") {
      const at::Tensor logits = at::stack(result.rawLogits);
      qInfo("max |logit - official| over the first 4 steps: %.3g",
            test::maxAbsDiff(logits, fixture(dir + "gpt_logits_first4_rp1.35.npy")));
      TIMBRE_COMPARE_TENSORS(logits, fixture(dir + "gpt_logits_first4_rp1.35.npy"), 1e-4);
    }
  }
};

QTEST_APPLESS_MAIN(TestGptParity)
#include "TestGptParity.moc"
