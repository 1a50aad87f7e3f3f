// Seeking in takes: AudioPlayer's start offset (the heard-frame arithmetic,
// then real playback into a private PulseAudio null sink, recorded back), and
// the Takes panel's position slider and time label with a synthetic take:
// seeking while stopped sets where Play starts, Left/Right in the list move
// it by 2 s, a drag seeks on release, playback moves the slider and starts
// over once it has played to the end. Like TestAudioLoopback this fails,
// never skips, without pulseaudio, pulseaudio-utils and libasound2-plugins.
#include "AudioPlayer.h"
#include "AudioRecorder.h"
#include "MonitorRecording.h"
#include "PulseNullSink.h"
#include "TakesPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QtTest/QtTest>

#include <cmath>
#include <numbers>

using namespace timbre::gui;
using timbre::audio::AudioBuffer;

namespace {

constexpr int kRate = timbre::test::PulseNullSink::kRateHz;

AudioBuffer sine(double seconds, int rateHz) {
  AudioBuffer out;
  out.sampleRateHz = rateHz;
  out.samples.resize(std::size_t(std::llround(seconds * rateHz)));
  for (std::size_t i = 0; i < out.samples.size(); ++i)
    out.samples[i] = float(0.5 * std::sin(2 * std::numbers::pi * 440.0 * double(i) / rateHz));
  return out;
}

Take syntheticTake(double seconds) {
  Take take;
  take.text = QStringLiteral("seek test");
  take.audio = sine(seconds, kRate);
  TakePiece piece;
  piece.text = take.text;
  piece.endSeconds = seconds;
  piece.endFrame = qint64(take.audio.frames());
  take.pieces.push_back(piece);
  return take;
}

qint64 frameAt(double seconds) { return std::llround(seconds * kRate); }

}  // namespace

class TestTakeSeek : public QObject {
  Q_OBJECT

  timbre::test::PulseNullSink m_pulse;

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TimbreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestTakeSeek"));
    QString error;
    // Before anything starts PortAudio: the player then finds the null sink.
    QVERIFY2(m_pulse.start(&error), qPrintable(error));
  }

  void cleanupTestCase() { m_pulse.stop(); }

  // What the device still holds is not heard yet, and nothing before the start is.
  void heardFrameCountsFromTheStart() {
    QCOMPARE(heardFrame(0, 1024, 2048), std::size_t(0));
    QCOMPARE(heardFrame(0, 3072, 2048), std::size_t(1024));
    QCOMPARE(heardFrame(16000, 17024, 2048), std::size_t(16000));
    QCOMPARE(heardFrame(16000, 18048, 2048), std::size_t(16000));
    QCOMPARE(heardFrame(16000, 20000, 2048), std::size_t(17952));
  }

  void formatsTime() {
    QCOMPARE(TakesPanel::formatTime(0), QStringLiteral("0:00.0"));
    QCOMPARE(TakesPanel::formatTime(3.2), QStringLiteral("0:03.2"));
    QCOMPARE(TakesPanel::formatTime(12.8), QStringLiteral("0:12.8"));
    QCOMPARE(TakesPanel::formatTime(59.96), QStringLiteral("1:00.0"));
    QCOMPARE(TakesPanel::formatTime(125.04), QStringLiteral("2:05.0"));
    QCOMPARE(TakesPanel::formatTime(-1), QStringLiteral("0:00.0"));
  }

  // The cursor reads the start at once; a start past the end is the end.
  void playerReportsTheStartFrame() {
    AudioPlayer player;
    const AudioBuffer audio = sine(1.0, kRate);
    player.play(audio, 30000);
    QVERIFY(player.isPlaying());
    QVERIFY(player.playedFrames() >= 30000);
    QTRY_VERIFY_WITH_TIMEOUT(player.playedFrames() > 30000, 5000);
    player.stop();
    QVERIFY(!player.isPlaying());
    player.play(audio, 100000);
    QCOMPARE(player.playedFrames(), audio.frames());
    player.stop();
    player.play(audio);  // the default: from the beginning
    QVERIFY(player.playedFrames() < 48000);
    player.stop();
  }

  // A 2 s tone played from 1.5 s is heard for 0.5 s (from 0 it would be 2 s).
  void playsFromTheStartFrame() {
    AudioPlayer player;
    AudioBuffer take;
    timbre::test::recordWhilePlaying(player, [&] { player.play(sine(2.0, kRate), std::size_t(frameAt(1.5))); }, &take);
    if (QTest::currentTestFailed()) return;
    QCOMPARE(player.playedFrames(), std::size_t(frameAt(2.0)));
    const int rate = take.sampleRateHz;
    std::size_t first = take.samples.size(), last = 0;
    for (std::size_t i = 0; i < take.samples.size(); ++i)
      if (std::fabs(take.samples[i]) > 0.1f) first = std::min(first, i), last = i;
    QVERIFY2(first < last, "the take holds no tone");
    const double toneSeconds = double(last - first) / rate;
    QVERIFY2(std::abs(toneSeconds - 0.5) < 0.05, qPrintable(QStringLiteral("tone lasts %1 s").arg(toneSeconds)));
  }

  // Stopped: the slider and Left/Right move where Play starts; the label says where.
  void seekWhileStopped() {
    TakesPanel panel;
    panel.resize(900, 300);
    panel.show();
    auto* slider = panel.findChild<QSlider*>(QStringLiteral("seekSlider"));
    auto* label = panel.findChild<QLabel*>(QStringLiteral("timeLabel"));
    auto* list = panel.findChild<QListWidget*>(QStringLiteral("takesList"));
    QVERIFY(slider && label && list);
    QVERIFY(!slider->isEnabled());
    QCOMPARE(label->text(), QStringLiteral("0:00.0 / 0:00.0"));

    panel.addTake(syntheticTake(12.8));
    QVERIFY(slider->isEnabled());
    QCOMPARE(slider->maximum(), int(frameAt(12.8)));
    QCOMPARE(panel.position(), qint64(0));
    QCOMPARE(label->text(), QStringLiteral("0:00.0 / 0:12.8"));

    panel.seekTo(frameAt(3.2));
    QVERIFY(!panel.isPlaying());
    QCOMPARE(panel.position(), frameAt(3.2));
    QCOMPARE(slider->value(), int(frameAt(3.2)));
    QCOMPARE(label->text(), QStringLiteral("0:03.2 / 0:12.8"));

    // Left/Right in the takes list: ±2 s, clamped to the take.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Left);
    QCOMPARE(panel.position(), frameAt(1.2));
    QCOMPARE(label->text(), QStringLiteral("0:01.2 / 0:12.8"));
    QTest::keyClick(list, Qt::Key_Left);
    QCOMPARE(panel.position(), qint64(0));
    QTest::keyClick(list, Qt::Key_Right);
    QTest::keyClick(list, Qt::Key_Right);
    QCOMPARE(panel.position(), frameAt(4.0));
    panel.seekTo(frameAt(12.0));
    QTest::keyClick(list, Qt::Key_Right);
    QCOMPARE(panel.position(), frameAt(12.8));
    QCOMPARE(label->text(), QStringLiteral("0:12.8 / 0:12.8"));
    QCOMPARE(list->currentRow(), 0);  // the keys seek; they do not move in the list

    // The user moves the slider (keys, a click): the position follows at once.
    slider->setValue(int(frameAt(6.0)));
    QCOMPARE(panel.position(), frameAt(6.0));
    QTest::mouseClick(slider, Qt::LeftButton, {}, QPoint(slider->width() / 4, slider->height() / 2));
    const qint64 clicked = panel.position();
    QCOMPARE(clicked, qint64(slider->value()));
    QVERIFY2(clicked > frameAt(1.0) && clicked < frameAt(5.5), qPrintable(QString::number(clicked)));
    QVERIFY(!panel.isPlaying());

    // A drag shows where it is, and moves the start only when released.
    slider->setSliderDown(true);
    slider->setValue(int(frameAt(9.5)));
    QCOMPARE(label->text(), QStringLiteral("0:09.5 / 0:12.8"));
    QCOMPARE(panel.position(), clicked);
    slider->setSliderDown(false);
    QCOMPARE(panel.position(), frameAt(9.5));

    // Another take starts from its beginning.
    panel.addTake(syntheticTake(2.0));
    QCOMPARE(panel.position(), qint64(0));
    QCOMPARE(label->text(), QStringLiteral("0:00.0 / 0:02.0"));
    QCOMPARE(slider->maximum(), int(frameAt(2.0)));
    panel.setCurrentIndex(0);
    QCOMPARE(label->text(), QStringLiteral("0:00.0 / 0:12.8"));
  }

  // Play starts at the seek; the slider follows; Stop keeps the place; a seek
  // while playing goes on from there; played to the end, it starts over.
  void playFollowsAndSeeks() {
    TakesPanel panel;
    panel.resize(900, 300);
    panel.show();
    auto* slider = panel.findChild<QSlider*>(QStringLiteral("seekSlider"));
    auto* label = panel.findChild<QLabel*>(QStringLiteral("timeLabel"));
    QVERIFY(slider && label);
    panel.addTake(syntheticTake(12.8));
    panel.seekTo(frameAt(8.0));
    panel.playCurrent();
    QVERIFY(panel.isPlaying());
    QVERIFY(panel.position() >= frameAt(8.0));
    QTRY_VERIFY_WITH_TIMEOUT(slider->value() > frameAt(8.2), 5000);
    QVERIFY(slider->value() < frameAt(11.0));
    panel.stopPlayback();
    QVERIFY(!panel.isPlaying());
    const qint64 stoppedAt = panel.position();
    QVERIFY(stoppedAt > frameAt(8.2) && stoppedAt < frameAt(11.0));
    QCOMPARE(slider->value(), int(stoppedAt));
    QCOMPARE(label->text(), TakesPanel::formatTime(double(stoppedAt) / kRate) + QStringLiteral(" / 0:12.8"));

    // Play again: on from where it stopped; a seek while playing restarts there.
    panel.togglePlayback();
    QVERIFY(panel.isPlaying());
    QVERIFY(panel.position() >= stoppedAt);
    panel.seekTo(frameAt(2.0));
    QVERIFY(panel.isPlaying());
    QVERIFY(panel.position() >= frameAt(2.0) && panel.position() < frameAt(3.0));
    QTRY_VERIFY_WITH_TIMEOUT(panel.position() > frameAt(2.1), 5000);
    QVERIFY(panel.position() < frameAt(4.0));

    // Near the end: it plays out, and the next Play starts from the beginning.
    panel.seekTo(frameAt(12.3));
    QVERIFY(panel.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isPlaying(), 10000);
    QTRY_COMPARE(panel.position(), qint64(0));
    QCOMPARE(slider->value(), 0);
    QCOMPARE(label->text(), QStringLiteral("0:00.0 / 0:12.8"));
  }

  // A/B while playing: Switch A/B goes on with the other take in the same
  // output stream (no new start, so no gap), from the matching point.
  void abSwitchKeepsTheStream() {
    TakesPanel panel;
    panel.addTake(syntheticTake(3.0));
    panel.addTake(syntheticTake(3.0));
    auto* player = panel.findChild<AudioPlayer*>();
    QVERIFY(player);
    QSignalSpy started(player, &AudioPlayer::started);
    QVERIFY(panel.compareTakes(0, 1));
    QTRY_VERIFY_WITH_TIMEOUT(player->playedFrames() > std::size_t(frameAt(0.3)), 10000);
    QCOMPARE(started.count(), 1);
    panel.switchAb();
    QCOMPARE(panel.comparison().side(), AbComparison::B);
    QVERIFY(panel.comparison().startFrame() >= frameAt(0.3));  // B goes on from about where A was
    QVERIFY(panel.isPlaying());
    QTest::qWait(300);
    panel.switchAb();
    QCOMPARE(panel.comparison().side(), AbComparison::A);
    QVERIFY(panel.isPlaying());
    QCOMPARE(started.count(), 1);  // still the first stream
    panel.stopComparison();
    QVERIFY(!panel.isPlaying());
  }
};

QTEST_MAIN(TestTakeSeek)
#include "TestTakeSeek.moc"
