#pragma once
// Records what an AudioPlayer plays, through the null sink's monitor
// (PulseNullSink must be running): the recorder starts first, `play` starts
// the player, and the recording stops once the player has stopped and the
// sink's latency has passed. Test failures are reported with QVERIFY, so the
// caller checks QTest::currentTestFailed() afterwards.
#include "AudioPlayer.h"
#include "AudioRecorder.h"
#include "PulseNullSink.h"

#include <QtTest/QtTest>

#include <functional>

namespace timbre::test {

inline void recordWhilePlaying(gui::AudioPlayer& player, const std::function<void()>& play,
                               audio::AudioBuffer* take) {
  gui::AudioRecorder recorder;
  int rate = 0;
  QString failure;
  QObject context;
  QObject::connect(&recorder, &gui::AudioRecorder::started, &context, [&](int hz) { rate = hz; });
  QObject::connect(&recorder, &gui::AudioRecorder::failed, &context, [&](const QString& m) { failure = m; });
  QObject::connect(&player, &gui::AudioPlayer::failed, &context, [&](const QString& m) { failure = m; });
  QVERIFY(recorder.start(gui::AudioRecorder::kDefaultDevice, PulseNullSink::kRateHz));
  QTRY_VERIFY2_WITH_TIMEOUT(rate > 0 || !failure.isEmpty(), "the recorder did not start", 10000);
  QVERIFY2(failure.isEmpty(), qPrintable(failure));
  QTest::qWait(200);
  play();
  if (QTest::currentTestFailed()) return;
  QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 15000);
  QVERIFY2(failure.isEmpty(), qPrintable(failure));
  QTest::qWait(300);  // the sink's latency: let the tail arrive
  *take = recorder.stop();
  QCOMPARE(take->sampleRateHz, PulseNullSink::kRateHz);
}

}  // namespace timbre::test
