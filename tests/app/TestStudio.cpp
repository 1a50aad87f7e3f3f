// The studio window offscreen: the live split preview, the Voice panel's
// import / quality report / window picking, a whole take generated through the
// window on the e2e-tiny models with its exports, and a screenshot.
#include "MainWindow.h"
#include "ModelFolderPanel.h"
#include "QualityView.h"
#include "ScriptPanel.h"
#include "StudioView.h"
#include "SubtitleWriter.h"
#include "TakesPanel.h"
#include "VoicePanel.h"
#include "WaveformView.h"
#include "audio/AudioFile.h"
#include "support/SharedData.h"

#include <QComboBox>
#include <QGlyphRun>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QtTest/QtTest>

using namespace timbre::gui;
using timbre::audio::QualityLevel;

namespace {
QString shared(const char* relative) { return QString::fromStdString(timbre::test::sharedPath(relative)); }
}  // namespace

class TestStudio : public QObject {
  Q_OBJECT

 private slots:
  // The window autosaves its work as a project: into the test folders, never the user's.
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  // Typing and changing the method update the list of pieces (after the short
  // typing delay), exactly as the engine will cut the text.
  void splitPreviewFollowsTextAndMethod() {
    ScriptPanel panel;
    QSignalSpy updated(&panel, &ScriptPanel::previewUpdated);
    panel.setText(QStringLiteral("我们明天一起去公园散步吧。今天天气很好，我们出去走走吧！"));
    QTRY_COMPARE(panel.previewPieces(), (QStringList{QStringLiteral("我们明天一起去公园散步吧。"),
                                                     QStringLiteral("今天天气很好，"),
                                                     QStringLiteral("我们出去走走吧！")}));
    panel.setSplitMethod(QStringLiteral("cut0"));
    QTRY_COMPARE(panel.previewPieces().size(), 1);
    QCOMPARE(panel.previewPieces().first(), QStringLiteral("我们明天一起去公园散步吧。今天天气很好，我们出去走走吧！"));
    panel.setSplitMethod(QStringLiteral("cut3"));
    QTRY_COMPARE(panel.previewPieces(), (QStringList{QStringLiteral("我们明天一起去公园散步吧。"),
                                                     QStringLiteral("今天天气很好，我们出去走走吧！")}));
    // In the narrow column a long piece wraps onto more lines instead of being cut off.
    auto* preview = panel.findChild<QListWidget*>(QStringLiteral("piecesPreview"));
    QVERIFY(preview);
    preview->setFixedWidth(120);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QRect first = preview->visualItemRect(preview->item(0));
    QVERIFY2(first.width() <= preview->viewport()->width(),
             qPrintable(QStringLiteral("item %1 px wide in a %2 px list").arg(first.width()).arg(preview->viewport()->width())));
    QVERIFY2(first.height() >= 2 * preview->fontMetrics().height(),
             qPrintable(QStringLiteral("item %1 px high").arg(first.height())));
    panel.hide();
    panel.setText(QStringLiteral("？！。"));  // nothing to speak
    QTRY_VERIFY(panel.previewPieces().isEmpty());
    QVERIFY(updated.count() >= 4);
    QCOMPARE(panel.settings().splitMethod, std::string("cut3"));
  }

  // Every language mode is offered, the engine's defaults are preset.
  void scriptSettings() {
    ScriptPanel panel;
    auto* lang = panel.findChild<QComboBox*>(QStringLiteral("scriptLanguage"));
    QVERIFY(lang);
    QStringList codes;
    for (int i = 0; i < lang->count(); ++i) codes << lang->itemData(i).toString();
    QCOMPARE(codes, (QStringList{"zh", "en", "ja", "ko", "yue", "auto", "auto_yue", "all_zh", "all_ja", "all_ko", "all_yue"}));
    const SynthesisSettings s = panel.settings();
    QCOMPARE(s.splitMethod, std::string("cut5"));
    QCOMPARE(s.topK, 15);
    QCOMPARE(s.repetitionPenalty, 1.35);
    QCOMPARE(s.seed, qint64(-1));
    panel.setSeed(42);
    QCOMPARE(panel.settings().seed, qint64(42));
  }

  // Importing real speech shows the waveform, the report and the transcript beside it.
  void voiceImportAndQuality() {
    VoicePanel panel;
    QVERIFY(panel.loadFile(shared("audio/aishell/BAC009S0150W0121.wav")));
    QCOMPARE(panel.waveform()->selectionEnd(), panel.waveform()->sampleCount());
    QCOMPARE(panel.quality()->rowCount(), 7);
    for (int i = 0; i < 7; ++i) QCOMPARE(panel.quality()->rowLevel(i), QualityLevel::Pass);
    QVERIFY(!panel.promptText().isEmpty());  // from BAC009S0150W0121.txt
    // A 1 s selection fails the duration check once the report catches up.
    panel.setSelectionSeconds(0.5, 1.5);
    QTRY_COMPARE(panel.quality()->rowLevel(0), QualityLevel::Fail);
    QCOMPARE(panel.selectedAudio().frames(), std::size_t(16000));
  }

  // A 20 s recording gets the best 3-10 s selected, which then passes the length rule.
  void longRecordingPicksWindow() {
    QTemporaryDir dir;
    timbre::audio::AudioBuffer one = timbre::audio::readAudioFile(timbre::test::sharedPath("audio/aishell/BAC009S0252W0121.wav"));
    timbre::audio::AudioBuffer longer = one;
    while (longer.durationSeconds() < 20) longer.samples.insert(longer.samples.end(), one.samples.begin(), one.samples.end());
    const QString path = dir.filePath(QStringLiteral("long.flac"));
    timbre::audio::writeAudioFile(path.toStdString(), longer);
    VoicePanel panel;
    QVERIFY(panel.loadFile(path));
    const double seconds = double(panel.waveform()->selectionEnd() - panel.waveform()->selectionBegin()) / 16000.0;
    QVERIFY2(seconds >= 3.0 && seconds <= 10.0, qPrintable(QString::number(seconds)));
    QTRY_COMPARE(panel.quality()->rowLevel(0), QualityLevel::Pass);
    // The selection is written for the engine losslessly (float WAV, mono).
    const QString ref = dir.filePath(QStringLiteral("ref.wav"));
    QCOMPARE(panel.writeSelection(ref), QString());
    const auto back = timbre::audio::readAudioFile(ref.toStdString());
    QCOMPARE(back.frames(), panel.waveform()->selectionEnd() - panel.waveform()->selectionBegin());
    QCOMPARE(back.samples.front(), longer.samples[panel.waveform()->selectionBegin()]);
  }

  void badFileIsExplained() {
    QTemporaryDir dir;
    QFile junk(dir.filePath(QStringLiteral("junk.wav")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not audio at all");
    junk.close();
    VoicePanel panel;
    panel.show();
    QVERIFY(!panel.loadFile(junk.fileName()));
    auto* error = panel.findChild<QLabel*>(QStringLiteral("voiceErrorLabel"));
    QVERIFY(error && error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("junk.wav")));
    QVERIFY(!panel.hasAudio());
  }

  // The whole flow through the window: models, voice, script, Generate, a take,
  // its exports; the window stays responsive meanwhile. Then a screenshot.
  void generateThroughWindowAndScreenshot() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StudioView* studio = window.studio();
    studio->modelPanel()->setFolder(shared("fixtures/e2e-tiny"));
    QVERIFY(studio->voicePanel()->loadFile(shared("fixtures/e2e-tiny/case0_zh_short/ref.wav")));
    studio->voicePanel()->setPromptText(QStringLiteral("其中有两个是内因的指标"));
    studio->scriptPanel()->setText(QStringLiteral("我们明天一起去公园散步吧。"));
    studio->scriptPanel()->setSeed(1234);
    QTRY_VERIFY_WITH_TIMEOUT(studio->modelPanel()->isLoaded(), 120000);
    QVERIFY(studio->findChild<QLabel*>(QStringLiteral("modelStatus"))->text().contains(QStringLiteral("v2")));

    QSignalSpy done(studio, &StudioView::generationFinished);
    QSignalSpy failed(studio, &StudioView::generationFailed);
    QVERIFY(studio->generate());
    QVERIFY(studio->isBusy());
    QVERIFY(!studio->generate());  // one job at a time
    QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() > 0, 180000);
    if (!failed.isEmpty()) QFAIL(qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!studio->isBusy());
    TakesPanel* takes = studio->takesPanel();
    QCOMPARE(takes->count(), 1);
    const Take& take = takes->take(0);
    QCOMPARE(take.seed, qint64(1234));
    QVERIFY(take.seconds() > 0.3);

    QTemporaryDir dir;
    for (const char* ext : {"wav", "flac", "ogg", "mp3"}) {
      const QString path = dir.filePath(QStringLiteral("take.") + QLatin1String(ext));
      QCOMPARE(takes->exportAudio(0, path), QString());
      const auto back = timbre::audio::readAudioFile(path.toStdString());
      QCOMPARE(back.sampleRateHz, 32000);
      QVERIFY2(std::abs(double(back.frames()) - double(take.audio.frames())) < 0.01 * double(take.audio.frames()), ext);
    }
    const QString srt = dir.filePath(QStringLiteral("take.srt"));
    QCOMPARE(takes->exportSubtitles(0, srt), QString());
    QFile file(srt);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("1\n00:00:00,000 --> ")));
    QVERIFY(text.contains(QStringLiteral("我们明天一起去公园散步吧。")));
    QCOMPARE(text, toSrt(take.pieces));

    // Scripts in Chinese, Japanese and Korean are drawn with real glyphs, not
    // empty boxes: the set-up installs a CJK font (packaging/debian/build-deps.txt)
    // and the package recommends one.
    const auto* editor = studio->findChild<QPlainTextEdit*>(QStringLiteral("scriptEdit"));
    QVERIFY(editor);
    for (const QString& sample : {QStringLiteral("我们明天一起去公园散步吧。"), QStringLiteral("こんにちは、世界。"),
                                  QStringLiteral("안녕하세요.")}) {
      QTextLayout layout(sample, editor->font());
      layout.beginLayout();
      layout.createLine();
      layout.endLayout();
      int glyphs = 0;
      for (const QGlyphRun& run : layout.glyphRuns())
        for (const quint32 index : run.glyphIndexes()) {
          QVERIFY2(index != 0, qPrintable(QStringLiteral("no font draws \"%1\" (family %2)")
                                              .arg(sample, run.rawFont().familyName())));
          ++glyphs;
        }
      QCOMPARE(glyphs, sample.size());
    }

    const QString shot = QCoreApplication::applicationDirPath() + QStringLiteral("/studio-window.png");
    QVERIFY(window.grab().save(shot));
    QVERIFY(QFileInfo(shot).size() > 10000);
    qInfo("screenshot: %s", qPrintable(shot));
  }
};

QTEST_MAIN(TestStudio)
#include "TestStudio.moc"
