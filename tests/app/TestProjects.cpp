// Nothing a creator makes is lost: the studio's work (voice, script, settings,
// takes with their pieces and audio) is a project on disk that comes back in
// the next window; named projects through Save As / Open / New. Also what
// Generate refuses before it starts: a red quality check, a script its
// language cannot read; a new clip never keeps the previous one's transcript.
#include "MainWindow.h"
#include "ProjectFile.h"
#include "ProjectSession.h"
#include "QualityView.h"
#include "ScriptLanguageCheck.h"
#include "ScriptPanel.h"
#include "StudioView.h"
#include "TakesPanel.h"
#include "VoicePanel.h"
#include "WaveformView.h"
#include "ModelFolderPanel.h"
#include "audio/AudioFile.h"
#include "support/SharedData.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>
#include <memory>

using namespace timbre::gui;

namespace {

QString shared(const char* relative) { return QString::fromStdString(timbre::test::sharedPath(relative)); }

// A take as the worker hands it over: distinct audio (a tone whose pitch
// depends on `n`), two pieces and the job that made it.
Take makeTake(int n, const QString& referencePath) {
  Take take;
  take.audio.sampleRateHz = 32000;
  take.audio.channels = 1;
  for (int i = 0; i < 32000; ++i) take.audio.samples.push_back(0.25f * float(std::sin(0.01 * (n + 1) * i)));
  take.text = QStringLiteral("第%1条。second piece").arg(n);
  take.seed = 1000 + n;
  take.voiceName = QStringLiteral("BAC009S0150W0121");
  take.pieces = {{QStringLiteral("第%1条。").arg(n), 0.0, 0.4, 0, 12800, -1},
                 {QStringLiteral("second piece"), 0.4, 1.0, 12800, 32000, 77}};
  take.job.modelFolder = QStringLiteral("/models/v2");
  take.job.referencePath = referencePath;
  take.job.promptText = QStringLiteral("其中有两个是内因的指标");
  take.job.promptLang = QStringLiteral("zh");
  take.job.settings.text = take.text;
  take.job.settings.seed = take.seed;
  take.job.settings.topK = 7;
  return take;
}

QString lastMessage(QWidget* studio) {
  const auto boxes = studio->findChildren<QMessageBox*>(QStringLiteral("studioMessage"));
  return boxes.isEmpty() ? QString() : boxes.last()->text();
}

}  // namespace

class TestProjects : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TimbreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestProjects"));
  }

  // Every test starts without projects or a remembered one.
  void init() {
    QDir(ProjectSession::projectsFolder()).removeRecursively();
    QSettings().clear();
  }

  // Make takes, destroy the window, build a new one: takes, script, voice and
  // settings are back, and a take can still be regenerated from its reference.
  void workComesBackInTheNextWindow() {
    QTemporaryDir temp;
    const QString reference = temp.filePath(QStringLiteral("reference-1.wav"));
    timbre::audio::writeAudioFile(reference.toStdString(),
                                  timbre::audio::readAudioFile(timbre::test::sharedPath("audio/aishell/BAC009S0150W0121.wav")),
                                  timbre::audio::AudioFormat::WavFloat);
    auto first = std::make_unique<MainWindow>();
    StudioView* studio = first->studio();
    QVERIFY(studio->voicePanel()->loadFile(shared("audio/aishell/BAC009S0150W0121.wav")));
    studio->voicePanel()->setSelectionSeconds(0.5, 3.5);
    studio->voicePanel()->setPromptText(QStringLiteral("我说的话"));
    studio->voicePanel()->setPromptLanguage(QStringLiteral("all_zh"));
    studio->scriptPanel()->setText(QStringLiteral("我们明天一起去公园散步吧。"));
    studio->scriptPanel()->setSeed(4242);
    studio->scriptPanel()->setSplitMethod(QStringLiteral("cut1"));
    studio->takesPanel()->addTake(makeTake(1, reference));
    studio->takesPanel()->addTake(makeTake(2, reference));
    const QString folder = first->project()->folder();
    // Takes are on disk as soon as they are made, before anything is closed.
    QVERIFY(QFileInfo::exists(project::takeAudioPath(folder, 1)));
    QVERIFY(QFileInfo::exists(project::takeAudioPath(folder, 2)));
    QVERIFY(project::isProject(folder));
    const std::vector<Take> made = studio->takesPanel()->takes();
    const auto selection = std::pair{studio->voicePanel()->waveform()->selectionBegin(),
                                     studio->voicePanel()->waveform()->selectionEnd()};
    first.reset();  // no close, no question: the window is simply gone

    MainWindow second;
    QVERIFY(second.restoreLastProject());
    QCOMPARE(second.project()->folder(), folder);
    StudioView* again = second.studio();
    QCOMPARE(again->scriptPanel()->settings().text, QStringLiteral("我们明天一起去公园散步吧。"));
    QCOMPARE(again->scriptPanel()->settings().seed, qint64(4242));
    QCOMPARE(again->scriptPanel()->settings().splitMethod, std::string("cut1"));
    QVERIFY(again->voicePanel()->hasAudio());
    QCOMPARE(again->voicePanel()->fileName(), shared("audio/aishell/BAC009S0150W0121.wav"));
    QCOMPARE(again->voicePanel()->promptText(), QStringLiteral("我说的话"));
    QCOMPARE(again->voicePanel()->promptLanguage(), QStringLiteral("all_zh"));
    QCOMPARE(again->voicePanel()->waveform()->selectionBegin(), selection.first);
    QCOMPARE(again->voicePanel()->waveform()->selectionEnd(), selection.second);
    TakesPanel* takes = again->takesPanel();
    QCOMPARE(takes->count(), 2);
    for (int i = 0; i < 2; ++i) {
      const Take& back = takes->take(i);
      const Take& was = made[std::size_t(i)];
      QCOMPARE(back.number, i + 1);
      QCOMPARE(back.text, was.text);
      QCOMPARE(back.seed, was.seed);
      QCOMPARE(back.voiceName, was.voiceName);
      QCOMPARE(back.audio.sampleRateHz, 32000);
      QVERIFY(back.audio.samples == was.audio.samples);  // lossless
      QCOMPARE(back.pieces.size(), std::size_t(2));
      QCOMPARE(back.pieces[1].text, QStringLiteral("second piece"));
      QCOMPARE(back.pieces[1].startFrame, qint64(12800));
      QCOMPARE(back.pieces[1].seed, qint64(77));
      QCOMPARE(back.job.settings.topK, 7);
      QCOMPARE(back.job.promptText, QStringLiteral("其中有两个是内因的指标"));
      // Its reference lives in the project now, not in a temporary folder.
      QVERIFY(back.job.referencePath.startsWith(folder));
      QVERIFY(QFileInfo::exists(back.job.referencePath));
    }
    // Later takes count on from the restored ones.
    takes->addTake(makeTake(3, reference));
    QCOMPARE(takes->take(2).number, 3);
  }

  // Save As names the project and goes on there; New keeps it and starts
  // empty; Open brings it back.
  void saveAsNewAndOpen() {
    QTemporaryDir temp;
    MainWindow window;
    StudioView* studio = window.studio();
    studio->scriptPanel()->setText(QStringLiteral("Hello there."));
    studio->takesPanel()->addTake(makeTake(1, QString()));
    const QString named = temp.filePath(QStringLiteral("My podcast"));
    QVERIFY2(window.project()->saveAs(named), qPrintable(window.project()->lastError()));
    QCOMPARE(window.project()->name(), QStringLiteral("My podcast"));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("My podcast")));
    QVERIFY(QFileInfo::exists(project::takeAudioPath(named, 1)));
    studio->takesPanel()->addTake(makeTake(2, QString()));
    QVERIFY(QFileInfo::exists(project::takeAudioPath(named, 2)));  // the named project goes on

    window.project()->startNew();
    QCOMPARE(studio->takesPanel()->count(), 0);
    QVERIFY(studio->scriptPanel()->settings().text.isEmpty());
    QVERIFY(window.project()->folder() != named);

    QVERIFY2(window.project()->open(named), qPrintable(window.project()->lastError()));
    QCOMPARE(studio->takesPanel()->count(), 2);
    QCOMPARE(studio->scriptPanel()->settings().text, QStringLiteral("Hello there."));
    // Not a project: refused with the folder named.
    QVERIFY(!window.project()->open(temp.path()));
    QVERIFY(window.project()->lastError().contains(temp.path()));
    QCOMPARE(studio->takesPanel()->count(), 2);
  }

  // Removing a take removes it from the project too.
  void removedTakeLeavesTheProject() {
    MainWindow window;
    TakesPanel* takes = window.studio()->takesPanel();
    takes->addTake(makeTake(1, QString()));
    takes->addTake(makeTake(2, QString()));
    const QString folder = window.project()->folder();
    takes->setCurrentIndex(0);
    auto* remove = takes->findChild<QPushButton*>(QStringLiteral("removeTakeButton"));
    QVERIFY(remove);
    remove->click();
    QCOMPARE(takes->count(), 1);
    QVERIFY(!QFileInfo::exists(project::takeAudioPath(folder, 1)));
    QVERIFY(QFileInfo::exists(project::takeAudioPath(folder, 2)));
    const ProjectState state = project::readState(folder);
    QCOMPARE(state.takes.size(), std::size_t(1));
    QCOMPARE(state.takes[0].number, 2);
  }

  // A clip with no transcript beside it does not inherit the previous clip's.
  void newClipClearsTheOldTranscript() {
    QTemporaryDir temp;
    VoicePanel panel;
    QVERIFY(panel.loadFile(shared("audio/aishell/BAC009S0150W0121.wav")));
    QVERIFY(!panel.promptText().isEmpty());  // from its .txt
    QVERIFY(panel.transcriptNote().isEmpty());
    const QString bare = temp.filePath(QStringLiteral("english-take.wav"));
    QVERIFY(QFile::copy(shared("audio/aishell/BAC009S0252W0121.wav"), bare));
    QVERIFY(panel.loadFile(bare));
    QCOMPARE(panel.promptText(), QString());
    QVERIFY2(panel.transcriptNote().contains(QStringLiteral("english-take.wav")), qPrintable(panel.transcriptNote()));
    // Typing one puts the note away.
    panel.setPromptText(QStringLiteral("hello"));
    QVERIFY(panel.transcriptNote().isEmpty());
  }

  // A red check in the report stops Generate, which says why and names the
  // user's own file, not a temporary copy.
  void generateRefusedWhileReportIsRed() {
    QTemporaryDir temp;
    auto clip = timbre::audio::readAudioFile(timbre::test::sharedPath("audio/aishell/BAC009S0150W0121.wav"));
    clip.samples.resize(std::size_t(clip.sampleRateHz) * std::size_t(clip.channels));  // 1 s
    const QString shortClip = temp.filePath(QStringLiteral("my-short-clip.wav"));
    timbre::audio::writeAudioFile(shortClip.toStdString(), clip);
    StudioView studio;
    studio.modelPanel()->setFolder(temp.path());
    QVERIFY(studio.voicePanel()->loadFile(shortClip));
    studio.scriptPanel()->setText(QStringLiteral("我们明天一起去公园散步吧。"));
    QVERIFY(!studio.generate());
    QVERIFY(!studio.isBusy());
    const QString message = lastMessage(&studio);
    QVERIFY2(message.contains(QStringLiteral("my-short-clip.wav")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Duration")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("reference-")), qPrintable(message));
  }

  // Chinese under "en" would vanish from the take: flagged before generating.
  void scriptLanguageMismatchIsFlagged() {
    const ScriptMismatch han = findUnreadableScript(QStringLiteral("Hello 我们明天 world"), QStringLiteral("en"));
    QCOMPARE(han.system, WritingSystem::Han);
    QCOMPARE(han.characters, 4);
    QCOMPARE(han.sample, QStringLiteral("我们明天"));
    QVERIFY(!findUnreadableScript(QStringLiteral("Hello world."), QStringLiteral("en")));
    QCOMPARE(findUnreadableScript(QStringLiteral("今日はこんにちは"), QStringLiteral("zh")).system, WritingSystem::Kana);
    QCOMPARE(findUnreadableScript(QStringLiteral("안녕하세요"), QStringLiteral("all_ja")).system, WritingSystem::Hangul);
    QCOMPARE(findUnreadableScript(QStringLiteral("漢字と仮名"), QStringLiteral("ja")).system, WritingSystem::None);
    QCOMPARE(findUnreadableScript(QStringLiteral("我们 hello こんにちは 안녕"), QStringLiteral("auto")).system, WritingSystem::None);
    QCOMPARE(findUnreadableScript(QStringLiteral("我们明天"), QStringLiteral("ko")).system, WritingSystem::Han);

    QTemporaryDir temp;
    StudioView studio;
    studio.modelPanel()->setFolder(temp.path());
    QVERIFY(studio.voicePanel()->loadFile(shared("audio/aishell/BAC009S0150W0121.wav")));
    studio.scriptPanel()->setText(QStringLiteral("Good morning. 我们明天一起去公园散步吧。"));
    studio.scriptPanel()->setLanguage(QStringLiteral("en"));
    QVERIFY(!studio.generate());
    const QString message = lastMessage(&studio);
    QVERIFY2(message.contains(QStringLiteral("我们明天一起")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("“en”")), qPrintable(message));
  }

  // A failed job's "Failed" goes once the script or the voice changes, and
  // its message names no temporary copy.
  void staleFailureIsCleared() {
    QTemporaryDir temp;
    StudioView studio;
    studio.modelPanel()->setFolder(temp.path());  // no models there: the job fails
    QVERIFY(studio.voicePanel()->loadFile(shared("audio/aishell/BAC009S0150W0121.wav")));
    studio.scriptPanel()->setText(QStringLiteral("我们明天一起去公园散步吧。"));
    QSignalSpy failed(&studio, &StudioView::generationFailed);
    QVERIFY(studio.generate());
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
    QVERIFY2(!failed.at(0).at(0).toString().contains(QStringLiteral("reference-")), qPrintable(failed.at(0).at(0).toString()));
    auto* progress = studio.findChild<QLabel*>(QStringLiteral("progressLabel"));
    QVERIFY(progress);
    QCOMPARE(progress->text(), QStringLiteral("Failed"));
    studio.scriptPanel()->setText(QStringLiteral("今天天气很好。"));
    QTRY_VERIFY(progress->text().isEmpty());
  }

  // After a new take only it is selected, so Play/Export/Regenerate apply to it.
  void onlyTheNewTakeIsSelected() {
    TakesPanel takes;
    takes.addTake(makeTake(1, QString()));
    takes.addTake(makeTake(2, QString()));
    takes.findChild<QListWidget*>(QStringLiteral("takesList"))->selectAll();
    QCOMPARE(takes.selectedIndexes(), (QList<int>{0, 1}));
    takes.addTake(makeTake(3, QString()));
    QCOMPARE(takes.selectedIndexes(), (QList<int>{2}));
    QCOMPARE(takes.currentIndex(), 2);
  }
};

QTEST_MAIN(TestProjects)
#include "TestProjects.moc"
