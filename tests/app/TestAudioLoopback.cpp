// Real audio through PortAudio without a sound card: a private PulseAudio
// server with a null sink (PulseNullSink.h). AudioPlayer plays a 440 Hz sine
// into the sink while AudioRecorder records the sink's monitor; the take must
// hold the same sine (RMS, frequency). Then the whole Record… flow of the
// Voice panel on the same server. The test fails, never skips, when the
// server cannot start: CI must have pulseaudio, pulseaudio-utils and
// libasound2-plugins.
#include "AudioPlayer.h"
#include "AudioRecorder.h"
#include "LevelMeter.h"
#include "QualityView.h"
#include "RecordDialog.h"
#include "VoicePanel.h"
#include "WaveformView.h"
#include "MonitorRecording.h"
#include "PulseNullSink.h"
#include "audio/AudioFile.h"

#include <QPushButton>
#include <QStandardPaths>
#include <QtTest/QtTest>

#include <cmath>
#include <numbers>

using namespace timbre::gui;
using timbre::audio::AudioBuffer;

namespace {

constexpr double kAmplitude = 0.5;
constexpr double kFrequencyHz = 440.0;

AudioBuffer sine(double seconds, int rateHz, double frequencyHz = kFrequencyHz, double amplitude = kAmplitude) {
  AudioBuffer out;
  out.sampleRateHz = rateHz;
  out.samples.resize(std::size_t(seconds * rateHz));
  for (std::size_t i = 0; i < out.samples.size(); ++i)
    out.samples[i] = float(amplitude * std::sin(2 * std::numbers::pi * frequencyHz * double(i) / rateHz));
  return out;
}

// |DFT| of x at frequencyHz (Goertzel), normalised so a full-length sine of amplitude a gives a/2.
double dftMagnitude(const float* x, std::size_t n, int rateHz, double frequencyHz) {
  const double w = 2 * std::numbers::pi * frequencyHz / rateHz;
  const double c = 2 * std::cos(w);
  double s1 = 0, s2 = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double s0 = x[i] + c * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  const double re = s1 - s2 * std::cos(w), im = s2 * std::sin(w);
  return std::sqrt(re * re + im * im) / double(n);
}

// Where the played tone is in a take: from the first to the last sample above a threshold.
std::pair<std::size_t, std::size_t> toneExtent(const std::vector<float>& x, float threshold = 0.1f) {
  std::size_t first = x.size(), last = 0;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (std::fabs(x[i]) > threshold) {
      first = std::min(first, i);
      last = i;
    }
  return {first, last};
}

// The recorded take holds one unbroken tone of `seconds` at 440 Hz with the
// played RMS: the tone's extent, then its steady middle by RMS, zero
// crossings and the spectrum's peak.
void verifyRecordedSine(const AudioBuffer& take, double seconds) {
  const int rate = take.sampleRateHz;
  const auto [first, last] = toneExtent(take.samples);
  QVERIFY2(first < last, "the take holds no tone");
  const double toneSeconds = double(last - first) / rate;
  QVERIFY2(std::abs(toneSeconds - seconds) < 0.05, qPrintable(QStringLiteral("tone lasts %1 s").arg(toneSeconds)));
  // The steady middle: 0.1 s away from both ends.
  const std::size_t begin = first + std::size_t(0.1 * rate), end = last - std::size_t(0.1 * rate);
  const float* x = take.samples.data() + begin;
  const std::size_t n = end - begin;
  double sumSquares = 0;
  std::size_t crossings = 0;
  for (std::size_t i = 0; i < n; ++i) {
    sumSquares += double(x[i]) * x[i];
    if (i > 0 && (x[i - 1] < 0) != (x[i] < 0)) ++crossings;
  }
  const double rms = std::sqrt(sumSquares / double(n));
  const double expectedRms = kAmplitude / std::sqrt(2.0);
  QVERIFY2(std::abs(rms - expectedRms) < 0.01 * expectedRms,
           qPrintable(QStringLiteral("RMS %1, expected %2").arg(rms).arg(expectedRms)));
  // Two zero crossings per period.
  const double zeroCrossingHz = crossings / 2.0 / (double(n) / rate);
  QVERIFY2(std::abs(zeroCrossingHz - kFrequencyHz) < 2.0, qPrintable(QString::number(zeroCrossingHz)));
  // And the spectrum's peak over 50 Hz - 4 kHz (5 Hz steps) is at 440 Hz, with a/2 there.
  double bestHz = 0, best = 0;
  for (double hz = 50; hz <= 4000; hz += 5) {
    const double m = dftMagnitude(x, n, rate, hz);
    if (m > best) best = m, bestHz = hz;
  }
  QCOMPARE(bestHz, kFrequencyHz);
  QVERIFY2(std::abs(best - kAmplitude / 2) < 0.02, qPrintable(QString::number(best)));
}

// The longest stretch of quiet samples between first and last loud one, in
// seconds: a sine of amplitude 0.5 is below 0.1 for ~0.15 ms at a time, so
// anything longer is a gap in the played audio.
double longestQuietSeconds(const AudioBuffer& take, float threshold = 0.1f) {
  const auto [first, last] = toneExtent(take.samples, threshold);
  std::size_t longest = 0, run = 0;
  for (std::size_t i = first; i <= last && i < take.samples.size(); ++i) {
    run = std::fabs(take.samples[i]) > threshold ? 0 : run + 1;
    longest = std::max(longest, run);
  }
  return double(longest) / take.sampleRateHz;
}

}  // namespace

class TestAudioLoopback : public QObject {
  Q_OBJECT

  timbre::test::PulseNullSink m_pulse;

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    // Must succeed: without the server nothing here would test anything.
    QVERIFY2(m_pulse.start(&error), qPrintable(error));
    qInfo("private pulseaudio server, pid %lld", m_pulse.pid());
  }

  void cleanupTestCase() {
    const qint64 pid = m_pulse.pid();
    m_pulse.stop();
    QVERIFY(!m_pulse.isRunning());
    if (pid > 0) QVERIFY2(::kill(pid_t(pid), 0) != 0, "the pulseaudio server is still alive");
  }

  // PortAudio (ALSA → pulse) sees an input, and the default one is marked.
  void listsInputDevices() {
    AudioRecorder recorder;
    QString error;
    const QList<InputDevice> devices = recorder.inputDevices(&error);
    QVERIFY2(!devices.isEmpty(), qPrintable(error));
    int defaults = 0;
    for (const InputDevice& d : devices) {
      QVERIFY(d.index >= 0);
      QVERIFY(!d.name.isEmpty());
      QVERIFY(d.defaultSampleRateHz > 0);
      defaults += d.isDefault;
    }
    QCOMPARE(defaults, 1);
  }

  // Play a 2 s sine of amplitude 0.5 while recording the monitor: the take's
  // steady part has RMS 0.5/√2 and its strongest frequency is 440 Hz.
  void playedSineIsRecordedBack() {
    AudioRecorder recorder;
    AudioPlayer player;
    int rate = 0, levels = 0;
    double loudestPeak = AudioRecorder::kSilenceDbfs;
    QString failure;
    AudioBuffer take;
    // Receives the callbacks, so none queued from the recorder's thread outlives the locals they write.
    QObject context;
    connect(&recorder, &AudioRecorder::started, &context, [&](int hz) { rate = hz; });
    connect(&recorder, &AudioRecorder::level, &context, [&](double peak, double) {
      ++levels;
      loudestPeak = std::max(loudestPeak, peak);
    });
    connect(&recorder, &AudioRecorder::failed, &context, [&](const QString& m) { failure = m; });
    connect(&player, &AudioPlayer::failed, &context, [&](const QString& m) { failure = m; });
    connect(&recorder, &AudioRecorder::finished, &context, [&](const AudioBuffer& t) { take = t; });

    QVERIFY(recorder.start(AudioRecorder::kDefaultDevice, timbre::test::PulseNullSink::kRateHz));
    QTRY_VERIFY2_WITH_TIMEOUT(rate > 0 || !failure.isEmpty(), "the recorder did not start", 10000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(rate, timbre::test::PulseNullSink::kRateHz);
    QVERIFY(recorder.isRecording());
    QTest::qWait(200);

    player.play(sine(2.0, rate));
    QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 15000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QTest::qWait(300);  // the sink's latency: let the tail arrive
    const double seconds = recorder.recordedSeconds();
    const AudioBuffer returned = recorder.stop();
    QVERIFY(!recorder.isRecording());
    QCOMPARE(take.samples, returned.samples);  // finished() carries what stop() returns
    QCOMPARE(take.sampleRateHz, rate);
    QCOMPARE(take.channels, 1);
    QVERIFY(std::abs(take.durationSeconds() - seconds) < 0.05);

    // About 20 level updates a second, the loudest at the sine's peak: 20·log10(0.5) = -6.02 dBFS.
    QVERIFY2(levels >= int(take.durationSeconds() * 20 * 0.7) && levels <= int(take.durationSeconds() * 20 * 1.3) + 1,
             qPrintable(QStringLiteral("%1 level updates in %2 s").arg(levels).arg(take.durationSeconds())));
    QVERIFY2(std::abs(loudestPeak - 20 * std::log10(kAmplitude)) < 0.5, qPrintable(QString::number(loudestPeak)));

    verifyRecordedSine(take, 2.0);
  }

  // Played while it still arrives (as while the studio generates): a 2 s sine
  // appended in three parts 0.3 s apart, ahead of the device, comes back as
  // one unbroken tone; what comes after the end is ignored.
  void streamedSineIsRecordedBack() {
    const AudioBuffer whole = sine(2.0, timbre::test::PulseNullSink::kRateHz);
    AudioPlayer player;
    AudioBuffer take;
    timbre::test::recordWhilePlaying(
        player,
        [&] {
          player.playStream(whole.sampleRateHz);
          QVERIFY(player.isPlaying());
          const std::size_t third = whole.frames() / 3;
          for (std::size_t k = 0; k < 3; ++k) {
            const std::size_t from = k * third, to = k == 2 ? whole.frames() : (k + 1) * third;
            player.appendStream(whole.samples.data() + from, to - from);
            QCOMPARE(player.streamedFrames(), to);
            if (k < 2) QTest::qWait(300);
          }
          player.endStream();
          player.appendStream(whole.samples.data(), 100);
          QCOMPARE(player.streamedFrames(), whole.frames());
        },
        &take);
    if (QTest::currentTestFailed()) return;
    verifyRecordedSine(take, 2.0);
    if (QTest::currentTestFailed()) return;
    const double quiet = longestQuietSeconds(take);
    QVERIFY2(quiet < 0.001, qPrintable(QStringLiteral("a gap of %1 s in the tone").arg(quiet)));
  }

  // A stream that runs dry plays silence meanwhile and goes on when more
  // comes: 0.5 s, then 1.2 s after the device began playing it another 0.5 s,
  // give two tones about 0.7 s apart.
  void starvedStreamGoesOn() {
    const AudioBuffer half = sine(0.5, timbre::test::PulseNullSink::kRateHz);
    AudioPlayer player;
    AudioBuffer take;
    timbre::test::recordWhilePlaying(
        player,
        [&] {
          player.playStream(half.sampleRateHz);
          player.appendStream(half.samples.data(), half.frames());
          // (A fresh stream through the pulse ALSA plugin first stalls for a while.)
          QTRY_VERIFY_WITH_TIMEOUT(player.playedFrames() > 0, 10000);
          QTest::qWait(1200);
          QVERIFY(player.isPlaying());  // still open, though it has nothing to play
          player.appendStream(half.samples.data(), half.frames());
          player.endStream();
        },
        &take);
    if (QTest::currentTestFailed()) return;
    const auto [first, last] = toneExtent(take.samples);
    QVERIFY2(first < last, "the take holds no tone");
    const double quiet = longestQuietSeconds(take);
    // The gap is the wait less the first part's 0.5 s, plus the device's
    // buffering and the test's polling (0.75 s measured on an idle machine).
    QVERIFY2(quiet > 0.6 && quiet < 1.0, qPrintable(QStringLiteral("gap %1 s").arg(quiet)));
    const double extent = double(last - first) / take.sampleRateHz;
    QVERIFY2(std::abs(extent - (1.0 + quiet)) < 0.05, qPrintable(QStringLiteral("%1 s from first to last tone").arg(extent)));
  }

  // Switching what plays without reopening the device (A/B): a 1 s tone
  // replaced by another 1 s tone after 0.3 s comes back as one unbroken tone
  // of about 1.3 s, from one started() and one finished().
  void replaceKeepsTheDeviceOpen() {
    const AudioBuffer tone = sine(1.0, timbre::test::PulseNullSink::kRateHz);
    AudioPlayer player;
    QVERIFY(!player.replace(tone));  // nothing plays
    int started = 0, finished = 0;
    QObject context;
    connect(&player, &AudioPlayer::started, &context, [&] { ++started; });
    connect(&player, &AudioPlayer::finished, &context, [&] { ++finished; });
    AudioBuffer take;
    std::size_t heardAtSwitch = 0;
    timbre::test::recordWhilePlaying(
        player,
        [&] {
          player.play(tone);
          QTRY_VERIFY_WITH_TIMEOUT(player.playedFrames() > std::size_t(0.3 * tone.sampleRateHz), 10000);
          heardAtSwitch = player.playedFrames();
          AudioBuffer other = tone;
          other.sampleRateHz = 16000;
          QVERIFY(!player.replace(other));  // another format needs a new stream
          QVERIFY(player.replace(tone, 100));
          QVERIFY(player.playedFrames() <= 100 + std::size_t(0.05 * tone.sampleRateHz));
        },
        &take);
    if (QTest::currentTestFailed()) return;
    QTRY_COMPARE(finished, 1);
    QCOMPARE(started, 1);
    QCOMPARE(player.playedFrames(), tone.frames());
    const double quiet = longestQuietSeconds(take);
    QVERIFY2(quiet < 0.001, qPrintable(QStringLiteral("a gap of %1 s at the switch").arg(quiet)));
    const auto [first, last] = toneExtent(take.samples);
    // What was heard of the first tone (plus what the device still held), then the second from frame 100.
    const double expected = double(heardAtSwitch) / tone.sampleRateHz + (1.0 - 100.0 / tone.sampleRateHz);
    const double extent = double(last - first) / take.sampleRateHz;
    QVERIFY2(extent > expected - 0.05 && extent < expected + 0.15,
             qPrintable(QStringLiteral("tone lasts %1 s, expected about %2 s").arg(extent).arg(expected)));
  }

  // The length guard stops a recording by itself with exactly the limit's samples.
  void stopsAtTheLengthLimit() {
    AudioRecorder recorder;
    recorder.setMaxSeconds(0.5);
    bool limit = false;
    AudioBuffer take;
    // Receives the callbacks, so none queued from the recorder's thread outlives the locals they write.
    QObject context;
    connect(&recorder, &AudioRecorder::limitReached, &context, [&] { limit = true; });
    connect(&recorder, &AudioRecorder::finished, &context, [&](const AudioBuffer& t) { take = t; });
    QVERIFY(recorder.start(AudioRecorder::kDefaultDevice, 16000));
    QVERIFY(!recorder.start());  // already recording
    QTRY_VERIFY_WITH_TIMEOUT(!take.empty(), 10000);
    QVERIFY(limit);
    QVERIFY(!recorder.isRecording());
    QCOMPARE(take.sampleRateHz, 16000);
    QCOMPARE(take.frames(), std::size_t(8000));
    QVERIFY(recorder.stop().empty());  // nothing left to stop
  }

  // A device that is not there is explained, with no take.
  void missingDeviceIsExplained() {
    AudioRecorder recorder;
    QString failure;
    bool finished = false;
    // Receives the callbacks, so none queued from the recorder's thread outlives the locals they write.
    QObject context;
    connect(&recorder, &AudioRecorder::failed, &context, [&](const QString& m) { failure = m; });
    connect(&recorder, &AudioRecorder::finished, &context, [&] { finished = true; });
    QVERIFY(recorder.start(4242));
    QTRY_VERIFY(!failure.isEmpty());
    QVERIFY2(failure.contains(QStringLiteral("4242")) && failure.contains(QStringLiteral("does not exist")), qPrintable(failure));
    QTRY_VERIFY(!recorder.isRecording());
    QVERIFY(!finished);
  }

  // Record… in the Voice panel: the dialog lists the inputs, counts in,
  // records what is played, stops; the take becomes the reference, saved under
  // the recordings folder, with its waveform and quality report.
  void recordThroughVoicePanel() {
    VoicePanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* button = panel.findChild<QPushButton*>(QStringLiteral("recordButton"));
    QVERIFY(button);
    button->click();
    auto* dialog = panel.findChild<RecordDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->devicesLoaded(), 10000);
    QVERIFY(dialog->selectedDevice() >= 0);
    dialog->setCountIn(3, 100);
    dialog->startRecording();
    QCOMPARE(dialog->state(), RecordDialog::State::CountIn);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), RecordDialog::State::Recording, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->recorder()->sampleRateHz() > 0, 10000);
    AudioPlayer player;
    player.play(sine(1.5, 48000, 220.0, 0.3));
    QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 15000);
    QTest::qWait(300);
    QVERIFY(dialog->levelMeter()->maxPeakDbfs() > -12.0);  // the meter saw the tone (-10.5 dBFS)
    dialog->stopRecording();
    QCOMPARE(dialog->state(), RecordDialog::State::Stopped);
    QVERIFY(dialog->take().durationSeconds() > 1.5);
    const std::size_t frames = dialog->take().frames();
    auto* use = dialog->findChild<QPushButton*>(QStringLiteral("recordUseButton"));
    QVERIFY(use && use->isEnabled());
    use->click();

    QVERIFY(panel.hasAudio());
    QCOMPARE(panel.waveform()->sampleCount(), frames);
    QVERIFY(panel.fileName().startsWith(VoicePanel::recordingsFolder() + QLatin1Char('/')));
    const AudioBuffer saved = timbre::audio::readAudioFile(panel.fileName().toStdString());
    QCOMPARE(saved.frames(), frames);
    QCOMPARE(panel.quality()->rowCount(), 7);
    QFile::remove(panel.fileName());
  }

  // Playing the selection in the panel moves the cursor through it, then hides it.
  void playSelectionMovesCursor() {
    VoicePanel panel;
    panel.resize(600, 400);
    panel.show();
    QVERIFY(panel.useRecording(sine(1.0, 48000)));
    panel.setSelectionSeconds(0.25, 0.75);
    long long seen = -1;
    panel.playSelection();
    QVERIFY(panel.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT((seen = panel.waveform()->playCursor()) > 12000 + 4800, 5000);
    QVERIFY(seen <= 36000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isPlaying(), 10000);
    QCOMPARE(panel.waveform()->playCursor(), -1LL);
    QFile::remove(panel.fileName());
  }
};

QTEST_MAIN(TestAudioLoopback)
#include "TestAudioLoopback.moc"
