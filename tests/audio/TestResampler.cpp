// Resamplers: libsoxr HQ (librosa's default) and the torchaudio-compatible
// sinc resampler, checked on pure tones against the analytic signal and on
// output lengths; the sinc path's parity with torchaudio is checked end to end
// in TestSpectrogram::fromReferenceFile.
#include "audio/Resampler.h"
#include "audio/SincResampler.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"

#include <QtTest/QtTest>

#include <cmath>

namespace {

constexpr double kPi = 3.14159265358979323846;

std::vector<float> tone(double freqHz, int rateHz, std::size_t n, double amp = 0.5) {
  std::vector<float> x(n);
  for (std::size_t i = 0; i < n; ++i) x[i] = static_cast<float>(amp * std::sin(2 * kPi * freqHz * double(i) / rateHz));
  return x;
}

// Largest |x - analytic tone| away from the edges (filter start-up/tail).
double maxToneError(const std::vector<float>& x, double freqHz, int rateHz, std::size_t margin, double amp = 0.5) {
  double err = 0;
  for (std::size_t i = margin; i + margin < x.size(); ++i)
    err = std::max(err, std::fabs(x[i] - amp * std::sin(2 * kPi * freqHz * double(i) / rateHz)));
  return err;
}

}  // namespace

class TestResampler : public QObject {
  Q_OBJECT

 private slots:
  void lengths() {
    QCOMPARE(timbre::audio::resampledLength(16000, 16000, 32000), std::size_t{32000});
    QCOMPARE(timbre::audio::resampledLength(3, 3, 2), std::size_t{2});
    QCOMPARE(timbre::audio::resampledLength(4, 3, 2), std::size_t{3});  // ceil(8/3)
    QCOMPARE(timbre::audio::resampledLength(44101, 44100, 32000), std::size_t{32001});
    const std::vector<float> x = tone(440, 44100, 44101);
    QCOMPARE(timbre::audio::resample(x, 44100, 32000).size(), std::size_t{32001});
    QCOMPARE(timbre::audio::resampleSinc(x.data(), x.size(), 44100, 32000).size(), std::size_t{32001});
    QCOMPARE(timbre::audio::resample(x, 44100, 44100), x);
  }

  void tonesSurvive_data() {
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<double>("freq");
    QTest::newRow("16k->32k 1k") << 16000 << 32000 << 1000.0;
    QTest::newRow("32k->16k 3k") << 32000 << 16000 << 3000.0;
    QTest::newRow("44.1k->32k 440") << 44100 << 32000 << 440.0;
    QTest::newRow("48k->16k 5k") << 48000 << 16000 << 5000.0;
    QTest::newRow("22.05k->32k 2k") << 22050 << 32000 << 2000.0;
  }
  void tonesSurvive() {
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(double, freq);
    const std::vector<float> x = tone(freq, from, std::size_t(from));  // 1 s
    const std::vector<float> soxr = timbre::audio::resample(x, from, to);
    const std::vector<float> sinc = timbre::audio::resampleSinc(x.data(), x.size(), from, to);
    const double eSoxr = maxToneError(soxr, freq, to, std::size_t(to / 20));
    const double eSinc = maxToneError(sinc, freq, to, std::size_t(to / 20));
    qInfo("%d -> %d Hz, %g Hz tone at 0.5: max error soxr %.2e, sinc %.2e", from, to, freq, eSoxr, eSinc);
    // soxr HQ is specified to 20-bit accuracy (~1e-6 of full scale); allow float rounding on top.
    QVERIFY2(eSoxr < 2e-5, qPrintable(QString::number(eSoxr)));
    // The Hann-windowed sinc with 6 zero crossings has passband ripple around
    // 1e-3 (it is a short filter); torchaudio's own output has the same error.
    QVERIFY2(eSinc < 5e-3, qPrintable(QString::number(eSinc)));
  }

  void sincKernel() {
    // 16k -> 32k: gcd 16000, 1 -> 2; width = ceil(6 * 1 / (1 * 0.99)) = 7.
    int64_t width = 0;
    const at::Tensor k = timbre::audio::sincResampleKernel(16000, 32000, {}, &width);
    QCOMPARE(width, int64_t{7});
    QCOMPARE(k.sizes().vec(), (std::vector<int64_t>{2, 1, 15}));
    // Phase 0 is centred on an input sample: its centre tap is rolloff * sinc(0) * hann(0) = 0.99.
    QCOMPARE(k[0][0][7].item<float>(), 0.99f);
    // The filter is symmetric around its centre.
    QVERIFY(at::allclose(k[0][0], k[0][0].flip(0), 0, 1e-7));
    // DC gain of each phase is close to 1 (mean preserved up to the filter's ripple).
    const at::Tensor gains = k.sum(-1);
    QVERIFY2(((gains - 1).abs() < 0.02).all().item<bool>(), qPrintable(timbre::test::describeDiff(gains, at::ones_like(gains))));
    // Batched [B, N] input gives the same as row by row.
    const at::Tensor rows = at::rand({3, 1000}) - 0.5;
    const at::Tensor out = timbre::audio::resampleSinc(rows, 16000, 32000);
    QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{3, 2000}));
    QVERIFY(at::allclose(out[1], timbre::audio::resampleSinc(rows[1], 16000, 32000), 0, 1e-7));
  }

  void impracticalPairFallsBack() {
    // gcd(44056, 32000) = 8 would need a 4000 x ~5.5k-tap bank per period; falls back to soxr.
    QVERIFY(!timbre::audio::sincKernelIsPractical(44056, 32000));
    QVERIFY(timbre::audio::sincKernelIsPractical(44100, 32000));
    const std::vector<float> x = tone(440, 44056, 44056);
    const std::vector<float> y = timbre::audio::resampleSinc(x.data(), x.size(), 44056, 32000);
    QCOMPARE(y.size(), std::size_t{32000});
    QVERIFY(maxToneError(y, 440, 32000, 1600) < 2e-5);
  }

  void badRates() {
    const std::vector<float> x(100, 0.1f);
    QVERIFY_THROWS_EXCEPTION(timbre::Error, timbre::audio::resample(x, 0, 16000));
    QVERIFY_THROWS_EXCEPTION(timbre::Error, timbre::audio::resample(x, 16000, -5));
    QVERIFY_THROWS_EXCEPTION(timbre::Error, timbre::audio::resample(x, 16000, 10000000));
    QVERIFY_THROWS_EXCEPTION(timbre::Error, timbre::audio::resampleSinc(x.data(), x.size(), 16000, 500));
  }
};

QTEST_MAIN(TestResampler)
#include "TestResampler.moc"
