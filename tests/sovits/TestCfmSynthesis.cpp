// SoVITS v4 (v4-tiny) as the product calls it, not fed from the fixtures'
// intermediates: the seeded CFM noise is the official torch.randn after
// torch.manual_seed(run seed), so one engine call from the reference audio and
// the tokens reproduces the official waveform. Also: where a LoRA fine-tune's
// base is looked for and what is said when it is missing, a LoRA file with a
// broken adapter, and a misshapen tensor named with the file.
#include "audio/AudioFile.h"
#include "audio/MelFilterbank.h"
#include "checkpoint/Checkpoint.h"
#include "models/cfm/LoraMerge.h"
#include "models/cfm/SovitsV3Model.h"
#include "models/cfm/VocoderSynthesis.h"
#include "models/vocoder/Vocoder.h"
#include "support/TestSupport.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <filesystem>
#include <fstream>

using namespace timbre;

namespace {

std::string fixture(const std::string& relative) { return test::sharedPath("fixtures/" + relative); }
at::Tensor npy(const std::string& relative) { return tensor::readNpy(fixture(relative)); }

void touch(const std::filesystem::path& path) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path) << "x";
}

}  // namespace

class TestCfmSynthesis : public QObject {
  Q_OBJECT

 private slots:
  void melFilterbanksMatchLibrosa() {
    // The sets' mel_basis.npy is librosa's filterbank (test oracle only; the engine computes it).
    TIMBRE_COMPARE_TENSORS(audio::slaneyMelBasis(32000, 1280, 100), npy("v4-tiny/mel_basis.npy"), 1e-7);
    TIMBRE_COMPARE_TENSORS(audio::slaneyMelBasis(24000, 1024, 100), npy("v3-tiny/mel_basis.npy"), 1e-7);
    TIMBRE_COMPARE_TENSORS(audio::slaneyMelBasis(32000, 2048, 128), npy("train-tiny/sovits_data/mel_basis.npy"), 1e-7);
  }

  void seededNoiseIsTheOfficialDraw() {
    // v4-tiny case0: torch.manual_seed(4421), then torch.randn([1, 100, 491]).
    const at::Tensor noise = cfm::seededChunkNoise(4421, 100)(0, 491);
    QVERIFY(noise.equal(npy("v4-tiny/case0/c0_noise.npy")));
  }

  void v4FromSeedMatchesOfficialWave() {
    const checkpoint::Checkpoint ckpt = checkpoint::loadCheckpoint(fixture("v4-tiny/sovits.pth"));
    const cfm::SovitsV3Model model = cfm::SovitsV3Model::load(ckpt, sovits::SovitsVersion::V4);
    const auto vocoder = vocoder::loadVocoder(fixture("v4-tiny/gsv-v4-pretrained/vocoder.pth"), sovits::SovitsVersion::V4);
    QCOMPARE(vocoder->sampleRateHz(), 48000);
    QCOMPARE(vocoder->samplesPerFrame(), int64_t(480));
    const audio::AudioBuffer ref = audio::readAudioFile(test::sharedPath("audio/aishell/BAC009S0150W0181.wav"));
    const cfm::CfmReference reference = cfm::prepareCfmReference(
        model, ref, npy("v4-tiny/case0/prompt_semantic.npy").view({1, 1, -1}),
        npy("v4-tiny/case0/prompt_phones.npy").view({1, -1}));
    cfm::CfmSynthesisOptions options;
    options.sampleSteps = 8;
    options.seed = 4421;
    const at::Tensor wav = cfm::synthesizeWithVocoder(model, *vocoder, reference,
                                                      npy("v4-tiny/case0/target_semantic_0.npy").view({1, 1, -1}),
                                                      npy("v4-tiny/case0/target_phones_0.npy").view({1, -1}), options);
    // 144 mel frames × 480 samples at 48 kHz; the manifest's waveform limit.
    TIMBRE_COMPARE_TENSORS(wav, npy("v4-tiny/case0/s8_wav.npy"), 1e-3);
  }

  void cancelledSynthesisStops() {
    const checkpoint::Checkpoint ckpt = checkpoint::loadCheckpoint(fixture("v4-tiny/sovits.pth"));
    const cfm::SovitsV3Model model = cfm::SovitsV3Model::load(ckpt, sovits::SovitsVersion::V4);
    const auto vocoder = vocoder::loadVocoder(fixture("v4-tiny/gsv-v4-pretrained/vocoder.pth"), sovits::SovitsVersion::V4);
    const audio::AudioBuffer ref = audio::readAudioFile(test::sharedPath("audio/aishell/BAC009S0150W0181.wav"));
    const cfm::CfmReference reference = cfm::prepareCfmReference(
        model, ref, npy("v4-tiny/case0/prompt_semantic.npy").view({1, 1, -1}),
        npy("v4-tiny/case0/prompt_phones.npy").view({1, -1}));
    cfm::CfmSynthesisOptions options;
    options.sampleSteps = 4;
    options.cancelled = [] { return true; };
    try {
      cfm::synthesizeWithVocoder(model, *vocoder, reference, npy("v4-tiny/case0/target_semantic_0.npy").view({1, 1, -1}),
                                 npy("v4-tiny/case0/target_phones_0.npy").view({1, -1}), options);
      QFAIL("a cancelled synthesis returned audio");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::Cancelled);
    }
  }

  void loraBaseFoundWhereOfficialCodeLooks() {
    QTemporaryDir root;
    QVERIFY(root.isValid());
    namespace fs = std::filesystem;
    const fs::path base = fs::path(root.path().toStdString()) / "GPT_SoVITS/pretrained_models/gsv-v4-pretrained/s2Gv4.pth";
    const fs::path lora = fs::path(root.path().toStdString()) / "SoVITS_weights_v4/voice_e8_s96_l16.pth";
    touch(base);
    touch(lora);
    QCOMPARE(cfm::findLoraBase(lora.string(), sovits::SovitsVersion::V4), base.string());
    // v3 looks for s2Gv3.pth, which is not there: the message names the LoRA file and the base.
    try {
      cfm::findLoraBase(lora.string(), sovits::SovitsVersion::V3);
      QFAIL("a missing base was found");
    } catch (const Error& e) {
      const QString message = QString::fromStdString(e.what());
      QVERIFY2(message.contains("voice_e8_s96_l16.pth") && message.contains("s2Gv3.pth"), qPrintable(message));
    }
  }

  void misshapenDitTensorIsNamed() {
    checkpoint::Checkpoint ckpt = checkpoint::loadCheckpoint(fixture("v4-tiny/sovits.pth"));
    const std::string name = "cfm.estimator.transformer_blocks.1.attn.to_k.weight";
    ckpt.tensors[name] = at::zeros({128, 64}, at::kHalf);
    try {
      cfm::SovitsV3Model::load(ckpt, sovits::SovitsVersion::V4);
      QFAIL("a DiT with a misshapen attention weight was loaded");
    } catch (const Error& e) {
      const QString message = QString::fromStdString(e.what());
      QCOMPARE(e.code(), ErrorCode::ModelMismatch);
      QVERIFY2(message.contains("sovits.pth") && message.contains(QString::fromStdString(name)) &&
                   message.contains("[128, 128]"),
               qPrintable(message));
    }
  }

  void loraAdapterWithoutPairIsRefused() {
    const checkpoint::Checkpoint base = checkpoint::loadCheckpoint(fixture("v4-tiny/sovits.pth"));
    checkpoint::Checkpoint lora = checkpoint::loadCheckpoint(fixture("v4-tiny/sovits_lora.pth"));
    const std::string b = "cfm.base_model.model.estimator.transformer_blocks.0.attn.to_q.lora_B.default.weight";
    QVERIFY(lora.tensors.erase(b) == 1);
    try {
      cfm::mergeLora(base, lora);
      QFAIL("a LoRA adapter without lora_B was merged");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::ModelMismatch);
      QVERIFY(QString::fromStdString(e.what()).contains("sovits_lora.pth"));
    }
  }
};

QTEST_MAIN(TestCfmSynthesis)
#include "TestCfmSynthesis.moc"
