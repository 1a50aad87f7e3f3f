// GptModel behaviour beyond the parity fixtures: seeded sampling is
// reproducible, cancellation, the slicing rule on the length cap and for
// reference-free input, and ModelMismatch errors that name the tensor.
#include "checkpoint/Checkpoint.h"
#include "models/gpt/GptModel.h"
#include "support/TestSupport.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"
#include "core/Runtime.h"

#include <QtTest/QtTest>

#include <memory>

using namespace timbre;

class TestGptModel : public QObject {
  Q_OBJECT

  std::unique_ptr<checkpoint::Checkpoint> m_checkpoint;
  std::unique_ptr<gpt::GptModel> m_model;
  gpt::GptInput m_input;

  static at::Tensor fixture(const std::string& rel) { return tensor::readNpy(test::sharedPath("fixtures/v2-tiny/" + rel)); }

  // The message of the ModelMismatch that loading `checkpoint` throws ("" when it loads).
  static std::string loadError(const checkpoint::Checkpoint& checkpoint) {
    try {
      gpt::GptModel::load(checkpoint);
    } catch (const Error& e) {
      if (e.code() != ErrorCode::ModelMismatch) return std::string("wrong code: ") + errorCodeName(e.code());
      return e.what();
    }
    return {};
  }

  static gpt::SamplingParams randomParams(uint64_t seed) {
    gpt::SamplingParams p;
    p.topK = 15;
    p.topP = 0.8;
    p.temperature = 1.0;
    p.seed = seed;
    p.maxSteps = 40;
    return p;
  }

 private slots:
  void initTestCase() {
    m_checkpoint = std::make_unique<checkpoint::Checkpoint>(
        checkpoint::loadCheckpoint(test::sharedPath("fixtures/v2-tiny/gpt.ckpt")));
    m_model = std::make_unique<gpt::GptModel>(gpt::GptModel::load(*m_checkpoint));
    m_input.phones = at::cat({fixture("case0/phones_prompt.npy"), fixture("case0/phones_target.npy")});
    m_input.bert = fixture("case0/bert_features.npy");
    m_input.promptTokens = fixture("case0/prompt_semantic.npy")[0][0];
  }

  void sameSeedSameTokens() {
    const auto a = m_model->generate(m_input, randomParams(7));
    const auto b = m_model->generate(m_input, randomParams(7));
    QVERIFY(at::equal(a.tokensFull, b.tokensFull));
    QCOMPARE(a.idx, b.idx);
    QCOMPARE(a.stopReason, b.stopReason);
    QVERIFY(a.tokensFull.size(0) > m_input.promptTokens.size(0) + 10);
    const auto c = m_model->generate(m_input, randomParams(8));
    QVERIFY2(!at::equal(a.tokensFull, c.tokensFull), "a different seed gave the same tokens");
    // Every sampled token is a codebook entry (EOS is never kept).
    const at::Tensor fresh = a.tokensFull.narrow(0, m_input.promptTokens.size(0),
                                                 a.tokensFull.size(0) - m_input.promptTokens.size(0));
    QVERIFY(fresh.max().item<int64_t>() < m_model->config().eosToken);
  }

  // The parallel path: texts of different lengths sharing case0's prompt give,
  // row by row, the tokens and stop of decoding each alone (greedy, so float
  // rounding between batched and single matrix shapes cannot flip a choice
  // unless two logits tie to 1e-6; the fixtures' margins are far larger).
  void batchMatchesSingle() {
    gpt::SamplingParams greedy;
    greedy.topK = 1;
    greedy.earlyStopNum = 30;
    std::vector<gpt::GptInput> inputs;
    for (const char* c : {"case0", "case1", "case2"}) {
      gpt::GptInput input;
      input.phones = at::cat({fixture(std::string(c) + "/phones_prompt.npy"), fixture(std::string(c) + "/phones_target.npy")});
      input.bert = fixture(std::string(c) + "/bert_features.npy");
      input.promptTokens = m_input.promptTokens;
      inputs.push_back(input);
    }
    QVERIFY(inputs[0].phones.size(0) != inputs[1].phones.size(0));  // padding is exercised
    const auto batched = m_model->generateBatch(inputs, greedy);
    QCOMPARE(batched.size(), inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      const auto single = m_model->generate(inputs[i], greedy);
      QVERIFY2(at::equal(batched[i].tokensFull, single.tokensFull), qPrintable(QString("row %1").arg(i)));
      QCOMPARE(batched[i].idx, single.idx);
      QCOMPARE(batched[i].stopReason, single.stopReason);
      QVERIFY(at::equal(batched[i].predSemantic, single.predSemantic));
    }
    // Different prompts cannot share a batch.
    inputs[1].promptTokens = fixture("case1/prompt_semantic.npy")[0][0];
    QVERIFY_THROWS_EXCEPTION(Error, m_model->generateBatch(inputs, greedy));
  }

  void cancellation() {
    int asked = 0;
    try {
      m_model->generate(m_input, randomParams(1), [&](int step) {
        ++asked;
        return step < 3;
      });
      QFAIL("generation was not cancelled");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::Cancelled);
    }
    QCOMPARE(asked, 4);
  }

  void lengthCapAndSlicing() {
    gpt::SamplingParams p = randomParams(3);
    p.maxSteps = 5;  // EOS cannot occur in the first 11 steps, so the cap stops it
    const auto r = m_model->generate(m_input, p);
    QCOMPARE(r.stopReason, std::string("max_steps"));
    QCOMPARE(r.loopSteps, 5);
    QCOMPARE(r.idx, 4);
    QCOMPARE(r.tokensFull.size(0), m_input.promptTokens.size(0) + 5);
    QVERIFY(at::equal(r.predSemantic, r.tokensFull.narrow(0, r.tokensFull.size(0) - 4, 4)));

    p.maxSteps = 100;
    p.earlyStopNum = 6;  // stops once 7 new tokens exist; the slice drops the first one
    const auto e = m_model->generate(m_input, p);
    QCOMPARE(e.stopReason, std::string("early_stop_num"));
    QCOMPARE(e.idx, 6);
    QCOMPARE(e.tokensFull.size(0), m_input.promptTokens.size(0) + 7);
    QVERIFY(at::equal(e.predSemantic, e.tokensFull.narrow(0, e.tokensFull.size(0) - 6, 6)));
  }

  void referenceFree() {
    gpt::GptInput input = m_input;
    input.promptTokens = at::Tensor();
    input.phones = fixture("case0/phones_target.npy");
    input.bert = fixture("case0/bert_features.npy").narrow(1, 11, 17);
    const auto r = m_model->generate(input, randomParams(5));
    QCOMPARE(r.idx, 0);  // the official ref-free return: the whole sequence is used
    QVERIFY(r.tokensFull.size(0) >= 11);
    QVERIFY(at::equal(r.predSemantic, r.tokensFull));
  }

  void badInputs() {
    gpt::GptInput input = m_input;
    input.bert = m_input.bert.narrow(1, 0, 5);
    QVERIFY_THROWS_EXCEPTION(Error, m_model->generate(input, randomParams(1)));
    input = m_input;
    input.phones = m_input.phones.clone();
    input.phones[0] = m_model->config().phonemeVocabSize;
    QVERIFY_THROWS_EXCEPTION(Error, m_model->generate(input, randomParams(1)));
  }

  void wrongPhonemeVocab() {
    checkpoint::Checkpoint changed = *m_checkpoint;
    changed.config["model"]["phoneme_vocab_size"] = 512;  // a v1 config on v2 weights
    const std::string message = loadError(changed);
    QVERIFY2(message.find("model.ar_text_embedding.word_embeddings.weight") != std::string::npos, message.c_str());
    QVERIFY2(message.find("[512, 64]") != std::string::npos, message.c_str());
    QVERIFY2(message.find("gpt.ckpt") != std::string::npos, message.c_str());
  }

  void misshapenTensor() {
    checkpoint::Checkpoint changed = *m_checkpoint;
    changed.tensors["model.h.layers.1.linear1.weight"] = at::zeros({255, 64}, at::kHalf);
    const std::string message = loadError(changed);
    QVERIFY2(message.find("model.h.layers.1.linear1.weight") != std::string::npos, message.c_str());
    QVERIFY2(message.find("[256, 64]") != std::string::npos, message.c_str());
    QVERIFY2(message.find("[255, 64]") != std::string::npos, message.c_str());
  }

  void missingTensor() {
    checkpoint::Checkpoint changed = *m_checkpoint;
    changed.tensors.erase("model.ar_predict_layer.weight");
    const std::string message = loadError(changed);
    QVERIFY2(message.find("model.ar_predict_layer.weight") != std::string::npos, message.c_str());
    QVERIFY2(message.find("[1025, 64]") != std::string::npos, message.c_str());
  }

  void halfNeedsGpu() {
    try {
      gpt::GptModel::load(*m_checkpoint, at::kCPU, at::kHalf);
      QFAIL("fp16 on the CPU was accepted");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidArgument);
    }
  }

  // Only where a GPU is present: the same computation on CUDA gives the
  // fixture tokens (fp32) and runs in fp16.
  void cudaMatchesCpu() {
    if (!cudaAvailable()) QSKIP("no CUDA device");
    const auto cuda = gpt::GptModel::load(*m_checkpoint, at::Device(at::kCUDA, 0));
    gpt::SamplingParams p;
    p.topK = 1;
    p.earlyStopNum = 24;
    p.recordLogitsSteps = 4;
    const auto r = cuda.generate(m_input, p);
    QVERIFY(at::equal(r.tokensFull.unsqueeze(0), fixture("case0/gpt_y_full_rp1.35.npy")));
    TIMBRE_COMPARE_TENSORS(at::stack(r.rawLogits), fixture("case0/gpt_logits_first4_rp1.35.npy"), 1e-4);
    const auto a = cuda.generate(m_input, randomParams(11));
    const auto b = cuda.generate(m_input, randomParams(11));
    QVERIFY(at::equal(a.tokensFull, b.tokensFull));
    const auto half = gpt::GptModel::load(*m_checkpoint, at::Device(at::kCUDA, 0), at::kHalf);
    const auto h = half.generate(m_input, p);
    QVERIFY(h.tokensFull.size(0) > m_input.promptTokens.size(0));
  }
};

QTEST_APPLESS_MAIN(TestGptModel)
#include "TestGptModel.moc"
