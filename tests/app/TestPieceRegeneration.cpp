// Regenerating one piece of a take and comparing takes A/B: the splice keeps
// every other piece sample for sample and shifts the later timings; the A/B
// state keeps the place when switching; and, through the studio on the
// e2e-tiny models, a 3-piece take gets its middle piece regenerated with a new
// seed as a new take while the original stays as it was.
#include "AbComparison.h"
#include "ModelFolderPanel.h"
#include "PieceRegeneration.h"
#include "ScriptPanel.h"
#include "StudioView.h"
#include "SubtitleWriter.h"
#include "TakesPanel.h"
#include "VoicePanel.h"
#include "support/SharedData.h"

#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>

using namespace timbre::gui;

namespace {

QString shared(const char* relative) { return QString::fromStdString(timbre::test::sharedPath(relative)); }

// A take of `lengths` pieces (frames each, pause included) at 1 kHz; sample
// values tell pieces apart.
Take syntheticTake(const std::vector<qint64>& lengths, float base) {
  Take take;
  take.audio.sampleRateHz = 1000;
  take.audio.channels = 1;
  take.seed = 7;
  take.number = 1;
  qint64 at = 0;
  for (std::size_t k = 0; k < lengths.size(); ++k) {
    TakePiece piece;
    piece.text = QStringLiteral("piece %1").arg(k + 1);
    piece.startFrame = at;
    piece.startSeconds = double(at) / 1000;
    for (qint64 i = 0; i < lengths[k]; ++i) take.audio.samples.push_back(base + float(k) + float(i) * 1e-4f);
    at += lengths[k];
    piece.endFrame = at;
    piece.endSeconds = double(at) / 1000;
    take.pieces.push_back(piece);
  }
  return take;
}

std::vector<float> frames(const Take& take, qint64 from, qint64 to) {
  return {take.audio.samples.begin() + from, take.audio.samples.begin() + to};
}

// The SRT cue start times, in ms.
QList<qint64> cueStartsMs(const QString& srt) {
  QList<qint64> starts;
  static const QRegularExpression cue(QStringLiteral("^(\\d\\d):(\\d\\d):(\\d\\d),(\\d\\d\\d) --> "),
                                      QRegularExpression::MultilineOption);
  for (auto it = cue.globalMatch(srt); it.hasNext();) {
    const auto m = it.next();
    starts << ((m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong()) * 60 + m.captured(3).toLongLong()) * 1000 +
                  m.captured(4).toLongLong();
  }
  return starts;
}

// Pieces tile the audio: each starts where the previous ended, seconds match frames.
void verifyTiling(const Take& take) {
  qint64 at = 0;
  const double rate = take.audio.sampleRateHz;
  for (const TakePiece& p : take.pieces) {
    QCOMPARE(p.startFrame, at);
    QVERIFY(p.endFrame > p.startFrame);
    QCOMPARE(p.startSeconds, double(p.startFrame) / rate);
    QCOMPARE(p.endSeconds, double(p.endFrame) / rate);
    at = p.endFrame;
  }
  QCOMPARE(at, qint64(take.audio.frames()));
}

}  // namespace

class TestPieceRegeneration : public QObject {
  Q_OBJECT

 private slots:
  // The middle of three pieces replaced by a longer one: the others are the
  // same samples, later timings move by the difference.
  void replaceKeepsOtherPieces() {
    const Take source = syntheticTake({300, 500, 400}, 0.f);
    const Take before = source;
    Take regenerated = syntheticTake({650}, 0.5f);
    regenerated.seed = 99;
    Take out;
    QCOMPARE(replacePiece(source, 1, regenerated, &out), QString());
    QCOMPARE(out.audio.frames(), std::size_t(300 + 650 + 400));
    verifyTiling(out);
    QCOMPARE(frames(out, 0, 300), frames(source, 0, 300));
    QCOMPARE(frames(out, 300, 950), regenerated.audio.samples);
    QCOMPARE(frames(out, 950, 1350), frames(source, 800, 1200));
    QCOMPARE(out.pieces[2].startFrame, qint64(950));
    QCOMPARE(out.pieces[1].text, QStringLiteral("piece 2"));
    QCOMPARE(out.pieces[1].seed, qint64(99));
    QCOMPARE(out.pieces[0].seed, qint64(-1));
    QCOMPARE(out.regeneratedPiece, 1);
    QCOMPARE(out.sourceNumber, 1);
    QCOMPARE(out.seed, qint64(7));
    QCOMPARE(source.audio.samples, before.audio.samples);  // the source is a const input
    // Shorter, at the ends.
    QCOMPARE(replacePiece(source, 0, syntheticTake({10}, 2.f), &out), QString());
    verifyTiling(out);
    QCOMPARE(frames(out, 10, 910), frames(source, 300, 1200));
    QCOMPARE(replacePiece(source, 2, syntheticTake({10}, 2.f), &out), QString());
    verifyTiling(out);
    QCOMPARE(out.audio.frames(), std::size_t(810));
  }

  void replaceRejectsMismatches() {
    const Take source = syntheticTake({300, 500}, 0.f);
    Take out;
    QVERIFY(!replacePiece(source, 2, syntheticTake({10}, 0.f), &out).isEmpty());
    Take other = syntheticTake({10}, 0.f);
    other.audio.sampleRateHz = 32000;
    QVERIFY(replacePiece(source, 0, other, &out).contains(QStringLiteral("32000")));
  }

  void pieceJobIsThePieceAlone() {
    Take take = syntheticTake({300, 500}, 0.f);
    take.job.settings.text = QStringLiteral("piece 1piece 2");
    take.job.settings.splitMethod = "cut5";
    take.job.settings.topK = 5;
    take.job.settings.pauseSeconds = 0.4;
    const SynthesisJob job = pieceJob(take, 1, 4321);
    QCOMPARE(job.settings.text, QStringLiteral("piece 2"));
    QCOMPARE(job.settings.splitMethod, std::string("cut0"));
    QCOMPARE(job.settings.seed, qint64(4321));
    QCOMPARE(job.settings.topK, 5);
    QCOMPARE(job.settings.pauseSeconds, 0.4);
    for (int i = 0; i < 100; ++i) {
      const qint64 seed = freshPieceSeed(8, 7);
      QVERIFY(seed >= 0 && seed != 8 && seed != 7);
    }
  }

  // A/B keeps the place: inside a piece, the same offset in that piece of the
  // other take (the regenerated one is longer, so later pieces sit later).
  void abSwitchKeepsPosition() {
    Take a = syntheticTake({300, 500, 400}, 0.f);
    Take b = syntheticTake({300, 650, 400}, 0.f);
    a.number = 1;
    b.number = 3;
    AbComparison ab;
    QVERIFY(!ab.isActive());
    ab.setTakes(a, b);
    QVERIFY(ab.isActive());
    QCOMPARE(ab.side(), AbComparison::A);
    QCOMPARE(ab.number(AbComparison::B), 3);
    ab.startAt(AbComparison::A, 100);
    QCOMPARE(ab.position(50), qint64(150));
    // In piece 1: same frame.
    QCOMPARE(ab.toggle(50), qint64(150));
    QCOMPARE(ab.side(), AbComparison::B);
    // In B's third piece (starts at 950): back to A's third piece (starts at 800).
    ab.startAt(AbComparison::B, 900);
    QCOMPARE(ab.toggle(100), qint64(850));
    QCOMPARE(ab.side(), AbComparison::A);
    // Inside the regenerated piece, past A's shorter version: A's piece end.
    ab.startAt(AbComparison::B, 300);
    QCOMPARE(ab.toggle(600), qint64(800));
    // Heard to the end: the other starts over.
    ab.startAt(AbComparison::A, 1100);
    QCOMPARE(ab.position(500), qint64(1200));
    QCOMPARE(ab.toggle(500), qint64(0));
    QCOMPARE(ab.side(), AbComparison::B);
    // hold() keeps the place after a stop.
    ab.startAt(AbComparison::B, 400);
    ab.hold(25);
    QCOMPARE(ab.startFrame(), qint64(425));
    QCOMPARE(ab.side(), AbComparison::B);
    // Takes with different pieces: the same time.
    QCOMPARE(AbComparison::mapFrame(a.pieces, 1200, syntheticTake({1000}, 0.f).pieces, 1000, 700), qint64(700));
    QCOMPARE(AbComparison::mapFrame(a.pieces, 1200, syntheticTake({1000}, 0.f).pieces, 1000, 1100), qint64(1000));
  }

  // Through the studio: a 3-piece take, its middle piece regenerated from the
  // Takes panel's button, a new take; then A/B between the two.
  void regenerateThroughStudio() {
    StudioView studio;
    studio.show();
    studio.modelPanel()->setFolder(shared("fixtures/e2e-tiny"));
    QVERIFY(studio.voicePanel()->loadFile(shared("fixtures/e2e-tiny/case0_zh_short/ref.wav")));
    studio.voicePanel()->setPromptText(QStringLiteral("其中有两个是内因的指标"));
    // cut5 gives three pieces; top-k 15 and decoder noise 0.5 (the defaults) make a new seed sound different.
    studio.scriptPanel()->setText(QStringLiteral("我们明天一起去公园散步吧。今天天气很好，我们出去走走吧！"));
    studio.scriptPanel()->setSeed(1234);
    QVERIFY(studio.scriptPanel()->settings().topK > 1);
    QVERIFY(studio.scriptPanel()->settings().noiseScale > 0);
    QTRY_VERIFY_WITH_TIMEOUT(studio.modelPanel()->isLoaded(), 120000);

    QSignalSpy done(&studio, &StudioView::generationFinished);
    QSignalSpy failed(&studio, &StudioView::generationFailed);
    QVERIFY(studio.generate());
    QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() > 0, 180000);
    if (!failed.isEmpty()) QFAIL(qPrintable(failed.at(0).at(0).toString()));
    TakesPanel* takes = studio.takesPanel();
    QCOMPARE(takes->count(), 1);
    const Take original = takes->take(0);
    QCOMPARE(original.pieces.size(), std::size_t(3));
    verifyTiling(original);
    QCOMPARE(original.job.settings.text, studio.scriptPanel()->settings().text);

    // The pieces list shows the take's pieces; pick the middle one and press the button.
    auto* pieces = takes->findChild<QListWidget*>(QStringLiteral("piecesList"));
    QVERIFY(pieces);
    QCOMPARE(pieces->count(), 3);
    QVERIFY(pieces->item(1)->text().contains(QStringLiteral("今天天气很好，")));
    auto* regenerate = takes->findChild<QPushButton*>(QStringLiteral("regeneratePieceButton"));
    QVERIFY(regenerate && !regenerate->isEnabled());  // no piece selected yet
    takes->setCurrentPiece(1);
    QVERIFY(regenerate->isEnabled());
    regenerate->click();
    QVERIFY(studio.isBusy());
    QVERIFY(!regenerate->isEnabled());           // one job at a time
    QVERIFY(!studio.regeneratePiece(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() > 1, 180000);
    if (!failed.isEmpty()) QFAIL(qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(done.last().at(0).toInt(), 1);
    QCOMPARE(takes->count(), 2);
    const Take& regenerated = takes->take(1);
    QCOMPARE(regenerated.number, 2);
    QCOMPARE(regenerated.sourceNumber, 1);
    QCOMPARE(regenerated.regeneratedPiece, 1);
    QVERIFY(takes->findChild<QListWidget*>(QStringLiteral("takesList"))->item(1)->text().startsWith(
        QStringLiteral("Take 2 (piece 2 regenerated)")));

    // Same pieces, tiled; the new one has its own seed, not the one it had.
    QCOMPARE(regenerated.pieces.size(), std::size_t(3));
    verifyTiling(regenerated);
    for (std::size_t k = 0; k < 3; ++k) QCOMPARE(regenerated.pieces[k].text, original.pieces[k].text);
    const qint64 newSeed = regenerated.pieces[1].seed;
    QVERIFY(newSeed >= 0 && newSeed != original.seed + 1 && newSeed != original.seed);
    QCOMPARE(regenerated.pieces[0].seed, qint64(-1));
    QVERIFY(pieces->item(1)->text().contains(QString::number(newSeed)));

    // Pieces 1 and 3 bit-identical; piece 3 moved by the length difference.
    const TakePiece &o0 = original.pieces[0], &o1 = original.pieces[1], &o2 = original.pieces[2];
    const TakePiece &n0 = regenerated.pieces[0], &n1 = regenerated.pieces[1], &n2 = regenerated.pieces[2];
    QCOMPARE(n0.endFrame, o0.endFrame);
    QCOMPARE(frames(regenerated, n0.startFrame, n0.endFrame), frames(original, o0.startFrame, o0.endFrame));
    QCOMPARE(n2.endFrame - n2.startFrame, o2.endFrame - o2.startFrame);
    QCOMPARE(n2.startFrame - o2.startFrame, (n1.endFrame - n1.startFrame) - (o1.endFrame - o1.startFrame));
    QCOMPARE(frames(regenerated, n2.startFrame, n2.endFrame), frames(original, o2.startFrame, o2.endFrame));
    // The middle piece is new audio...
    QVERIFY(frames(regenerated, n1.startFrame, n1.endFrame) != frames(original, o1.startFrame, o1.endFrame));
    // ...followed by the same pause as in a normal take (0.3 s of silence).
    const auto pause = qint64(0.3 * regenerated.audio.sampleRateHz);
    const std::vector<float> tail = frames(regenerated, n1.endFrame - pause, n1.endFrame);
    QVERIFY(std::all_of(tail.begin(), tail.end(), [](float x) { return x == 0.f; }));
    QVERIFY(std::any_of(regenerated.audio.samples.begin() + n1.startFrame,
                        regenerated.audio.samples.begin() + n1.endFrame - pause, [](float x) { return x != 0.f; }));

    // Subtitle cues start at the piece starts.
    const QList<qint64> cues = cueStartsMs(toSrt(regenerated.pieces));
    QCOMPARE(cues.size(), 3);
    for (int k = 0; k < 3; ++k)
      QVERIFY(std::abs(cues[k] - qint64(std::llround(regenerated.pieces[std::size_t(k)].startSeconds * 1000))) <= 1);

    // The original take is unchanged.
    const Take& kept = takes->take(0);
    QCOMPARE(kept.audio.samples, original.audio.samples);
    QCOMPARE(kept.pieces.size(), original.pieces.size());
    for (std::size_t k = 0; k < 3; ++k) {
      QCOMPARE(kept.pieces[k].startFrame, original.pieces[k].startFrame);
      QCOMPARE(kept.pieces[k].endFrame, original.pieces[k].endFrame);
      QCOMPARE(kept.pieces[k].seed, qint64(-1));
    }

    // A/B: both selected, from the regenerated piece; Tab-switch goes on in the same piece.
    takes->setCurrentIndex(0);
    takes->setCurrentPiece(1);
    QVERIFY(takes->compareTakes(0, 1));
    QVERIFY(takes->comparison().isActive());
    QCOMPARE(takes->comparison().side(), AbComparison::A);
    QCOMPARE(takes->comparison().startFrame(), o1.startFrame);
    takes->switchAb();
    QCOMPARE(takes->comparison().side(), AbComparison::B);
    QVERIFY(takes->comparison().startFrame() >= n1.startFrame && takes->comparison().startFrame() <= n1.endFrame);
    takes->switchAb();  // back to A, then a picture of the panel mid-comparison
    QCOMPARE(takes->comparison().side(), AbComparison::A);
    takes->stopPlayback();
    studio.resize(1200, 800);
    const QString shot = QCoreApplication::applicationDirPath() + QStringLiteral("/takes-panel.png");
    QVERIFY(takes->grab().save(shot));
    takes->stopComparison();
    QVERIFY(!takes->comparison().isActive());
  }
};

QTEST_MAIN(TestPieceRegeneration)
#include "TestPieceRegeneration.moc"
