// The best-window choice for long references: it must land on the speech and
// respect the 3-10 s limits.
#include <QtTest/QtTest>

#include "audio/ReferenceWindow.h"

#include <cmath>

using timbre::audio::chooseReferenceWindow;

class TestReferenceWindow : public QObject {
  Q_OBJECT

 private slots:
  void shortRecordingIsKeptWhole() {
    const std::vector<float> wave(16000 * 8, 0.1f);
    const auto range = chooseReferenceWindow(wave, 16000);
    QCOMPARE(range.begin, std::size_t(0));
    QCOMPARE(range.end, wave.size());
  }

  void windowLandsOnTheSpeech() {
    // 30 s of near-silence with a 7 s "speech" burst (a 200 Hz tone) from 12 s to 19 s.
    const int rate = 16000;
    std::vector<float> wave(std::size_t(rate) * 30, 0.0f);
    for (std::size_t i = 0; i < wave.size(); ++i) wave[i] = 1e-4f * float(std::sin(double(i)));
    for (std::size_t i = std::size_t(rate) * 12; i < std::size_t(rate) * 19; ++i)
      wave[i] = 0.3f * float(std::sin(2 * M_PI * 200.0 * double(i) / rate));
    const auto range = chooseReferenceWindow(wave, rate);
    const double begin = double(range.begin) / rate, end = double(range.end) / rate;
    QVERIFY2(end - begin >= 3.0 - 1e-9 && end - begin <= 10.0 + 1e-9, qPrintable(QString::number(end - begin)));
    QVERIFY2(begin <= 12.0 && end >= 19.0, qPrintable(QString("%1-%2").arg(begin).arg(end)));
  }
};

QTEST_GUILESS_MAIN(TestReferenceWindow)
#include "TestReferenceWindow.moc"
