// The best-window choice for long references: it respects the 3-10 s limits,
// lands on the speech, and begins and ends in a pause (no sentence cut in
// half) whenever such a window exists; otherwise it says it may cut a word.
#include <QtTest/QtTest>

#include "audio/AudioFile.h"
#include "audio/AudioLevels.h"
#include "audio/ReferenceWindow.h"
#include "support/SharedData.h"

#include <cmath>
#include <numbers>
#include <random>

using namespace timbre::audio;

namespace {

constexpr int kRate = 16000;

struct Span {
  double begin = 0, end = 0;  // seconds
};

// Room noise of the given RMS (dBFS), the same every run.
std::vector<float> noise(double seconds, double rmsDb) {
  std::mt19937 random(7);
  std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
  const float scale = float(std::pow(10.0, rmsDb / 20.0) * std::sqrt(3.0));  // uniform: RMS = 1/sqrt(3)
  std::vector<float> out(std::size_t(seconds * kRate));
  for (float& x : out) x = scale * uniform(random);
  return out;
}

// Adds voice-like sound over `span`: 150 Hz harmonics, syllables 3 times a
// second whose envelope dips but never falls silent (the gaps between words).
void addSpeech(std::vector<float>& wave, Span span, double peak = 0.25) {
  for (auto i = std::size_t(span.begin * kRate); i < std::size_t(span.end * kRate) && i < wave.size(); ++i) {
    const double t = double(i) / kRate;
    const double envelope = 0.35 + 0.65 * std::fabs(std::sin(std::numbers::pi * 3.0 * t));
    double v = 0;
    for (int h = 1; h <= 8; ++h) v += std::sin(2 * std::numbers::pi * 150.0 * h * t) / h;
    wave[i] += float(peak / 2.0 * envelope * v);
  }
}

std::vector<double> levels(const std::vector<float>& wave) {
  return frameLevelsDb(wave.data(), wave.size(), std::size_t(kWindowFrameSeconds * kRate));
}

double levelAt(const std::vector<double>& frameLevels, std::size_t sample) {
  return frameLevels.at(std::min(frameLevels.size() - 1, sample / std::size_t(kWindowFrameSeconds * kRate)));
}

QString describe(const ChosenWindow& w) {
  return QStringLiteral("%1-%2 s%3")
      .arg(double(w.begin) / kRate, 0, 'f', 2)
      .arg(double(w.end) / kRate, 0, 'f', 2)
      .arg(w.mayCutSpeech ? QStringLiteral(" (may cut)") : QString());
}

// The window is 3-10 s, both edges are pause frames, and no edge lies inside a
// sentence.
void checkCutsAtPauses(const std::vector<float>& wave, const ChosenWindow& w, const std::vector<Span>& sentences) {
  const double seconds = double(w.end - w.begin) / kRate;
  QVERIFY2(seconds >= 3.0 - 1e-9 && seconds <= 10.0 + 1e-9, qPrintable(describe(w)));
  QVERIFY2(!w.mayCutSpeech, qPrintable(describe(w)));
  const std::vector<double> frameLevels = levels(wave);
  const double threshold = pauseThresholdDb(frameLevels);
  QVERIFY2(levelAt(frameLevels, w.begin) < threshold,
           qPrintable(describe(w) + QStringLiteral(": start at %1 dB, pauses below %2 dB")
                                        .arg(levelAt(frameLevels, w.begin))
                                        .arg(threshold)));
  QVERIFY2(levelAt(frameLevels, w.end - 1) < threshold,
           qPrintable(describe(w) + QStringLiteral(": end at %1 dB, pauses below %2 dB")
                                        .arg(levelAt(frameLevels, w.end - 1))
                                        .arg(threshold)));
  for (const Span& s : sentences)
    for (const double edge : {double(w.begin) / kRate, double(w.end) / kRate})
      QVERIFY2(edge <= s.begin || edge >= s.end,
               qPrintable(describe(w) + QStringLiteral(" cuts the sentence %1-%2 s").arg(s.begin).arg(s.end)));
}

}  // namespace

class TestReferenceWindow : public QObject {
  Q_OBJECT

 private slots:
  void shortRecordingIsKeptWhole() {
    const std::vector<float> wave(kRate * 8, 0.1f);
    const auto range = chooseReferenceWindow(wave, kRate);
    QCOMPARE(range.begin, std::size_t(0));
    QCOMPARE(range.end, wave.size());
    QVERIFY(!range.mayCutSpeech);
  }

  void windowLandsOnTheSpeech() {
    // 30 s of near-silence with a 7 s "speech" burst (a 200 Hz tone) from 12 s to 19 s.
    std::vector<float> wave(std::size_t(kRate) * 30, 0.0f);
    for (std::size_t i = 0; i < wave.size(); ++i) wave[i] = 1e-4f * float(std::sin(double(i)));
    for (std::size_t i = std::size_t(kRate) * 12; i < std::size_t(kRate) * 19; ++i)
      wave[i] = 0.3f * float(std::sin(2 * M_PI * 200.0 * double(i) / kRate));
    const auto range = chooseReferenceWindow(wave, kRate);
    checkCutsAtPauses(wave, range, {{12.0, 19.0}});
    // The silence left over is shared: neither edge hugs the speech.
    const double begin = double(range.begin) / kRate, end = double(range.end) / kRate;
    QVERIFY2(begin <= 11.0 && end >= 20.0, qPrintable(describe(range)));
  }

  // The report of issue #19: a 17 s take of real sentences with their natural
  // silences; the window must hold whole sentences (as many as fit), not 0-10 s.
  void realSentencesAreNotCut() {
    std::vector<float> take;
    std::vector<Span> sentences;
    for (const char* name : {"BAC009S0150W0101", "BAC009S0150W0121", "BAC009S0150W0141", "BAC009S0150W0161"}) {
      const AudioBuffer clip =
          readAudioFile(timbre::test::sharedPath(std::string("audio/aishell/") + name + ".wav"));
      QCOMPARE(clip.sampleRateHz, kRate);
      QCOMPARE(clip.channels, 1);
      // The words: first to last frame within 12 dB of the clip's own loud
      // frames (the vowels); a breath after the last word is no part of them.
      const std::vector<double> clipLevels = levels(clip.samples);
      const double loud = percentile(clipLevels, 0.9);
      std::size_t first = clipLevels.size(), last = 0;
      for (std::size_t f = 0; f < clipLevels.size(); ++f)
        if (clipLevels[f] > loud - 12.0) first = std::min(first, f), last = f;
      const double offset = double(take.size()) / kRate;
      sentences.push_back({offset + double(first) * kWindowFrameSeconds, offset + double(last + 1) * kWindowFrameSeconds});
      take.insert(take.end(), clip.samples.begin(), clip.samples.end());
    }
    QVERIFY2(take.size() > std::size_t(16.5 * kRate), qPrintable(QString::number(double(take.size()) / kRate)));

    const ChosenWindow w = chooseReferenceWindow(take, kRate);
    checkCutsAtPauses(take, w, sentences);
    // More speech wins: two of the four sentences fit in 10 s, and both are in.
    int whole = 0;
    for (const Span& s : sentences) whole += s.begin >= double(w.begin) / kRate && s.end <= double(w.end) / kRate;
    QVERIFY2(whole >= 2, qPrintable(describe(w)));
  }

  // Speech-like bursts in a noisy room (noise 30 dB under the voice): the two
  // neighbouring bursts with the most speech, cut in the middle of the pauses.
  void burstsAreCutInTheMiddleOfTheirPauses() {
    std::vector<float> wave = noise(17.0, -50.0);
    const std::vector<Span> bursts = {{0.3, 4.0}, {4.6, 8.9}, {9.5, 13.4}, {14.0, 16.7}};
    for (const Span& b : bursts) addSpeech(wave, b);
    const ChosenWindow w = chooseReferenceWindow(wave, kRate);
    checkCutsAtPauses(wave, w, bursts);
    // Bursts 2 and 3 (8.2 s of speech) beat 1 and 2 (8.0 s); the pauses' middles are 4.3 s and 13.7 s.
    QVERIFY2(std::fabs(double(w.begin) / kRate - 4.3) <= 0.05, qPrintable(describe(w)));
    QVERIFY2(std::fabs(double(w.end) / kRate - 13.7) <= 0.05, qPrintable(describe(w)));
  }

  // A cut keeps 0.1 s clear of the speech (soft onsets and tails sit at the
  // edges of a pause): 9.88 s of speech with 20 ms of pause on each side does
  // not fit in 10 s that way, so the window holds the next sentence instead.
  void cutsKeepClearOfTheSpeech() {
    std::vector<float> wave = noise(17.0, -60.0);
    const std::vector<Span> bursts = {{0.5, 10.38}, {11.0, 16.7}};
    for (const Span& b : bursts) addSpeech(wave, b);
    const ChosenWindow w = chooseReferenceWindow(wave, kRate);
    checkCutsAtPauses(wave, w, bursts);
    const double begin = double(w.begin) / kRate, end = double(w.end) / kRate;
    for (const Span& b : bursts)
      for (const double edge : {b.begin, b.end})
        for (const double cut : {begin, end})
          QVERIFY2(std::fabs(cut - edge) >= 0.1 - 1e-9, qPrintable(describe(w)));
  }

  // The same at a much lower recording level: pauses are judged against the
  // take's own speech, not against full scale.
  void quietTakeIsJudgedByItsOwnLevel() {
    std::vector<float> wave = noise(17.0, -80.0);
    const std::vector<Span> bursts = {{0.3, 4.0}, {4.6, 8.9}, {9.5, 13.4}, {14.0, 16.7}};
    for (const Span& b : bursts) addSpeech(wave, b, 0.01);
    const ChosenWindow w = chooseReferenceWindow(wave, kRate);
    checkCutsAtPauses(wave, w, bursts);
  }

  // Gaps between words (0.1 s) are no pause: with nothing longer, the window
  // is the longest with the most speech and says it may cut a word.
  void withoutPausesTheWindowSaysItMayCut() {
    std::vector<float> wave = noise(17.0, -60.0);
    for (double t = 0.0; t < 17.0; t += 1.1) addSpeech(wave, {t, t + 1.0});
    const ChosenWindow w = chooseReferenceWindow(wave, kRate);
    QVERIFY2(w.mayCutSpeech, qPrintable(describe(w)));
    QCOMPARE(w.end - w.begin, std::size_t(10 * kRate));
  }
};

QTEST_GUILESS_MAIN(TestReferenceWindow)
#include "TestReferenceWindow.moc"
