// The slicer against the official tools/slicer2.py + slice_audio.py run on
// train-tiny/prep/long.wav with the WebUI defaults: the RMS curve (rel 1e-5),
// the chunk boundaries and every written slice byte for byte.
#include "audio/AudioFile.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"
#include "tensor/Npy.h"
#include "training/data/AtomicFile.h"
#include "training/data/Pcm16Wav.h"
#include "training/data/Slicer.h"

#include <QtTest/QtTest>

using namespace timbre;
using namespace timbre::training::data;

class TestTrainSlicer : public QObject {
  Q_OBJECT

  std::vector<float> m_long;
  nlohmann::json m_prep;

  static std::string prep(const std::string& rel) { return test::sharedPath("fixtures/train-tiny/prep/" + rel); }

 private slots:
  void initTestCase() {
    const audio::AudioBuffer buffer = audio::readAudioFile(prep("long.wav"));
    QCOMPARE(buffer.sampleRateHz, 32000);
    QCOMPARE(buffer.channels, 1);
    m_long = buffer.samples;
    m_prep = test::readJsonFile(test::sharedPath("fixtures/train-tiny/manifest.json")).at("prep");
    QCOMPARE(int64_t(m_long.size()), m_prep.at("slicer").at("input_samples").get<int64_t>());
  }

  void settingsConvertAsTheWebUi() {
    const SlicerFrames f = slicerFrames({});
    const auto& c = m_prep.at("slicer").at("converted");
    QCOMPARE(f.hop, c.at("hop_size").get<int64_t>());
    QCOMPARE(f.window, c.at("win_size").get<int64_t>());
    QCOMPARE(f.minLength, c.at("min_length").get<int64_t>());
    QCOMPARE(f.minInterval, c.at("min_interval").get<int64_t>());
    QCOMPARE(f.maxSilenceKept, c.at("max_sil_kept").get<int64_t>());
    QVERIFY(std::abs(f.threshold - c.at("threshold").get<double>()) < 1e-15);
  }

  void refusesInconsistentSettings() {
    SlicerSettings s;
    s.minIntervalMs = 5000;  // longer than the minimum length
    QVERIFY_THROWS_EXCEPTION(::timbre::Error, slicerFrames(s));
  }

  void rmsMatchesOfficial() {
    const SlicerFrames f = slicerFrames({});
    const std::vector<float> rms = slicerRms(m_long, f.window, f.hop);
    const at::Tensor expected = tensor::readNpy(prep("slicer_rms.npy"));
    QCOMPARE(int64_t(rms.size()), expected.numel());
    const at::Tensor actual = at::from_blob(const_cast<float*>(rms.data()), {int64_t(rms.size())}, at::kFloat).clone();
    const double rel = test::maxRelDiff(actual, expected);
    QVERIFY2(rel <= 1e-5, qPrintable(test::describeDiff(actual, expected)));
    qInfo("slicer rms: max rel diff %.3g, bit-identical values %lld of %lld", rel,
          static_cast<long long>(actual.eq(expected).sum().item<int64_t>()), static_cast<long long>(actual.numel()));
  }

  void chunksMatchOfficial() {
    const std::vector<SliceRange> ranges = sliceAtSilences(m_long);
    const auto& chunks = m_prep.at("slicer").at("chunks");
    QCOMPARE(ranges.size(), chunks.size());
    for (size_t i = 0; i < ranges.size(); ++i) {
      QCOMPARE(ranges[i].start, chunks[i].at("start").get<int64_t>());
      QCOMPARE(ranges[i].end, chunks[i].at("end").get<int64_t>());
      QCOMPARE(ranges[i].sampleCount(int64_t(m_long.size())), chunks[i].at("n_samples").get<int64_t>());
      QCOMPARE("prep/slices/" + sliceFileName("long.wav", ranges[i]), chunks[i].at("file").get<std::string>());
    }
  }

  void sliceFilesAreByteExact() {
    for (const SliceRange& range : sliceAtSilences(m_long)) {
      const int64_t count = range.sampleCount(int64_t(m_long.size()));
      const std::string bytes = pcm16WavBytes(mixSliceToPcm16(m_long.data() + range.start, count), 32000);
      const std::string expected = readWholeFile(prep("slices/" + sliceFileName("long.wav", range)));
      QCOMPARE(bytes.size(), expected.size());
      if (bytes != expected) {
        size_t at = 0;
        while (bytes[at] == expected[at]) ++at;
        QFAIL(qPrintable(QString("%1 differs first at byte %2").arg(QString::fromStdString(sliceFileName("long.wav", range))).arg(at)));
      }
    }
  }

  void silentInputGivesZerosNotNan() {
    const std::vector<float> zeros(1000, 0.0f);
    for (int16_t s : mixSliceToPcm16(zeros.data(), 1000)) QCOMPARE(s, int16_t(0));
  }

  void pcm16RoundTrip() {
    const std::vector<int16_t> samples = {0, 1, -1, 32767, -32768, 1234};
    int rate = 0;
    QCOMPARE(readPcm16Wav(pcm16WavBytes(samples, 32000), "x.wav", &rate), samples);
    QCOMPARE(rate, 32000);
    QVERIFY_THROWS_EXCEPTION(::timbre::Error, readPcm16Wav("RIFF....WAVE", "broken.wav"));
  }
};

QTEST_GUILESS_MAIN(TestTrainSlicer)
#include "TestTrainSlicer.moc"
