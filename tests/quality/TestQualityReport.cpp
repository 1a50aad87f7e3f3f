// The reference quality report: real speech passes, made-up bad clips get the
// levels a person would give them, and the meters read known signals right.
#include "audio/AudioFile.h"
#include "audio/QualityReport.h"
#include "support/SharedData.h"

#include <QDir>
#include <QtTest/QtTest>

#include <cmath>
#include <cstdint>

using namespace timbre::audio;

namespace {

// A good reference: 4.07 s of AISHELL-1 speech, 16 kHz mono (the e2e case0 reference).
AudioBuffer speech() { return readAudioFile(timbre::test::sharedPath("audio/aishell/BAC009S0150W0121.wav")); }

AudioBuffer sine(double hz, double amplitude, double seconds, int rate) {
  AudioBuffer b;
  b.sampleRateHz = rate;
  b.samples.resize(std::size_t(seconds * rate));
  for (std::size_t i = 0; i < b.samples.size(); ++i)
    b.samples[i] = float(amplitude * std::sin(2.0 * M_PI * hz * double(i) / rate));
  return b;
}

QualityLevel level(const QualityReport& r, QualityCheck c) { return r.item(c).level; }

}  // namespace

class TestQualityReport : public QObject {
  Q_OBJECT

 private slots:
  // Every AISHELL clip: nothing but the 3-10 s rule may fail, and the clips of
  // a usable length pass overall (at most a warning).
  void realSpeechPasses() {
    const QStringList files =
        QDir(QString::fromStdString(timbre::test::sharedPath("audio/aishell"))).entryList({"*.wav"}, QDir::Files);
    QCOMPARE(files.size(), 24);
    int usable = 0, clean = 0;
    for (const QString& name : files) {
      const AudioBuffer a = readAudioFile(timbre::test::sharedPath("audio/aishell/" + name.toStdString()));
      const QualityReport r = analyzeReference(a);
      QCOMPARE(r.items.size(), std::size_t(7));
      const bool lengthOk = a.durationSeconds() >= 3.0 && a.durationSeconds() <= 10.0;
      QCOMPARE(level(r, QualityCheck::Duration), lengthOk ? QualityLevel::Pass : QualityLevel::Fail);
      for (const QualityItem& item : r.items) {
        if (item.check == QualityCheck::Duration) continue;
        if (item.level == QualityLevel::Fail) QFAIL(qPrintable(name + ": " + QString::fromStdString(item.title) + " failed"));
        QVERIFY(!item.hint.empty());
        QVERIFY(!item.value.empty());
      }
      QCOMPARE(level(r, QualityCheck::Clipping), QualityLevel::Pass);
      QCOMPARE(level(r, QualityCheck::DcOffset), QualityLevel::Pass);
      QCOMPARE(r.sampleRateHz, 16000);
      QCOMPARE(r.channels, 1);
      if (lengthOk) {
        ++usable;
        if (r.overall() == QualityLevel::Pass) ++clean;
      }
    }
    QCOMPARE(usable, 16);
    QVERIFY2(clean >= 13, qPrintable(QString::number(clean)));
  }

  // EBU Tech 3341 test 1: a 1 kHz sine at -23 dBFS in both stereo channels
  // reads -23.0 LUFS. A mono file counts as dual mono, so it reads the same.
  void loudnessOfKnownSine() {
    const double amplitude = std::pow(10.0, -23.0 / 20.0);
    const AudioBuffer s = sine(1000, amplitude, 20, 48000);
    AudioBuffer stereo;
    stereo.sampleRateHz = 48000;
    stereo.channels = 2;
    for (float x : s.samples) stereo.samples.insert(stereo.samples.end(), {x, x});
    const QualityReport st = analyzeReference(stereo);
    QVERIFY2(std::fabs(st.loudnessLufs - -23.0) < 0.1, qPrintable(QString::number(st.loudnessLufs)));
    const QualityReport mono = analyzeReference(s);
    QVERIFY2(std::fabs(mono.loudnessLufs - st.loudnessLufs) < 0.01, qPrintable(QString::number(mono.loudnessLufs)));
    QCOMPARE(st.channels, 2);
    QCOMPARE(level(st, QualityCheck::Format), QualityLevel::Pass);
    QVERIFY(std::fabs(mono.peakDbfs - -23.0) < 0.01);
  }

  void silence() {
    AudioBuffer a;
    a.sampleRateHz = 16000;
    a.samples.assign(5 * 16000, 0.0f);
    const QualityReport r = analyzeReference(a);
    QCOMPARE(level(r, QualityCheck::Duration), QualityLevel::Pass);
    QCOMPARE(level(r, QualityCheck::Loudness), QualityLevel::Fail);
    QCOMPARE(level(r, QualityCheck::Noise), QualityLevel::Fail);
    QCOMPARE(level(r, QualityCheck::Speech), QualityLevel::Fail);
    QCOMPARE(level(r, QualityCheck::Clipping), QualityLevel::Pass);
    QCOMPARE(r.overall(), QualityLevel::Fail);
    QCOMPARE(r.speechRatio, 0.0);
    QVERIFY(r.item(QualityCheck::Loudness).hint.find("silent") != std::string::npos);
  }

  void clipped() {
    AudioBuffer a = speech();
    for (float& x : a.samples) x = std::clamp(x * 20.0f, -1.0f, 1.0f);
    const QualityReport r = analyzeReference(a);
    QCOMPARE(level(r, QualityCheck::Clipping), QualityLevel::Fail);
    QVERIFY(r.clippedSamples > 100);
    QCOMPARE(r.overall(), QualityLevel::Fail);
  }

  // A handful of full-scale samples is counted exactly and only warned about.
  void fewClippedSamples() {
    AudioBuffer a = speech();
    for (std::size_t i = 0; i < 7; ++i) a.samples[1000 + 997 * i] = (i % 2) ? -1.0f : 0.9995f;
    const QualityReport r = analyzeReference(a);
    QCOMPARE(r.clippedSamples, std::size_t(7));
    QCOMPARE(level(r, QualityCheck::Clipping), QualityLevel::Warn);
  }

  void tooShort() {
    AudioBuffer a = speech();
    a.samples.resize(16000);
    const QualityReport r = analyzeReference(a);
    QCOMPARE(level(r, QualityCheck::Duration), QualityLevel::Fail);
    QVERIFY(r.item(QualityCheck::Duration).hint.find("too short") != std::string::npos);
  }

  void tooLong() {
    const AudioBuffer one = speech();
    AudioBuffer a = one;
    while (a.durationSeconds() < 20.0) a.samples.insert(a.samples.end(), one.samples.begin(), one.samples.end());
    a.samples.resize(20 * 16000);
    const QualityReport r = analyzeReference(a);
    QCOMPARE(r.durationSeconds, 20.0);
    QCOMPARE(level(r, QualityCheck::Duration), QualityLevel::Fail);
    QVERIFY(r.item(QualityCheck::Duration).hint.find("too long") != std::string::npos);
    // Nothing else is wrong with it.
    for (const QualityItem& item : r.items)
      if (item.check != QualityCheck::Duration) QVERIFY(item.level != QualityLevel::Fail);
  }

  void dcOffset() {
    AudioBuffer a = speech();
    const double before = analyzeReference(a).dcOffset;
    for (float& x : a.samples) x += 0.1f;
    const QualityReport r = analyzeReference(a);
    QVERIFY(std::fabs(r.dcOffset - (before + 0.1)) < 1e-5);
    QCOMPARE(level(r, QualityCheck::DcOffset), QualityLevel::Fail);
    AudioBuffer slight = speech();
    for (float& x : slight.samples) x += 0.01f;
    QCOMPARE(level(analyzeReference(slight), QualityCheck::DcOffset), QualityLevel::Warn);
  }

  // Loud white noise: no speech stands out, and it is too loud.
  void loudNoise() {
    AudioBuffer a;
    a.sampleRateHz = 16000;
    a.samples.resize(5 * 16000);
    uint32_t state = 12345;
    for (float& x : a.samples) {
      state = state * 1664525u + 1013904223u;
      x = 0.9f * (float(state >> 8) / float(1u << 24) * 2.0f - 1.0f);
    }
    const QualityReport r = analyzeReference(a);
    QCOMPARE(level(r, QualityCheck::Noise), QualityLevel::Fail);
    QCOMPARE(level(r, QualityCheck::Speech), QualityLevel::Fail);
    QCOMPARE(level(r, QualityCheck::Loudness), QualityLevel::Warn);
    QVERIFY(r.snrDb < 3.0);
  }

  // Speech 12 dB down is "too quiet", 40 dB down "far too quiet".
  void quietSpeech() {
    AudioBuffer a = speech();
    const double reference = analyzeReference(a).loudnessLufs;
    for (float& x : a.samples) x *= 0.25f;
    const QualityReport r = analyzeReference(a);
    QVERIFY(std::fabs(r.loudnessLufs - (reference - 12.04)) < 0.05);
    QCOMPARE(level(r, QualityCheck::Loudness), QualityLevel::Warn);
    QVERIFY(r.item(QualityCheck::Loudness).hint.find("move closer") != std::string::npos);
    for (float& x : a.samples) x *= 0.04f;
    QCOMPARE(level(analyzeReference(a), QualityCheck::Loudness), QualityLevel::Fail);
  }

  void lowSampleRate() {
    const AudioBuffer s = speech();
    AudioBuffer a;
    a.sampleRateHz = 8000;
    for (std::size_t i = 0; i < s.samples.size(); i += 2) a.samples.push_back(s.samples[i]);
    QCOMPARE(level(analyzeReference(a), QualityCheck::Format), QualityLevel::Warn);
  }

  void emptyBuffer() {
    AudioBuffer a;
    a.sampleRateHz = 16000;
    const QualityReport r = analyzeReference(a);
    QCOMPARE(level(r, QualityCheck::Duration), QualityLevel::Fail);
    QCOMPARE(r.overall(), QualityLevel::Fail);
  }
};

QTEST_MAIN(TestQualityReport)
#include "TestQualityReport.moc"
