// SoVITS decoder parity with the official implementation (fixtures computed by
// upstream GPT-SoVITS in float32 from the fp16 weights): v2-tiny (v2) and
// v2pro-tiny (v2Pro, v2ProPlus, two-reference averaging).
// Tolerances from ../shared/fixtures/README.md: ge/ge512 1e-5, m_p/logs_p/z and
// waveforms 1e-4 (absolute); semantic tokens exact.
#include "checkpoint/Checkpoint.h"
#include "models/sovits/Generator.h"
#include "models/sovits/SovitsModel.h"
#include "models/sovits/WeightReader.h"
#include "support/TestSupport.h"
#include "tensor/Npy.h"

#include <QtTest/QtTest>

#include <memory>

using namespace timbre;
using namespace timbre::sovits;

namespace {

constexpr double kTimbreAtol = 1e-5;
constexpr double kAtol = 1e-4;

at::Tensor npy(const std::string& relative) { return tensor::readNpy(test::sharedPath("fixtures/" + relative)); }

// Logs how much room a comparison leaves (the asserts themselves use the README limits).
void logMargin(const char* what, const at::Tensor& actual, const at::Tensor& expected) {
  qInfo("%s: max abs diff %.3g", what, test::maxAbsDiff(actual, expected));
}

std::unique_ptr<SovitsModel> loadModel(const std::string& relative, SovitsVersion version) {
  const checkpoint::Checkpoint ckpt = checkpoint::loadCheckpoint(test::sharedPath("fixtures/" + relative));
  return std::make_unique<SovitsModel>(SovitsModel::load(ckpt, version));
}

}  // namespace

class TestSovitsParity : public QObject {
  Q_OBJECT

  std::unique_ptr<SovitsModel> m_v2, m_pro, m_proPlus;

 private slots:
  // Long pieces are generated in windows; the windows' margins must cover the
  // receptive field, so the result equals one pass over the whole latent.
  void generatorWindowsEqualOnePass() {
    const auto ckpt = checkpoint::loadCheckpoint(test::sharedPath("fixtures/v2-tiny/sovits.pth"));
    const SovitsConfig config = SovitsConfig::fromJson(ckpt.config, SovitsVersion::V2);
    const WeightReader weights(ckpt, sovitsParameterShapes(config), "SoVITS v2", at::kCPU, at::kFloat);
    const Generator generator = Generator::load(weights, config);
    QVERIFY(generator.marginFrames() >= 8);
    // The windows over the later stages need far less context than the whole network.
    QVERIFY(generator.tailMarginFrames() >= 2 && generator.tailMarginFrames() < generator.marginFrames());
    at::Generator rng = at::detail::createCPUGenerator(3);
    const at::Tensor z = at::randn({1, config.interChannels, 300}, rng);
    const at::Tensor g = at::randn({1, config.ginChannels, 1}, rng);
    const at::Tensor whole = generator.forward(z, g, 0);
    QCOMPARE(whole.size(2), int64_t(300 * 640));
    for (int64_t chunk : {int64_t(5), int64_t(16), int64_t(64), Generator::kChunkFrames}) {
      const at::Tensor windowed = generator.forward(z, g, chunk);
      TIMBRE_COMPARE_TENSORS(windowed, whole, 1e-6);
    }
  }

  void initTestCase() {
    m_v2 = loadModel("v2-tiny/sovits.pth", SovitsVersion::V2);
    m_pro = loadModel("v2pro-tiny/sovits.pth", SovitsVersion::V2Pro);
    m_proPlus = loadModel("v2pro-tiny/sovits_plus.pth", SovitsVersion::V2ProPlus);
    QCOMPARE(m_pro->config().ginChannels, int64_t(48));
    QCOMPARE(m_proPlus->config().upsampleInitialChannel, int64_t(96));
  }

  void v2_data() {
    QTest::addColumn<QString>("name");
    for (const char* c : {"case0", "case1", "case2"}) QTest::newRow(c) << c;
  }

  void v2() {
    QFETCH(QString, name);
    const std::string dir = "v2-tiny/" + name.toStdString() + "/";

    // extract_latent: stride-2 projection + nearest codebook row, exact.
    const at::Tensor codes = m_v2->extractLatent(npy(dir + "ssl_content.npy"));
    const at::Tensor promptSemantic = npy(dir + "prompt_semantic.npy");
    QCOMPARE(codes.sizes().vec(), promptSemantic.sizes().vec());
    QVERIFY2(at::equal(codes, promptSemantic), qPrintable(test::describeDiff(codes, promptSemantic)));

    DecodeRequest request;
    request.codes = npy(dir + "gpt_pred_semantic_rp1.35.npy").unsqueeze(0);  // [1, idx] -> [1, 1, idx]
    request.phones = npy(dir + "phones_target.npy").unsqueeze(0);
    request.refSpecs = {npy(dir + "ref_spec.npy")};
    request.noiseScale = 0.0;
    request.seed = 0;
    DecodeTrace trace;
    const at::Tensor wav = m_v2->decode(request, &trace);
    TIMBRE_COMPARE_TENSORS(trace.ge, npy(dir + "dec_ge.npy"), kTimbreAtol);
    TIMBRE_COMPARE_TENSORS(trace.mP, npy(dir + "dec_m_p.npy"), kAtol);
    TIMBRE_COMPARE_TENSORS(trace.logsP, npy(dir + "dec_logs_p.npy"), kAtol);
    TIMBRE_COMPARE_TENSORS(trace.z, npy(dir + "dec_z.npy"), kAtol);
    TIMBRE_COMPARE_TENSORS(wav, npy(dir + "dec_wav_ns0_speed1.npy"), kAtol);
    logMargin("z", trace.z, npy(dir + "dec_z.npy"));
    logMargin("wav", wav, npy(dir + "dec_wav_ns0_speed1.npy"));
    QVERIFY(!trace.ge512.defined());

    request.speed = 1.25;
    TIMBRE_COMPARE_TENSORS(m_v2->decode(request), npy(dir + "dec_wav_ns0_speed1.25.npy"), kAtol);

    request.speed = 1.0;
    request.noiseScale = 0.5;
    request.noise = npy(dir + "dec_noise_ns0.5_speed1.npy");
    TIMBRE_COMPARE_TENSORS(m_v2->decode(request), npy(dir + "dec_wav_ns0.5_speed1.npy"), kAtol);
  }

  void pro_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("references");
    QTest::newRow("pro_case0") << "pro_case0" << 1;
    QTest::newRow("pro_case1") << "pro_case1" << 1;
    QTest::newRow("proplus_case0") << "proplus_case0" << 1;
    QTest::newRow("proplus_case1") << "proplus_case1" << 1;
    QTest::newRow("pro_avg2") << "pro_avg2" << 2;
  }

  void pro() {
    QFETCH(QString, name);
    QFETCH(int, references);
    const std::string dir = "v2pro-tiny/" + name.toStdString() + "/";
    const SovitsModel& model = name.startsWith("proplus") ? *m_proPlus : *m_pro;
    auto suffix = [&](int i) { return references == 1 ? std::string() : "_" + std::to_string(i); };

    DecodeRequest request;
    request.codes = npy(dir + "semantic.npy");
    request.phones = npy(dir + "phones.npy").unsqueeze(0);
    for (int i = 0; i < references; ++i) {
      request.refSpecs.push_back(npy(dir + "ref_spec" + suffix(i) + ".npy"));
      request.svEmbeddings.push_back(npy(dir + "sv_emb" + suffix(i) + ".npy"));
    }
    request.noiseScale = 0.0;
    request.seed = 0;
    DecodeTrace trace;
    const at::Tensor wav = model.decode(request, &trace);
    QCOMPARE(int(trace.geRefEnc.size()), references);
    for (int i = 0; i < references; ++i) {
      TIMBRE_COMPARE_TENSORS(trace.geRefEnc[i], npy(dir + "dec_ge_ref_enc" + suffix(i) + ".npy"), kTimbreAtol);
      TIMBRE_COMPARE_TENSORS(trace.svProj[i], npy(dir + "dec_sv_proj" + suffix(i) + ".npy"), kTimbreAtol);
      if (references > 1)
        TIMBRE_COMPARE_TENSORS(trace.gePerRef[i], npy(dir + "dec_ge" + suffix(i) + ".npy"), kTimbreAtol);
    }
    TIMBRE_COMPARE_TENSORS(trace.ge, npy(dir + "dec_ge.npy"), kTimbreAtol);
    TIMBRE_COMPARE_TENSORS(trace.ge512, npy(dir + "dec_ge512.npy"), kTimbreAtol);
    TIMBRE_COMPARE_TENSORS(trace.mP, npy(dir + "dec_m_p.npy"), kAtol);
    TIMBRE_COMPARE_TENSORS(trace.logsP, npy(dir + "dec_logs_p.npy"), kAtol);
    TIMBRE_COMPARE_TENSORS(trace.z, npy(dir + "dec_z.npy"), kAtol);
    TIMBRE_COMPARE_TENSORS(wav, npy(dir + "dec_wav_ns0_speed1.npy"), kAtol);
    logMargin("ge", trace.ge, npy(dir + "dec_ge.npy"));
    logMargin("z", trace.z, npy(dir + "dec_z.npy"));
    logMargin("wav", wav, npy(dir + "dec_wav_ns0_speed1.npy"));

    request.noiseScale = 0.5;
    request.noise = npy(dir + "dec_noise_ns0.5_speed1.npy");
    DecodeTrace noisy;
    const at::Tensor noisyWav = model.decode(request, &noisy);
    TIMBRE_COMPARE_TENSORS(noisy.z, npy(dir + "dec_z_ns0.5_speed1.npy"), kAtol);
    TIMBRE_COMPARE_TENSORS(noisyWav, npy(dir + "dec_wav_ns0.5_speed1.npy"), kAtol);
    logMargin("z ns0.5", noisy.z, npy(dir + "dec_z_ns0.5_speed1.npy"));
  }
};

QTEST_GUILESS_MAIN(TestSovitsParity)
#include "TestSovitsParity.moc"
