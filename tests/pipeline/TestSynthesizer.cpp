// The whole pipeline on the e2e-tiny models: the official output for a case,
// seeded reproducibility, the reference cache, progress and cancellation, and
// the clear errors every bad input must give.
#include <QtTest/QtTest>

#include "audio/AudioFile.h"
#include "pipeline/ModelFolder.h"
#include "pipeline/ReferenceEncoder.h"
#include "pipeline/Synthesizer.h"
#include "pipeline/VoiceModels.h"
#include "support/TestSupport.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>
#include <vector>

using namespace timbre;
using timbre::test::sharedPath;
namespace fs = std::filesystem;

namespace {

const std::string kSet = "fixtures/e2e-tiny";

pipeline::SynthesisRequest caseRequest() {
  pipeline::SynthesisRequest r;
  r.text = "我们明天一起去公园散步吧。";
  r.textLang = "zh";
  r.references = {sharedPath(kSet + "/case0_zh_short/ref.wav")};
  r.promptText = "其中有两个是内因的指标";
  r.promptLang = "zh";
  r.topK = 1;
  r.topP = 1;
  r.temperature = 1;
  r.repetitionPenalty = 1.35;
  r.splitMethod = "cut5";
  r.seed = 1234;
  r.noiseScale = 0.0;  // the fixture zeroed the decoder noise
  return r;
}

template <typename F>
ErrorCode errorCodeOf(F&& f, std::string* message = nullptr) {
  try {
    f();
  } catch (const Error& e) {
    if (message) *message = e.what();
    return e.code();
  }
  return ErrorCode::Internal;  // "no error" never matches what a test expects
}

}  // namespace

class TestSynthesizer : public QObject {
  Q_OBJECT
  std::unique_ptr<pipeline::VoiceModels> m_models;

 private slots:
  void initTestCase() {
    m_models = std::make_unique<pipeline::VoiceModels>(
        pipeline::VoiceModels::load(pipeline::findModels(sharedPath(kSet))));
    QCOMPARE(m_models->version(), checkpoint::SovitsVersion::V2);
  }

  void reproducesTheOfficialRun() {
    const pipeline::Synthesizer synthesizer(*m_models);
    const auto result = synthesizer.synthesize(caseRequest());
    const std::string dir = sharedPath(kSet + "/case0_zh_short/");
    QCOMPARE(result.pieces.size(), std::size_t(1));
    QVERIFY(result.pieces[0].semantic.equal(tensor::readNpy(dir + "piece0_semantic.npy")));
    TIMBRE_COMPARE_TENSORS(result.audio, tensor::readNpy(dir + "wav_float32.npy"), 1e-4);
    const auto pcm = pipeline::Synthesizer::toInt16(result.audio);
    const at::Tensor official = tensor::readNpy(dir + "wav_int16.npy").to(at::kFloat);
    const at::Tensor ours = at::tensor(std::vector<float>(pcm.begin(), pcm.end()));
    QVERIFY2(timbre::test::maxAbsDiff(ours, official) <= 3, qPrintable(timbre::test::describeDiff(ours, official)));
  }

  // The parallel GPT path (three pieces in one batch) gives the official tokens
  // of every piece of case1, like the one-by-one path does.
  void batchedPiecesMatchTheOfficialRun() {
    const pipeline::Synthesizer synthesizer(*m_models);
    auto r = caseRequest();
    r.text = "人工智能技术发展得非常迅速，研究人员不断提出新的模型和算法，让机器能够更好地理解人类的语言。";
    r.references = {sharedPath(kSet + "/case1_zh_long_cut5/ref.wav")};
    r.batchSize = 3;
    const auto result = synthesizer.synthesize(r);
    QCOMPARE(result.pieces.size(), std::size_t(3));
    const std::string dir = sharedPath(kSet + "/case1_zh_long_cut5/");
    for (std::size_t k = 0; k < 3; ++k)
      QVERIFY2(result.pieces[k].semantic.equal(tensor::readNpy(dir + "piece" + std::to_string(k) + "_semantic.npy")),
               qPrintable(QString("piece %1").arg(k)));
    TIMBRE_COMPARE_TENSORS(result.audio, tensor::readNpy(dir + "wav_float32.npy"), 1e-4);
  }

  // Fragment streaming: each piece's audio is handed over as soon as it is
  // decoded, before the next piece's GPT run starts, and the fragments add up to
  // the final waveform.
  void piecesStreamInOrder() {
    const pipeline::Synthesizer synthesizer(*m_models);
    auto r = caseRequest();
    r.text = "人工智能技术发展得非常迅速，研究人员不断提出新的模型和算法，让机器能够更好地理解人类的语言。";
    std::vector<std::string> events;
    std::vector<at::Tensor> fragments;
    const auto result = synthesizer.synthesize(
        r,
        [&](const pipeline::SynthesisProgress& p) {
          if (p.stage == pipeline::SynthesisStage::Semantic && p.step == 0)
            events.push_back("gpt" + std::to_string(p.piece));
        },
        {},
        [&](int piece, int pieces, const at::Tensor& audio) {
          QCOMPARE(pieces, 3);
          events.push_back("audio" + std::to_string(piece));
          fragments.push_back(audio);
        });
    QCOMPARE(events, (std::vector<std::string>{"gpt0", "audio0", "gpt1", "audio1", "gpt2", "audio2"}));
    QVERIFY(at::cat(fragments).equal(result.audio));
  }

  void seededRunsRepeat() {
    const pipeline::Synthesizer synthesizer(*m_models);
    auto r = caseRequest();
    r.topK = 15;
    r.temperature = 1.0;
    r.noiseScale = 0.5;
    r.seed = 77;
    const auto a = synthesizer.synthesize(r);
    const auto b = synthesizer.synthesize(r);
    QVERIFY(a.audio.equal(b.audio));
    QCOMPARE(a.seed, int64_t(77));
    r.seed = 78;
    const auto c = synthesizer.synthesize(r);
    QVERIFY(!(c.audio.sizes() == a.audio.sizes() && c.audio.equal(a.audio)));
  }

  // The server and the studio share one VoiceModels between syntheses that run
  // at the same time: each must come out exactly as it does alone.
  void concurrentSynthesesMatchSoloRuns() {
    auto request = [](int64_t seed, const char* text) {
      auto r = caseRequest();
      r.text = text;
      r.topK = 15;
      r.temperature = 1.0;
      r.noiseScale = 0.5;
      r.seed = seed;
      return r;
    };
    const std::vector<pipeline::SynthesisRequest> requests = {
        request(11, "我们明天一起去公园散步吧。"), request(12, "今天的天气很好，我们出去走走。"),
        request(13, "我们明天一起去公园散步吧。")};
    std::vector<at::Tensor> solo;
    for (const auto& r : requests) solo.push_back(pipeline::Synthesizer(*m_models).synthesize(r).audio);
    for (int round = 0; round < 3; ++round) {
      std::vector<at::Tensor> together(requests.size());
      std::vector<std::thread> threads;
      for (std::size_t i = 0; i < requests.size(); ++i)
        threads.emplace_back([&, i] { together[i] = pipeline::Synthesizer(*m_models).synthesize(requests[i]).audio; });
      for (auto& t : threads) t.join();
      for (std::size_t i = 0; i < requests.size(); ++i) {
        QVERIFY2(together[i].defined(), "a concurrent synthesis failed");
        QVERIFY2(together[i].sizes() == solo[i].sizes() && together[i].equal(solo[i]),
                 qPrintable(QStringLiteral("round %1, request %2 differs from its solo run").arg(round).arg(i)));
      }
    }
  }

  void referenceCacheIsUsedAndSurvivesDamage() {
    QTemporaryDir dir;
    pipeline::ReferenceCache cache(dir.path().toStdString());
    const pipeline::ReferenceEncoder encoder(*m_models, &cache);
    const std::string ref = sharedPath(kSet + "/case0_zh_short/ref.wav");
    const auto first = encoder.encodeFile(ref);
    int entries = 0;
    for (const auto& e : fs::directory_iterator(dir.path().toStdString())) entries += e.is_directory() ? 1 : 0;
    QCOMPARE(entries, 1);
    // A fresh cache over the same folder reads the entry from disk.
    pipeline::ReferenceCache again(dir.path().toStdString());
    const auto fromDisk = pipeline::ReferenceEncoder(*m_models, &again).encodeFile(ref);
    QVERIFY(fromDisk.promptCodes.equal(first.promptCodes));
    QVERIFY(fromDisk.refSpec.equal(first.refSpec));
    // A damaged entry is recomputed, not trusted.
    for (const auto& e : fs::directory_iterator(dir.path().toStdString()))
      std::ofstream((e.path() / "ref_spec.npy").string(), std::ios::trunc) << "garbage";
    pipeline::ReferenceCache third(dir.path().toStdString());
    const auto recomputed = pipeline::ReferenceEncoder(*m_models, &third).encodeFile(ref);
    QVERIFY(recomputed.refSpec.equal(first.refSpec));
  }

  void progressAndCancel() {
    const pipeline::Synthesizer synthesizer(*m_models);
    std::vector<pipeline::SynthesisStage> stages;
    synthesizer.synthesize(caseRequest(), [&](const pipeline::SynthesisProgress& p) {
      if (stages.empty() || stages.back() != p.stage) stages.push_back(p.stage);
    });
    QVERIFY(stages.size() >= 5);
    QCOMPARE(stages.front(), pipeline::SynthesisStage::Reference);
    QCOMPARE(stages.back(), pipeline::SynthesisStage::Done);
    int steps = 0;
    const auto code = errorCodeOf([&] {
      synthesizer.synthesize(caseRequest(), [&](const pipeline::SynthesisProgress& p) {
        if (p.stage == pipeline::SynthesisStage::Semantic) ++steps;
      }, [&] { return steps >= 3; });
    });
    QCOMPARE(code, ErrorCode::Cancelled);
  }

  void badInputsGiveClearErrors() {
    const pipeline::Synthesizer synthesizer(*m_models);
    std::string message;
    auto r = caseRequest();
    r.text = "  \n";
    QCOMPARE(errorCodeOf([&] { synthesizer.synthesize(r); }, &message), ErrorCode::InvalidArgument);
    QVERIFY2(message.find("empty") != std::string::npos, message.c_str());
    r = caseRequest();
    r.textLang = "xx";
    QCOMPARE(errorCodeOf([&] { synthesizer.synthesize(r); }, &message), ErrorCode::InvalidArgument);
    QVERIFY2(message.find("'xx'") != std::string::npos, message.c_str());
    r = caseRequest();
    r.references = {sharedPath(kSet + "/missing.wav")};
    QVERIFY(errorCodeOf([&] { synthesizer.synthesize(r); }) != ErrorCode::Internal);
    r = caseRequest();
    r.splitMethod = "cut9";
    QCOMPARE(errorCodeOf([&] { synthesizer.synthesize(r); }), ErrorCode::InvalidArgument);

    const pipeline::ReferenceEncoder encoder(*m_models);
    audio::AudioBuffer silent;
    silent.sampleRateHz = 16000;
    silent.samples.assign(16000 * 5, 0.0f);
    QCOMPARE(errorCodeOf([&] { encoder.encode(silent); }, &message), ErrorCode::Audio);
    QVERIFY2(message.find("silent") != std::string::npos, message.c_str());

    // One hour of real speech, repeated: refused by length, or cut to a window on request.
    const audio::AudioBuffer speech = audio::readAudioFile(sharedPath(kSet + "/case0_zh_short/ref.wav"));
    audio::AudioBuffer hour = speech;
    while (hour.durationSeconds() < 3600) hour.samples.insert(hour.samples.end(), speech.samples.begin(), speech.samples.end());
    QCOMPARE(errorCodeOf([&] { encoder.encode(hour); }, &message), ErrorCode::InvalidArgument);
    QVERIFY2(message.find("3 to 10 s") != std::string::npos, message.c_str());
    audio::AudioBuffer twelve = speech;
    twelve.samples.insert(twelve.samples.end(), speech.samples.begin(), speech.samples.end());
    twelve.samples.insert(twelve.samples.end(), speech.samples.begin(), speech.samples.end());
    const auto windowed = encoder.encode(twelve, {true, true});
    QVERIFY(windowed.seconds >= 3.0 && windowed.seconds <= 10.0);
    audio::AudioBuffer shortClip = speech;
    shortClip.samples.resize(16000);
    QCOMPARE(errorCodeOf([&] { encoder.encode(shortClip); }, &message), ErrorCode::InvalidArgument);
  }

  void modelFolderErrors() {
    std::string message;
    QCOMPARE(errorCodeOf([] { pipeline::findModels("/nonexistent/models"); }), ErrorCode::Io);
    // v2-tiny holds GPT and SoVITS but no HuBERT/BERT folder.
    QCOMPARE(errorCodeOf([] { pipeline::findModels(sharedPath("fixtures/v2-tiny")); }, &message),
             ErrorCode::InvalidArgument);
    QVERIFY2(message.find("HuBERT") != std::string::npos, message.c_str());
    // A flat folder made of links finds every model by content.
    QTemporaryDir dir;
    const fs::path d = dir.path().toStdString();
    fs::create_symlink(sharedPath("fixtures/v2-tiny/gpt.ckpt"), d / "my-voice.ckpt");
    fs::create_symlink(sharedPath("fixtures/v2-tiny/sovits.pth"), d / "my-voice.pth");
    fs::create_directory_symlink(sharedPath(kSet + "/GPT_SoVITS/pretrained_models/chinese-hubert-base"), d / "hubert");
    fs::create_directory_symlink(sharedPath(kSet + "/GPT_SoVITS/pretrained_models/chinese-roberta-wwm-ext-large"),
                                 d / "bert");
    const auto paths = pipeline::findModels(d.string());
    QCOMPARE(fs::path(paths.gpt).filename().string(), std::string("my-voice.ckpt"));
    QCOMPARE(fs::path(paths.hubert).filename().string(), std::string("hubert"));
    QVERIFY(paths.speaker.empty());
    // A v2Pro SoVITS without the speaker model is refused by name.
    fs::remove(d / "my-voice.pth");
    fs::create_symlink(sharedPath("fixtures/v2pro-tiny/sovits.pth"), d / "pro.pth");
    QCOMPARE(errorCodeOf([&] { pipeline::VoiceModels::load(pipeline::findModels(d.string())); }, &message),
             ErrorCode::InvalidArgument);
    QVERIFY2(message.find("speaker") != std::string::npos, message.c_str());
    // Two GPT files: ambiguous, and the message lists them.
    fs::create_symlink(sharedPath("fixtures/v2-tiny/gpt.ckpt"), d / "other.ckpt");
    QCOMPARE(errorCodeOf([&] { pipeline::findModels(d.string()); }, &message), ErrorCode::InvalidArgument);
    QVERIFY2(message.find("other.ckpt") != std::string::npos, message.c_str());
  }
};

QTEST_GUILESS_MAIN(TestSynthesizer)
#include "TestSynthesizer.moc"
