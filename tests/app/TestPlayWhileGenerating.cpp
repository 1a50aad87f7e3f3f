// "Play while generating" in the studio (offscreen, e2e-tiny models, a
// private PulseAudio null sink as the output device): the choice is kept in
// the settings; with it, the take starts playing before its generation has
// finished, the finished take is the one playing (the position slider follows
// it) and it plays to its end; without it nothing plays by itself. Fails,
// never skips, without pulseaudio, pulseaudio-utils and libasound2-plugins.
#include "PulseNullSink.h"
#include "ModelFolderPanel.h"
#include "ScriptPanel.h"
#include "StudioView.h"
#include "TakesPanel.h"
#include "VoicePanel.h"
#include "support/TestSupport.h"

#include <QCheckBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest/QtTest>

using namespace timbre::gui;

namespace {

QString shared(const char* relative) { return QString::fromStdString(timbre::test::sharedPath(relative)); }

}  // namespace

class TestPlayWhileGenerating : public QObject {
  Q_OBJECT

  timbre::test::PulseNullSink m_pulse;

  // A studio on the e2e-tiny models with the case0 voice and a three-piece script.
  static void prepare(StudioView& studio) {
    studio.modelPanel()->setFolder(shared("fixtures/e2e-tiny"));
    QVERIFY(studio.voicePanel()->loadFile(shared("fixtures/e2e-tiny/case0_zh_short/ref.wav")));
    studio.voicePanel()->setPromptText(QStringLiteral("其中有两个是内因的指标"));
    studio.scriptPanel()->setText(QStringLiteral("我们明天一起去公园散步吧。今天天气很好。我们出去走走吧！"));
    studio.scriptPanel()->setSeed(7);
    QTRY_VERIFY_WITH_TIMEOUT(studio.modelPanel()->isLoaded(), 120000);
  }

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TimbreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestPlayWhileGenerating"));
    QSettings().clear();
    QString error;
    // Before anything starts PortAudio: the player then finds the null sink.
    QVERIFY2(m_pulse.start(&error), qPrintable(error));
  }

  void cleanupTestCase() {
    QSettings().clear();
    m_pulse.stop();
  }

  // Off by default; the choice survives a new studio.
  void choiceIsKept() {
    {
      StudioView studio;
      auto* box = studio.findChild<QCheckBox*>(QStringLiteral("playWhileGeneratingCheck"));
      QVERIFY(box);
      QVERIFY(!box->isChecked());
      box->setChecked(true);
    }
    StudioView again;
    QVERIFY(again.findChild<QCheckBox*>(QStringLiteral("playWhileGeneratingCheck"))->isChecked());
    again.findChild<QCheckBox*>(QStringLiteral("playWhileGeneratingCheck"))->setChecked(false);
  }

  void playsBeforeTheTakeIsDone() {
    StudioView studio;
    studio.show();
    prepare(studio);
    if (QTest::currentTestFailed()) return;
    studio.findChild<QCheckBox*>(QStringLiteral("playWhileGeneratingCheck"))->setChecked(true);
    TakesPanel* takes = studio.takesPanel();
    // What the studio reports when the first audio plays, and when the take is done.
    bool liveAtStart = false, playingWhenDone = false, doneBeforeLive = false;
    int liveStarts = 0;
    QObject context;  // the callbacks end with the locals they write
    connect(takes, &TakesPanel::livePlaybackStarted, &context, [&] {
      ++liveStarts;
      liveAtStart = takes->isPlayingLive() && takes->isPlaying();
    });
    connect(&studio, &StudioView::generationFinished, &context, [&] {
      doneBeforeLive = liveStarts == 0;
      playingWhenDone = takes->isPlaying();
    });
    QSignalSpy done(&studio, &StudioView::generationFinished);
    QSignalSpy failed(&studio, &StudioView::generationFailed);
    QVERIFY(studio.generate());
    QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() > 0, 180000);
    if (!failed.isEmpty()) QFAIL(qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(liveStarts, 1);
    QVERIFY(liveAtStart);
    QVERIFY(!doneBeforeLive);
    QVERIFY(playingWhenDone);
    // Finished: the take that plays is the new take, so the slider follows it.
    QCOMPARE(takes->count(), 1);
    QVERIFY(!takes->isPlayingLive());
    const qint64 frames = qint64(takes->take(0).audio.frames());
    QTRY_VERIFY_WITH_TIMEOUT(takes->position() > 0, 10000);
    QVERIFY(takes->position() <= frames);
    // It plays to its end; the next Play starts over.
    QTRY_VERIFY_WITH_TIMEOUT(!takes->isPlaying(), 30000);
    QCOMPARE(takes->position(), qint64(0));
  }

  // Without the choice, a finished take waits for Play.
  void offPlaysNothing() {
    StudioView studio;
    studio.show();
    prepare(studio);
    if (QTest::currentTestFailed()) return;
    studio.findChild<QCheckBox*>(QStringLiteral("playWhileGeneratingCheck"))->setChecked(false);
    QSignalSpy live(studio.takesPanel(), &TakesPanel::livePlaybackStarted);
    QSignalSpy done(&studio, &StudioView::generationFinished);
    QSignalSpy failed(&studio, &StudioView::generationFailed);
    QVERIFY(studio.generate());
    QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() > 0, 180000);
    if (!failed.isEmpty()) QFAIL(qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(live.count(), 0);
    QVERIFY(!studio.takesPanel()->isPlaying());
  }
};

QTEST_MAIN(TestPlayWhileGenerating)
#include "TestPlayWhileGenerating.moc"
