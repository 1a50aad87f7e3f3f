// Token streaming: where chunks are cut, that the frame noise does not depend
// on how it is drawn, and that streamed audio arrives while the GPT still runs
// and equals the one-pass audio up to the cross-fades at the joins.
#include <QtTest/QtTest>

#include "models/sovits/FrameNoise.h"
#include "pipeline/ModelFolder.h"
#include "pipeline/Synthesizer.h"
#include "pipeline/TokenChunker.h"
#include "pipeline/VoiceModels.h"
#include "support/TestSupport.h"

#include <cmath>
#include <memory>

using namespace timbre;
using timbre::test::sharedPath;

namespace {

const std::string kSet = "fixtures/e2e-tiny";

pipeline::SynthesisRequest sampledRequest() {
  pipeline::SynthesisRequest r;
  r.text = "我们明天一起去公园散步吧。然后回家吃饭。";
  r.textLang = "zh";
  r.references = {sharedPath(kSet + "/case0_zh_short/ref.wav")};
  r.promptText = "其中有两个是内因的指标";
  r.promptLang = "zh";
  r.seed = 77;           // sampled tokens and decoder noise, both seeded
  r.noiseScale = 0.5;
  r.splitMethod = "cut5";
  return r;
}

// 10·log10(signal energy / difference energy).
double snrDb(const at::Tensor& reference, const at::Tensor& test) {
  const double signal = reference.pow(2).sum().item<double>();
  const double noise = (reference - test).pow(2).sum().item<double>();
  return 10.0 * std::log10(signal / std::max(noise, 1e-30));
}

}  // namespace

class TestStreaming : public QObject {
  Q_OBJECT
  std::unique_ptr<pipeline::VoiceModels> m_models;

 private slots:
  void initTestCase() {
    m_models = std::make_unique<pipeline::VoiceModels>(
        pipeline::VoiceModels::load(pipeline::findModels(sharedPath(kSet))));
  }

  void fixedLengthChunksCutEveryNTokens() {
    pipeline::ChunkingOptions o;
    o.chunkTokens = 3;
    o.fixedLength = true;
    pipeline::TokenChunker chunker(o, {});
    QList<int> cuts;
    for (int i = 0; i < 10; ++i) cuts << chunker.push(i);
    QCOMPARE(cuts, (QList<int>{0, 0, 3, 0, 0, 3, 0, 0, 3, 0}));
    QCOMPARE(chunker.waiting(), 1);
  }

  void pauseChunksEndAtTheBestPausePair() {
    // Tokens 0..9 with made-up similarities to the mute token; threshold 0.3.
    const at::Tensor similarity = at::tensor(std::vector<float>{0.1f, 0.2f, 0.9f, 0.8f, 0.35f, 0.6f, 0.0f, 0.4f, 0.4f, 0.95f});
    pipeline::ChunkingOptions o;
    o.chunkTokens = 3;
    o.pauseThreshold = 0.3;
    pipeline::TokenChunker chunker(o, similarity);
    // Nothing is decided before chunkTokens + 2 tokens wait.
    QCOMPARE(chunker.push(0), 0);
    QCOMPARE(chunker.push(2), 0);
    QCOMPARE(chunker.push(3), 0);
    QCOMPARE(chunker.push(1), 0);
    // Waiting 0,2,3,1,5: scores -1,0.6,0.5,-1,0.3 -> pairs -0.4,1.1,-0.5,-0.7,0.3.
    // The best pair starts at position 1, but a chunk of 2 is shorter than 3: wait.
    QCOMPARE(chunker.push(5), 0);
    // Waiting 0,2,3,1,5,9: scores ...,0.3,0.65 -> pair at 4 (5 then 9) = 0.95 < 1.1 at 1: still too short.
    QCOMPARE(chunker.push(9), 0);
    // Add 9 again: pair at 5 = 0.65 + 0.65 = 1.3 beats 1.1, chunk = 6 tokens.
    QCOMPARE(chunker.push(9), 6);
    QCOMPARE(chunker.waiting(), 1);
    // Below the threshold everywhere: never cut.
    pipeline::TokenChunker quiet(o, similarity);
    for (int i = 0; i < 20; ++i) QCOMPARE(quiet.push(i % 2 ? 0 : 6), 0);
  }

  void frameNoiseIsTheSameHoweverItIsDrawn() {
    const at::Tensor whole = sovits::frameNoise(5, 8, 0, 100);
    QCOMPARE(whole.sizes().vec(), (std::vector<int64_t>{1, 8, 100}));
    const at::Tensor pieces = at::cat({sovits::frameNoise(5, 8, 0, 7), sovits::frameNoise(5, 8, 7, 40),
                                       sovits::frameNoise(5, 8, 40, 100)}, 2);
    QVERIFY(whole.equal(pieces));
    QVERIFY(!whole.equal(sovits::frameNoise(6, 8, 0, 100)));
    // Standard normal.
    QVERIFY(std::abs(whole.mean().item<double>()) < 0.15);
    QVERIFY(std::abs(whole.std().item<double>() - 1.0) < 0.15);
  }

  void streamedAudioEqualsOnePassUpToTheJoins_data() {
    QTest::addColumn<bool>("fixedLength");
    QTest::addColumn<int>("chunkTokens");
    QTest::addColumn<double>("speed");
    QTest::newRow("pauses, 4 tokens") << false << 4 << 1.0;
    QTest::newRow("fixed, 5 tokens") << true << 5 << 1.0;
    QTest::newRow("fixed, 6 tokens, speed 1.25") << true << 6 << 1.25;
  }

  void streamedAudioEqualsOnePassUpToTheJoins() {
    QFETCH(bool, fixedLength);
    QFETCH(int, chunkTokens);
    QFETCH(double, speed);
    const pipeline::Synthesizer synthesizer(*m_models);
    pipeline::SynthesisRequest request = sampledRequest();
    request.speed = speed;
    const auto onePass = synthesizer.synthesize(request);

    request.tokenStreaming = true;
    request.streamChunkTokens = chunkTokens;
    request.fixedLengthChunks = fixedLength;
    int lastStep = -1;
    std::vector<int> stepAtChunk;
    std::vector<at::Tensor> chunks;
    const auto streamed = synthesizer.synthesize(
        request, [&](const pipeline::SynthesisProgress& p) { if (p.stage == pipeline::SynthesisStage::Semantic) lastStep = p.step; },
        {}, [&](int, int, const at::Tensor& audio) {
          chunks.push_back(audio);
          stepAtChunk.push_back(lastStep);
        });

    // The same tokens, the same length, and the chunks are the result.
    QCOMPARE(streamed.pieces.size(), onePass.pieces.size());
    for (std::size_t i = 0; i < onePass.pieces.size(); ++i)
      QVERIFY(streamed.pieces[i].semantic.equal(onePass.pieces[i].semantic));
    QCOMPARE(streamed.audio.size(0), onePass.audio.size(0));
    QVERIFY(at::cat(chunks).equal(streamed.audio));
    // Several chunks per piece, the first while the GPT was still running.
    QVERIFY2(chunks.size() >= onePass.pieces.size() * 3, qPrintable(QString::number(chunks.size())));
    const int firstPieceSteps = int(onePass.pieces[0].semantic.size(0));
    QVERIFY2(stepAtChunk.front() < firstPieceSteps - chunkTokens,
             qPrintable(QString("first chunk at step %1 of %2").arg(stepAtChunk.front()).arg(firstPieceSteps)));
    // The first-audio time is recorded (how fast it is, is the benchmark's business).
    QVERIFY(streamed.times.firstAudioSeconds > 0 && streamed.times.firstAudioSeconds < streamed.times.totalSeconds);

    const double snr = snrDb(onePass.audio, streamed.audio);
    const double worst = (onePass.audio - streamed.audio).abs().max().item<double>();
    const double peak = onePass.audio.abs().max().item<double>();
    qInfo("%zu chunks, SNR %.1f dB, worst sample difference %.4f (peak %.3f)", chunks.size(), snr, worst, peak);
    QVERIFY2(snr >= 25.0, qPrintable(QString("SNR %1 dB").arg(snr)));
  }
};

QTEST_GUILESS_MAIN(TestStreaming)
#include "TestStreaming.moc"
