// The reference linear spectrogram against the official one: from the 32 kHz
// fixture waveforms (v2-tiny, v2pro-tiny), and through the whole reference path
// (16 kHz WAV -> torchaudio-sinc 32 kHz -> peak normalisation -> spectrogram)
// against the end-to-end fixtures (e2e-tiny).
#include "audio/AudioFile.h"
#include "audio/ReferenceAudio.h"
#include "audio/Spectrogram.h"
#include "support/TestSupport.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <QtTest/QtTest>

using timbre::test::sharedPath;

namespace {

// Spectrogram parity: relative error per bin, where bins far below the
// tensor's peak are judged against 1e-3 of that peak. The FFT of a float32
// frame carries rounding error proportional to the frame's energy, not to each
// bin, so a bin 80 dB down (or the 1e-4 floor of a silent bin) cannot be
// compared relatively by any float32 implementation, the official one included.
constexpr double kRelTol = 1e-5;
constexpr double kFloorOfPeak = 1e-3;

void checkSpectrogram(const at::Tensor& actual, const at::Tensor& expected, const char* what) {
  QCOMPARE(actual.sizes().vec(), expected.sizes().vec());
  QCOMPARE(actual.scalar_type(), at::kFloat);
  const double peak = expected.abs().max().item<double>();
  const double rel = timbre::test::maxRelDiff(actual, expected, kFloorOfPeak * peak);
  const double absOfPeak = timbre::test::maxAbsDiff(actual, expected) / peak;
  qInfo("%s: frames %lld, peak %.4g, max rel diff %.3g (floor %.3g), max abs diff / peak %.3g", what,
        static_cast<long long>(expected.size(-1)), peak, rel, kFloorOfPeak * peak, absOfPeak);
  QVERIFY2(rel <= kRelTol, qPrintable(timbre::test::describeDiff(actual, expected)));
  QVERIFY2(absOfPeak <= 1e-6, qPrintable(timbre::test::describeDiff(actual, expected)));
}

}  // namespace

class TestSpectrogram : public QObject {
  Q_OBJECT

 private slots:
  void fromFixtureWaveform_data() {
    QTest::addColumn<QString>("wav");
    QTest::addColumn<QString>("spec");
    for (const char* c : {"case0", "case1", "case2"}) {
      const QString dir = QStringLiteral("fixtures/v2-tiny/%1/").arg(c);
      QTest::newRow(c) << dir + "ref_wav_32k.npy" << dir + "ref_spec.npy";
    }
    for (const char* c : {"pro_case0", "pro_case1", "proplus_case0", "proplus_case1"}) {
      const QString dir = QStringLiteral("fixtures/v2pro-tiny/%1/").arg(c);
      QTest::newRow(c) << dir + "ref_wav_32k.npy" << dir + "ref_spec.npy";
    }
    for (const char* i : {"0", "1"}) {
      const QString dir = QStringLiteral("fixtures/v2pro-tiny/pro_avg2/");
      QTest::newRow(qPrintable(QStringLiteral("pro_avg2_%1").arg(i)))
          << dir + "ref_wav_32k_" + i + ".npy" << dir + "ref_spec_" + i + ".npy";
    }
  }
  void fromFixtureWaveform() {
    QFETCH(QString, wav);
    QFETCH(QString, spec);
    const at::Tensor w = timbre::tensor::readNpy(sharedPath(wav.toStdString()));  // [N]
    const at::Tensor expected = timbre::tensor::readNpy(sharedPath(spec.toStdString()));
    QCOMPARE(w.dim(), 1);
    // frames = (N - 640) // 640 + 1 (fixtures README)
    QCOMPARE(expected.size(-1), (w.size(0) - 640) / 640 + 1);
    QCOMPARE(expected.size(1), int64_t{1025});
    // The fixture tones peak at 0.6, so normalisation must leave them alone.
    QVERIFY(timbre::audio::normalizePeak(w).equal(w));
    checkSpectrogram(timbre::audio::linearSpectrogram(w), expected, qPrintable(wav));
    // [1, N] gives the same.
    QVERIFY(timbre::audio::linearSpectrogram(w.unsqueeze(0)).equal(timbre::audio::linearSpectrogram(w)));
  }

  // Whole official reference path from real 16 kHz speech.
  void fromReferenceFile_data() {
    QTest::addColumn<QString>("wav");
    QTest::addColumn<QString>("spec");
    for (const char* c : {"case0_zh_short", "case1_zh_long_cut5", "case2_en", "case3_mixed_zh_en",
                          "case4_zh_speed1.25", "case5_zh_two_refs"}) {
      const QString dir = QStringLiteral("fixtures/e2e-tiny/%1/").arg(c);
      QTest::newRow(c) << dir + "ref.wav" << dir + "ref_spec.npy";
    }
    QTest::newRow("case5_aux_ref1") << "fixtures/e2e-tiny/case5_zh_two_refs/aux_ref1.wav"
                                    << "fixtures/e2e-tiny/case5_zh_two_refs/aux_ref_spec1.npy";
  }
  void fromReferenceFile() {
    QFETCH(QString, wav);
    QFETCH(QString, spec);
    const timbre::audio::AudioBuffer audio = timbre::audio::readAudioFile(sharedPath(wav.toStdString()));
    QCOMPARE(audio.sampleRateHz, 16000);
    QCOMPARE(audio.channels, 1);
    const at::Tensor w32 = timbre::audio::referenceWaveform(audio);
    QCOMPARE(w32.dim(), 2);
    QCOMPARE(w32.size(1), static_cast<int64_t>(2 * audio.frames()));  // ceil(N * 32000 / 16000)
    const at::Tensor expected = timbre::tensor::readNpy(sharedPath(spec.toStdString()));
    checkSpectrogram(timbre::audio::referenceSpectrogram(audio), expected, qPrintable(wav));
  }

  void peakNormalisation() {
    const at::Tensor quiet = at::tensor({0.5f, -1.0f, 0.25f});
    QVERIFY(timbre::audio::normalizePeak(quiet).equal(quiet));  // max|x| == 1: untouched
    const at::Tensor loud = at::tensor({0.5f, -1.5f, 0.75f});
    QVERIFY(timbre::audio::normalizePeak(loud).allclose(loud / 1.5));
    const at::Tensor clipped = at::tensor({4.0f, -1.0f});  // divided by min(2, 4) = 2, not 4
    QVERIFY(timbre::audio::normalizePeak(clipped).equal(at::tensor({2.0f, -0.5f})));
    std::vector<float> v{3.0f, 1.0f};
    timbre::audio::normalizePeakInPlace(v);
    QCOMPARE(v, (std::vector<float>{1.5f, 0.5f}));
  }

  void shapesAndErrors() {
    // 0.1 s of 32 kHz: frames = (3200 - 640) / 640 + 1 = 5
    const at::Tensor w = at::rand({3200}) - 0.5;
    const at::Tensor s = timbre::audio::linearSpectrogram(w);
    QCOMPARE(s.sizes().vec(), (std::vector<int64_t>{1, 1025, 5}));
    // Silent input gives exactly sqrt(1e-8) in every bin.
    const at::Tensor z = timbre::audio::linearSpectrogram(at::zeros({3200}));
    QVERIFY(at::allclose(z, at::full_like(z, 1e-4), 0, 1e-9));
    // Too short to reflect-pad 704 samples.
    QVERIFY_THROWS_EXCEPTION(timbre::Error, timbre::audio::linearSpectrogram(at::zeros({700})));
    QVERIFY_THROWS_EXCEPTION(timbre::Error, timbre::audio::linearSpectrogram(at::zeros({2, 2, 4000})));
    QVERIFY_THROWS_EXCEPTION(timbre::Error, timbre::audio::linearSpectrogram(at::zeros({4000}, at::kDouble)));
  }
};

QTEST_MAIN(TestSpectrogram)
#include "TestSpectrogram.moc"
