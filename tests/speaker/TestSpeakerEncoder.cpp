// ERes2NetV2 speaker encoder and its Kaldi fbank against the aux-tiny fixtures
// (GPT-SoVITS's own kaldi.fbank and ERes2NetV2.forward3, random weights,
// m_channels 8): fbank, embedding from the golden fbank, wave end to end, the
// sizes read off the file, and the errors.
#include "checkpoint/Checkpoint.h"
#include "models/speaker/KaldiFbank.h"
#include "models/speaker/SpeakerEncoder.h"
#include "support/TestSupport.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <QtTest/QtTest>

#include <functional>

using namespace timbre;
using namespace timbre::speaker;

namespace {

std::string fixture(const std::string& name) { return test::sharedPath("fixtures/aux-tiny/eres2net/" + name); }

const std::string& modelPath() {
  static const std::string path = fixture("eres2netv2_tiny.ckpt");
  return path;
}

// Loaded once: every slot reuses it.
const SpeakerEncoder& tinyEncoder() {
  static const SpeakerEncoder encoder = SpeakerEncoder::load(modelPath());
  return encoder;
}

// Runs action; *ok is true when it threw timbre::Error with `expected`. Returns the message.
QString errorMessage(const std::function<void()>& action, ErrorCode expected, bool* ok) {
  *ok = false;
  try {
    action();
  } catch (const Error& e) {
    *ok = e.code() == expected;
    return QString::fromStdString(std::string(errorCodeName(e.code())) + ": " + e.what());
  }
  return QStringLiteral("(nothing thrown)");
}

// max over elements of |a - b| / max(1, |b|): absolute where the   // Hence |diff| <= 1e-5 * max(1, |value|): absolute 1e-5 near 0, relative for large logs.
  // These waves give logs in [-15.7, 0.65] (the floor is log(eps) = -15.9); float32 ulp
  // at 16 is 1.9e-6, and we measured at most 9.5e-7 absolute (2.3e-7 scaled), so 1e-5 is a
  // few ulps of headroom for another FFT backend and 10x tighter than the README's 1e-4. fbank is
// small, relative where its magnitude is large (see fbank()).
double maxScaledDiff(const at::Tensor& actual, const at::Tensor& expected) {
  const at::Tensor a = actual.to(at::kDouble), b = expected.to(at::kDouble);
  return ((a - b).abs() / b.abs().clamp_min(1.0)).max().item<double>();
}

// The two aux-tiny cases with their sizes (manifest.json).
void addCases() {
  QTest::addColumn<QString>("name");
  QTest::addColumn<int>("samples");
  QTest::addColumn<int>("frames");
  QTest::newRow("case0") << "case0" << 24000 << 148;
  QTest::newRow("case1") << "case1" << 43200 << 268;
}

}  // namespace

class TestSpeakerEncoder : public QObject {
  Q_OBJECT

 private slots:
  // Kaldi fbank of the wave vs GPT-SoVITS's kaldi.fbank(num_mel_bins=80, 16 kHz, dither 0).
  // The values are logs of mel energies, stored in float32: their rounding step grows with
  // |value| (ulp 1.9e-6 at 16), so the check is |diff| <= 1e-5 * max(1, |value|): absolute
  // near 0, relative for large logs. These waves give logs in [-15.7, 0.65] (the floor is
  // log(eps) = -15.9); we measured at most 9.5e-7 absolute (2.3e-7 scaled). 1e-5 leaves a
  // few ulps for another FFT backend and is 10x tighter than the README's 1e-4.
  void fbank_data() { addCases(); }
  void fbank() {
    QFETCH(QString, name);
    QFETCH(int, samples);
    QFETCH(int, frames);
    const at::Tensor wave = tensor::readNpy(fixture(name.toStdString() + "_wave.npy"));
    const at::Tensor expected = tensor::readNpy(fixture(name.toStdString() + "_fbank.npy"));
    QCOMPARE(wave.sizes().vec(), (std::vector<int64_t>{1, samples}));
    QCOMPARE(expected.sizes().vec(), (std::vector<int64_t>{1, frames, 80}));
    QCOMPARE(fbankFrameCount(samples), int64_t(frames));

    const at::Tensor actual = kaldiFbank(wave[0]);
    QCOMPARE(actual.sizes().vec(), (std::vector<int64_t>{frames, 80}));
    QCOMPARE(actual.scalar_type(), at::kFloat);
    const double scaled = maxScaledDiff(actual, expected[0]);
    qInfo("%s fbank: max abs diff %.3g, max diff / max(1, |value|) %.3g, values in [%.3f, %.3f]",
          qPrintable(name), test::maxAbsDiff(actual, expected[0]), scaled, expected.min().item<double>(),
          expected.max().item<double>());
    QVERIFY2(scaled <= 1e-5, qPrintable(test::describeDiff(actual, expected[0])));
    // [1, N] is accepted as sv.py passes it.
    TIMBRE_COMPARE_TENSORS(kaldiFbank(wave), actual, 0.0);
  }

  // forward3 on the golden fbank: only the network is compared here.
  void embeddingFromGoldenFbank_data() { addCases(); }
  void embeddingFromGoldenFbank() {
    QFETCH(QString, name);
    const at::Tensor fbank = tensor::readNpy(fixture(name.toStdString() + "_fbank.npy"));
    const at::Tensor expected = tensor::readNpy(fixture(name.toStdString() + "_embedding.npy"));
    QCOMPARE(expected.sizes().vec(), (std::vector<int64_t>{1, 2560}));
    const at::Tensor actual = tinyEncoder().embedFbank(fbank);
    qInfo("%s embedding from golden fbank: max abs diff %.3g (values up to %.3f)", qPrintable(name),
          test::maxAbsDiff(actual, expected), expected.abs().max().item<double>());
    TIMBRE_COMPARE_TENSORS(actual, expected, 1e-4);
  }

  // Wave -> our fbank -> embedding, as sv.py's compute_embedding3.
  void embedWave_data() { addCases(); }
  void embedWave() {
    QFETCH(QString, name);
    const at::Tensor wave = tensor::readNpy(fixture(name.toStdString() + "_wave.npy"));
    const at::Tensor expected = tensor::readNpy(fixture(name.toStdString() + "_embedding.npy"));
    const at::Tensor actual = tinyEncoder().embedWave(wave[0]);
    qInfo("%s embedding from wave: max abs diff %.3g", qPrintable(name), test::maxAbsDiff(actual, expected));
    TIMBRE_COMPARE_TENSORS(actual, expected, 1e-4);
    TIMBRE_COMPARE_TENSORS(tinyEncoder().embedWave(wave), actual, 0.0);
  }

  // Batched fbank gives each row's own embedding (sv.py stacks a batch).
  void batchOfTwo() {
    const at::Tensor fbank = tensor::readNpy(fixture("case0_fbank.npy"));
    const at::Tensor expected = tensor::readNpy(fixture("case0_embedding.npy"));
    const at::Tensor actual = tinyEncoder().embedFbank(at::cat({fbank, fbank}, 0));
    QCOMPARE(actual.sizes().vec(), (std::vector<int64_t>{2, 2560}));
    TIMBRE_COMPARE_TENSORS(actual[1].unsqueeze(0), expected, 1e-4);
  }

  // Sizes come from the tensor shapes (manifest: m_channels 8, baseWidth 24, scale 4,
  // expansion 4, blocks 3,4,6,3, 80 bins, 1001 state_dict entries, 1705456 parameters).
  void inferredConfig() {
    const SpeakerConfig& c = tinyEncoder().config();
    QCOMPARE(c.mChannels, int64_t(8));
    QCOMPARE(c.expansion, int64_t(4));
    QCOMPARE(c.scale, int64_t(4));
    // floor(planes * 24 / 64) for planes 8, 16, 32, 64
    QCOMPARE(c.widths, (std::array<int64_t, 4>{3, 6, 12, 24}));
    QCOMPARE(c.numBlocks, (std::array<int64_t, 4>{3, 4, 6, 3}));
    QCOMPARE(c.featDim, int64_t(80));
    QCOMPARE(c.embeddingSize, int64_t(192));
    QCOMPARE(c.outFreq(), int64_t(10));
    QCOMPARE(tinyEncoder().embeddingDim(), int64_t(2560));

    // Our parameter table plus what forward3 does not use (one num_batches_tracked per
    // BatchNorm, seg_1) is the whole file.
    const checkpoint::Checkpoint ckpt = checkpoint::loadCheckpoint(modelPath());
    const ParameterShapes shapes = speakerParameterShapes(c);
    int64_t batchNorms = 0, parameters = 0;
    for (const auto& [name, shape] : shapes) {
      QVERIFY2(ckpt.has(name), name.c_str());
      QCOMPARE(ckpt.tensors.at(name).sizes().vec(), shape);
      const bool isBuffer = name.find("running_") != std::string::npos;
      if (name.find("running_var") != std::string::npos) ++batchNorms;
      if (!isBuffer) parameters += c10::multiply_integers(shape);
    }
    parameters += ckpt.tensors.at("seg_1.weight").numel() + ckpt.tensors.at("seg_1.bias").numel();
    QCOMPARE(int64_t(ckpt.tensors.size()), int64_t(1001));
    QCOMPARE(int64_t(shapes.size()) + batchNorms + 2, int64_t(1001));
    QCOMPARE(parameters, int64_t(1705456));
  }

  // The released model's sizes (m_channels 64) give the 20480-wide embedding.
  void releasedSizes() {
    SpeakerConfig c;
    c.mChannels = 64;
    c.expansion = 4;
    c.scale = 4;
    c.widths = {24, 48, 96, 192};
    c.numBlocks = {3, 4, 6, 3};
    c.affInner = {0, 0, 24, 48};
    c.fuseInner = 512;
    QCOMPARE(c.embeddingDim(), int64_t(20480));
    const ParameterShapes shapes = speakerParameterShapes(c);
    QCOMPARE(shapes.at("layer3_ds.weight"), (std::vector<int64_t>{2048, 1024, 3, 3}));
    QCOMPARE(shapes.at("fuse34.local_att.0.weight"), (std::vector<int64_t>{512, 4096, 1, 1}));
    QCOMPARE(shapes.at("layer1.0.shortcut.0.weight"), (std::vector<int64_t>{256, 64, 1, 1}));
    QCOMPARE(shapes.count("layer1.1.shortcut.0.weight"), size_t(0));
    QCOMPARE(shapes.at("layer4.2.fuse_models.2.local_att.3.weight"), (std::vector<int64_t>{192, 48, 1, 1}));

    // A file of exactly those shapes (random values, plus the unused seg_1) is read back
    // as the same sizes and embeds to 20480 dims.
    checkpoint::Checkpoint ckpt;
    ckpt.path = "released-shapes.ckpt";
    at::manual_seed(7);
    for (const auto& [name, shape] : shapes) {
      const bool positive = name.find("running_var") != std::string::npos;
      ckpt.tensors[name] = positive ? at::rand(shape) + 0.5 : at::randn(shape) * 0.05;
    }
    ckpt.tensors["seg_1.weight"] = at::zeros({192, 40960});
    ckpt.tensors["seg_1.bias"] = at::zeros({192});
    const SpeakerEncoder encoder = SpeakerEncoder::fromCheckpoint(ckpt);
    QCOMPARE(encoder.config().widths, c.widths);
    QCOMPARE(encoder.config().affInner, c.affInner);
    QCOMPARE(encoder.config().fuseInner, c.fuseInner);
    QCOMPARE(encoder.config().featDim, int64_t(80));
    const at::Tensor e = encoder.embedFbank(at::randn({1, 50, 80}));
    QCOMPARE(e.sizes().vec(), (std::vector<int64_t>{1, 20480}));
    QVERIFY(at::isfinite(e).all().item<bool>());
  }

  void rejectsOtherCheckpoints() {
    bool ok = false;
    const std::string gpt = test::sharedPath("fixtures/v2-tiny/gpt.ckpt");
    QString message = errorMessage([&] { SpeakerEncoder::load(gpt); }, ErrorCode::ModelMismatch, &ok);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.contains("gpt.ckpt") && message.contains("conv1.weight") && message.contains("ERes2NetV2"),
             qPrintable(message));
    qInfo("%s", qPrintable(message));
  }

  void missingTensorIsNamed() {
    checkpoint::Checkpoint ckpt = checkpoint::loadCheckpoint(modelPath());
    ckpt.tensors.erase("layer4.2.fuse_models.1.local_att.4.running_var");
    bool ok = false;
    const QString message = errorMessage([&] { SpeakerEncoder::fromCheckpoint(ckpt); }, ErrorCode::ModelMismatch, &ok);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.contains("layer4.2.fuse_models.1.local_att.4.running_var") && message.contains("missing") &&
                 message.contains("[24]"),
             qPrintable(message));
  }

  void misshapenTensorIsNamed() {
    checkpoint::Checkpoint ckpt = checkpoint::loadCheckpoint(modelPath());
    ckpt.tensors["layer2.1.convs.2.weight"] = at::zeros({6, 5, 3, 3});
    bool ok = false;
    QString message = errorMessage([&] { SpeakerEncoder::fromCheckpoint(ckpt); }, ErrorCode::ModelMismatch, &ok);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.contains("layer2.1.convs.2.weight") && message.contains("[6, 5, 3, 3]") &&
                 message.contains("[6, 6, 3, 3]"),
             qPrintable(message));
    qInfo("%s", qPrintable(message));

    // A stem that is not [m, 1, 3, 3] is refused before any size is inferred from it.
    ckpt = checkpoint::loadCheckpoint(modelPath());
    ckpt.tensors["conv1.weight"] = at::zeros({8, 2, 3, 3});
    message = errorMessage([&] { SpeakerEncoder::fromCheckpoint(ckpt); }, ErrorCode::ModelMismatch, &ok);
    QVERIFY2(ok && message.contains("conv1.weight") && message.contains("[8, 2, 3, 3]"), qPrintable(message));
  }

  void rejectsBadInputs() {
    const SpeakerEncoder& encoder = tinyEncoder();
    const at::Tensor fbank = tensor::readNpy(fixture("case0_fbank.npy"));
    bool ok = false;
    const std::vector<std::pair<const char*, std::function<void()>>> bad = {
        {"2-D fbank", [&] { encoder.embedFbank(fbank[0]); }},
        {"81 bins", [&] { encoder.embedFbank(at::zeros({1, 100, 81})); }},
        {"[1, 80, T] (transposed)", [&] { encoder.embedFbank(fbank.transpose(1, 2)); }},
        {"no frames", [&] { encoder.embedFbank(at::zeros({1, 0, 80})); }},
        {"integer fbank", [&] { encoder.embedFbank(at::zeros({1, 10, 80}, at::kLong)); }},
        {"undefined fbank", [&] { encoder.embedFbank(at::Tensor()); }},
        {"stereo wave", [&] { encoder.embedWave(at::zeros({2, 16000})); }},
        {"3-D wave", [&] { encoder.embedWave(at::zeros({1, 1, 16000})); }},
        {"wave shorter than a frame", [&] { encoder.embedWave(at::zeros({399})); }},
        {"fbank of a stereo wave", [&] { kaldiFbank(at::zeros({2, 16000})); }},
        {"fbank of an integer wave", [&] { kaldiFbank(at::zeros({16000}, at::kShort)); }},
    };
    for (const auto& [what, action] : bad) {
      const QString message = errorMessage(action, ErrorCode::InvalidArgument, &ok);
      QVERIFY2(ok, qPrintable(QString(what) + ": " + message));
    }
    // One full frame is enough.
    QCOMPARE(kaldiFbank(at::zeros({400})).sizes().vec(), (std::vector<int64_t>{1, 80}));
    QCOMPARE(encoder.embedWave(at::zeros({400})).sizes().vec(), (std::vector<int64_t>{1, 2560}));
  }

  // Silence floors every mel energy at float epsilon; the log is then log(eps).
  void silenceIsFloored() {
    const at::Tensor f = kaldiFbank(at::zeros({1600}));
    QCOMPARE(f.sizes().vec(), (std::vector<int64_t>{8, 80}));
    QCOMPARE(f.min().item<float>(), std::log(1.1920928955078125e-07f));
    QCOMPARE(f.max().item<float>(), std::log(1.1920928955078125e-07f));
  }

  // snip_edges off: frames depend only on the shift ((N + 80) / 160 at 16 kHz).
  void framesWithoutSnipEdges() {
    FbankOptions options;
    options.snipEdges = false;
    QCOMPARE(fbankFrameCount(24000, options), int64_t(150));
    const at::Tensor wave = tensor::readNpy(fixture("case0_wave.npy"));
    const at::Tensor f = kaldiFbank(wave, options);
    QCOMPARE(f.sizes().vec(), (std::vector<int64_t>{150, 80}));
    // Frame i starts at 160 i - 120 (reflection padding 400/2 - 160/2), so frames 1..148
    // are the snip_edges frames of the wave without its first 40 samples.
    const at::Tensor inner = kaldiFbank(wave.slice(1, 40));
    QCOMPARE(inner.size(0), int64_t(148));
    TIMBRE_COMPARE_TENSORS(f.slice(0, 1, 149), inner, 1e-6);
    QVERIFY(at::isfinite(f).all().item<bool>());
  }
};

QTEST_GUILESS_MAIN(TestSpeakerEncoder)
#include "TestSpeakerEncoder.moc"
