// The training wizard's "gather speech" page: read aloud with a stand-in
// recorder and with real audio through a private null sink, retakes, the
// checks' verdicts, importing a folder with a .list or sidecar transcripts and
// a long recording, proofreading (edit, delete, split), reopening the
// workspace, and what Next refuses.
#include "AudioPlayer.h"
#include "AudioRecorder.h"
#include "ImportPanel.h"
#include "MonitorRecording.h"
#include "PulseNullSink.h"
#include "ReadAloudPanel.h"
#include "RecordDialog.h"
#include "SpeechGatherPage.h"
#include "StandInRecorder.h"
#include "WaveformView.h"
#include "audio/AudioFile.h"
#include "support/SharedData.h"
#include "training/data/ListFile.h"
#include "training/data/ReadAloudScript.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>

using namespace timbre::gui;
using timbre::audio::AudioBuffer;
namespace data = timbre::training::data;
using timbre::test::FakeRecorder;
using timbre::test::speechLike;

namespace {

QString aishell(const QString& name) {
  return QString::fromStdString(timbre::test::sharedPath("audio/aishell/" + name.toStdString()));
}

QString readText(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

data::ListFileContents readList(const SpeechGatherPage& page) {
  return data::readListFile(page.datasetListPath().toStdString());
}

// One take through the page's embedded recorder (no count-in).
void recordTake(SpeechGatherPage& page) {
  RecordDialog* recorder = page.readAloud()->recorder();
  recorder->setCountIn(0);
  recorder->startRecording();
  QTRY_COMPARE(recorder->state(), RecordDialog::State::Recording);
  recorder->stopRecording();
  QCOMPARE(recorder->state(), RecordDialog::State::Stopped);
}

const QStringList kClips = {QStringLiteral("BAC009S0150W0001"), QStringLiteral("BAC009S0150W0021"),
                            QStringLiteral("BAC009S0150W0041")};

}  // namespace

class TestSpeechGatherPage : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    // For the take recorded from real audio; the stand-in recorder never opens PortAudio.
    QVERIFY2(m_pulse.start(&error), qPrintable(error));
  }

  // Each take is written at once as clips/read-NNNN.wav with its sentence in
  // the list; a retake replaces it; a quiet take is flagged with its reason and a
  // short one refused; Skip/Next move on; reopening continues where it stopped.
  void readAloudRecordsChecksAndRetakes() {
    QTemporaryDir workspace;
    FakeRecorder fake;
    SpeechGatherPage page(nullptr, &fake);
    page.setWorkspace(workspace.path(), QStringLiteral("zh"));
    page.show();
    const std::vector<std::string> script = data::readAloudSentences("zh");
    QVERIFY(script.size() >= 3);
    auto* number = page.findChild<QLabel*>(QStringLiteral("readAloudNumber"));
    auto* sentence = page.findChild<QLabel*>(QStringLiteral("readAloudSentence"));
    QCOMPARE(number->text(), QStringLiteral("Sentence 1 of %1").arg(script.size()));
    QCOMPARE(sentence->text(), QString::fromStdString(script[0]));
    QVERIFY(!page.isComplete());
    QTRY_VERIFY(page.readAloud()->recorder()->devicesLoaded());
    // The recorder sits inside the page, without the dialog's own Use/Cancel buttons.
    QVERIFY(page.readAloud()->recorder()->isVisible());
    QVERIFY(!page.readAloud()->recorder()->isWindow());
    QVERIFY(!page.readAloud()->recorder()->findChild<QPushButton*>(QStringLiteral("recordUseButton"))->isVisible());
    if (qEnvironmentVariableIsSet("TIMBRE_GATHER_SHOT")) {
      page.resize(800, 600);
      page.grab().save(qEnvironmentVariable("TIMBRE_GATHER_SHOT"));
    }

    fake.take = speechLike(6.0);
    recordTake(page);
    const QString clip = workspace.filePath(QStringLiteral("clips/read-0001.wav"));
    QVERIFY(QFileInfo::exists(clip));
    QCOMPARE(timbre::audio::readAudioFile(clip.toStdString()).frames(), fake.take.frames());
    data::ListFileContents list = readList(page);
    QCOMPARE(list.entries.size(), std::size_t(1));
    QCOMPARE(list.entries[0].name, std::string("read-0001.wav"));
    QCOMPARE(list.entries[0].text, script[0]);
    QCOMPARE(list.entries[0].language, std::string("zh"));
    QVERIFY2(page.readAloud()->verdictText().startsWith(QStringLiteral("Good")), qPrintable(page.readAloud()->verdictText()));
    QVERIFY(page.isComplete());
    QVERIFY(std::abs(page.gatheredSeconds() - 6.0) < 0.01);
    QVERIFY2(page.progressText().startsWith(QStringLiteral("0.1 of 1–5 minutes gathered")), qPrintable(page.progressText()));

    // A retake that is far too quiet replaces the clip and says why it should be taken again.
    fake.take = speechLike(2.0, 16000, 0.003f);
    page.findChild<QPushButton*>(QStringLiteral("readAloudRetake"))->click();
    QTRY_COMPARE(page.readAloud()->recorder()->state(), RecordDialog::State::Recording);
    page.readAloud()->recorder()->stopRecording();
    QCOMPARE(readList(page).entries.size(), std::size_t(1));
    QCOMPARE(timbre::audio::readAudioFile(clip.toStdString()).frames(), fake.take.frames());
    const QString quiet = page.findChild<QLabel*>(QStringLiteral("readAloudVerdict"))->text();
    QVERIFY2(quiet.contains(QStringLiteral("too quiet")), qPrintable(quiet));
    QVERIFY(page.isComplete());  // training keeps it: a warning, not a refusal

    // Too short for training: refused with the reason, and nothing usable is left.
    fake.take = speechLike(0.5);
    recordTake(page);
    const QString tooShort = page.readAloud()->verdictText();
    QVERIFY2(tooShort.startsWith(QStringLiteral("Not usable: too short (0.50 s")), qPrintable(tooShort));
    QVERIFY(!page.isComplete());
    QVERIFY(!page.validatePage());

    // A good take again, then Next; Skip leaves sentence 2 out.
    fake.take = speechLike(6.0);
    recordTake(page);
    auto* next = page.findChild<QPushButton*>(QStringLiteral("readAloudNext"));
    auto* skip = page.findChild<QPushButton*>(QStringLiteral("readAloudSkip"));
    QVERIFY(next->isEnabled() && !skip->isEnabled());
    next->click();
    QCOMPARE(number->text(), QStringLiteral("Sentence 2 of %1").arg(script.size()));
    QVERIFY(!next->isEnabled() && skip->isEnabled());
    skip->click();
    QCOMPARE(sentence->text(), QString::fromStdString(script[2]));
    fake.take = speechLike(4.0);
    recordTake(page);
    QCOMPARE(readList(page).entries.size(), std::size_t(2));
    QCOMPARE(readList(page).entries[1].name, std::string("read-0003.wav"));
    QVERIFY(page.validatePage());

    // The app restarted: the same workspace brings the takes back and goes on at sentence 2.
    FakeRecorder otherFake;
    SpeechGatherPage reopened(nullptr, &otherFake);
    reopened.setWorkspace(workspace.path(), QStringLiteral("zh"));
    QCOMPARE(reopened.clips().clips().size(), std::size_t(2));
    QVERIFY(std::abs(reopened.gatheredSeconds() - 10.0) < 0.01);
    QCOMPARE(reopened.readAloud()->currentSentence(), 1);
    QCOMPARE(reopened.importPanel()->table()->rowCount(), 2);
  }

  // A take that cannot be written (here: a folder where the file must go, as a
  // full disk would) stays with the recorder; Save again writes it once possible.
  void failedSaveKeepsTheTake() {
    QTemporaryDir workspace;
    FakeRecorder fake;
    SpeechGatherPage page(nullptr, &fake);
    page.setWorkspace(workspace.path(), QStringLiteral("zh"));
    QVERIFY(QDir().mkpath(workspace.filePath(QStringLiteral("clips/read-0001.wav"))));
    recordTake(page);
    QVERIFY2(page.message().startsWith(QStringLiteral("The take of sentence 1 could not be saved")), qPrintable(page.message()));
    QCOMPARE(page.readAloud()->verdictText(), QStringLiteral("Not saved yet."));
    auto* saveAgain = page.findChild<QPushButton*>(QStringLiteral("readAloudSaveAgain"));
    QVERIFY(!saveAgain->isHidden());
    QVERIFY(!page.isComplete());
    QVERIFY(QDir().rmdir(workspace.filePath(QStringLiteral("clips/read-0001.wav"))));
    saveAgain->click();
    QVERIFY(saveAgain->isHidden());
    QVERIFY(QFileInfo(workspace.filePath(QStringLiteral("clips/read-0001.wav"))).isFile());
    QVERIFY(page.isComplete());
  }

  // A real voice played into the null sink and recorded from its monitor by the page's own recorder.
  void readAloudFromRealAudio() {
    QTemporaryDir workspace;
    SpeechGatherPage page;
    page.setWorkspace(workspace.path(), QStringLiteral("zh"));
    page.show();
    RecordDialog* recorder = page.readAloud()->recorder();
    QTRY_VERIFY_WITH_TIMEOUT(recorder->devicesLoaded(), 10000);
    recorder->setCountIn(0);
    const AudioBuffer voice = timbre::audio::readAudioFile(aishell(kClips[0] + QStringLiteral(".wav")).toStdString());
    bool started = false;
    connect(recorder->recorder(), &AudioRecorder::started, this, [&] { started = true; });
    recorder->startRecording();
    QTRY_VERIFY_WITH_TIMEOUT(started || recorder->state() == RecordDialog::State::Failed, 10000);
    QVERIFY2(recorder->state() == RecordDialog::State::Recording, qPrintable(recorder->errorText()));
    QTest::qWait(200);
    AudioPlayer player;
    player.play(voice);
    QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 15000);
    QTest::qWait(300);  // the sink's latency
    recorder->stopRecording();
    QTRY_COMPARE(recorder->state(), RecordDialog::State::Stopped);
    QCOMPARE(page.clips().clips().size(), std::size_t(1));
    QVERIFY(page.clips().clips()[0].audio.seconds >= voice.durationSeconds());
    QVERIFY2(page.clips().verdict(0).usable(), qPrintable(page.readAloud()->verdictText()));
    QVERIFY(page.isComplete());
  }

  // A folder with an official .list (another machine's paths): every clip is
  // copied in and listed with its length and verdict; editing a transcript
  // and deleting a clip change the written list; reopening restores them.
  void importFolderWithList() {
    QTemporaryDir source, workspace;
    QString list;
    for (const QString& name : kClips) {
      QVERIFY(QFile::copy(aishell(name + QStringLiteral(".wav")), source.filePath(name + QStringLiteral(".wav"))));
      list += QStringLiteral("D:/asr/%1.wav|aishell|ZH|%2\n").arg(name, readText(aishell(name + QStringLiteral(".txt"))));
    }
    QFile listFile(source.filePath(QStringLiteral("voice.list")));
    QVERIFY(listFile.open(QIODevice::WriteOnly));
    listFile.write(list.toUtf8());
    listFile.close();

    SpeechGatherPage page;
    page.setWorkspace(workspace.path(), QStringLiteral("zh"));
    QVERIFY(page.importPanel()->addFolder(source.path()));
    QVERIFY2(page.message().endsWith(QStringLiteral(": 3.")), qPrintable(page.message()));
    QTableWidget* table = page.importPanel()->table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, ImportPanel::FileColumn)->text(), kClips[0] + QStringLiteral(".wav"));
    QCOMPARE(table->item(0, ImportPanel::LengthColumn)->text(), QStringLiteral("2.4 s"));
    QCOMPARE(table->item(1, ImportPanel::LengthColumn)->text(), QStringLiteral("2.3 s"));
    QCOMPARE(table->item(2, ImportPanel::LengthColumn)->text(), QStringLiteral("2.7 s"));
    QCOMPARE(table->item(0, ImportPanel::TranscriptColumn)->text(), readText(aishell(kClips[0] + QStringLiteral(".txt"))));
    for (int row = 0; row < 3; ++row) {
      const QString verdict = table->item(row, ImportPanel::VerdictColumn)->text();
      QVERIFY2(verdict == QStringLiteral("Good") || verdict == QStringLiteral("Usable, retake advised"), qPrintable(verdict));
      QVERIFY(QFileInfo(workspace.filePath(QStringLiteral("clips/") + kClips[row] + QStringLiteral(".wav"))).isFile());
    }
    QVERIFY(page.isComplete());
    QVERIFY(std::abs(page.gatheredSeconds() - (2.429 + 2.323 + 2.704)) < 0.01);

    if (qEnvironmentVariableIsSet("TIMBRE_GATHER_SHOT")) {
      page.findChild<QTabWidget*>(QStringLiteral("gatherModes"))->setCurrentWidget(page.importPanel());
      table->selectRow(0);
      page.resize(800, 600);
      page.show();
      page.grab().save(qEnvironmentVariable("TIMBRE_GATHER_SHOT").replace(QStringLiteral(".png"), QStringLiteral("-import.png")));
    }

    // The same folder again (say after Stop): nothing is copied twice.
    QVERIFY(page.importPanel()->addFolder(source.path()));
    QVERIFY2(page.message().contains(QStringLiteral("Already in the set: 3.")), qPrintable(page.message()));
    QCOMPARE(table->rowCount(), 3);

    // Proofreading: the edited transcript is what the list says.
    table->item(1, ImportPanel::TranscriptColumn)->setText(QStringLiteral("三叶眼镜店"));
    QCOMPARE(readList(page).entries[1].text, std::string("三叶眼镜店"));
    // Latin letters in a Chinese voice: flagged, and the others still count.
    table->item(2, ImportPanel::TranscriptColumn)->setText(QStringLiteral("hello there"));
    QCOMPARE(table->item(2, ImportPanel::VerdictColumn)->text(), QStringLiteral("Wrong language"));
    QVERIFY(table->item(2, ImportPanel::VerdictColumn)->toolTip().contains(QStringLiteral("no Chinese characters")));
    QVERIFY(page.progressText().contains(QStringLiteral("usable clips: 2")));

    // Delete: out of the list, the file kept aside in clips/removed/.
    table->selectRow(0);
    page.importPanel()->deleteSelected();
    QCOMPARE(table->rowCount(), 2);
    data::ListFileContents written = readList(page);
    QCOMPARE(written.entries.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(written.entries[0].name), kClips[1] + QStringLiteral(".wav"));
    QVERIFY(QFileInfo(workspace.filePath(QStringLiteral("clips/removed/") + kClips[0] + QStringLiteral(".wav"))).isFile());

    // Reopened: the clips and the edited transcripts come back.
    SpeechGatherPage reopened;
    reopened.setWorkspace(workspace.path(), QStringLiteral("zh"));
    QTableWidget* again = reopened.importPanel()->table();
    QCOMPARE(again->rowCount(), 2);
    QCOMPARE(again->item(0, ImportPanel::TranscriptColumn)->text(), QStringLiteral("三叶眼镜店"));
    QCOMPARE(again->item(1, ImportPanel::VerdictColumn)->text(), QStringLiteral("Wrong language"));
    QCOMPARE(reopened.findChild<QTabWidget*>(QStringLiteral("gatherModes"))->currentWidget(),
             static_cast<QWidget*>(reopened.importPanel()));
  }

  // A list whose language column is not the voice's: imported, and the message names the clips.
  void listInAnotherLanguageIsNamed() {
    QTemporaryDir source, workspace;
    QVERIFY(QFile::copy(aishell(kClips[0] + QStringLiteral(".wav")), source.filePath(QStringLiteral("a.wav"))));
    QFile listFile(source.filePath(QStringLiteral("a.list")));
    QVERIFY(listFile.open(QIODevice::WriteOnly));
    listFile.write(QStringLiteral("a.wav|x|EN|%1\n").arg(readText(aishell(kClips[0] + QStringLiteral(".txt")))).toUtf8());
    listFile.close();
    SpeechGatherPage page;
    page.setWorkspace(workspace.path() + QStringLiteral("/my voice/"), QStringLiteral("zh"));
    QVERIFY(page.importPanel()->addFolder(source.path()));
    QVERIFY2(page.message().contains(QStringLiteral("marked in the list as another language than this voice's (zh): a.wav")),
             qPrintable(page.message()));
    const data::ListFileContents written = readList(page);
    QCOMPARE(written.entries.size(), std::size_t(1));
    QCOMPARE(written.entries[0].speaker, std::string("my voice"));
    QCOMPARE(written.entries[0].language, std::string("zh"));  // the voice's language is what training uses
  }

  // Sidecar .txt transcripts; a clip without one comes in with an empty
  // transcript that Next refuses until it is typed; "Split here" cuts a clip in two.
  void importSidecarsAndSplit() {
    QTemporaryDir source, workspace;
    QVERIFY(QFile::copy(aishell(kClips[0] + QStringLiteral(".wav")), source.filePath(QStringLiteral("a.wav"))));
    QVERIFY(QFile::copy(aishell(kClips[0] + QStringLiteral(".txt")), source.filePath(QStringLiteral("a.txt"))));
    QVERIFY(QFile::copy(aishell(kClips[1] + QStringLiteral(".wav")), source.filePath(QStringLiteral("b.wav"))));

    SpeechGatherPage page;
    page.setWorkspace(workspace.path(), QStringLiteral("zh"));
    QVERIFY(page.importPanel()->addFolder(source.path()));
    QVERIFY2(page.message().contains(QStringLiteral("Without a transcript: 1")), qPrintable(page.message()));
    QTableWidget* table = page.importPanel()->table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, ImportPanel::VerdictColumn)->text(), QStringLiteral("No transcript"));
    QVERIFY(page.isComplete());
    QVERIFY(!page.validatePage());
    QCOMPARE(page.message(), QStringLiteral("b.wav has no transcript: type what is said in it, or delete the clip."));
    table->item(1, ImportPanel::TranscriptColumn)->setText(readText(aishell(kClips[1] + QStringLiteral(".txt"))));
    QVERIFY(page.validatePage());

    // Play: the selected clip comes out of the (null sink's) speakers.
    table->selectRow(0);
    const AudioBuffer clip = timbre::audio::readAudioFile(page.clips().clipPath(0).toStdString());
    AudioBuffer heard;
    timbre::test::recordWhilePlaying(*page.importPanel()->player(), [&] { page.importPanel()->playSelected(); }, &heard);
    if (QTest::currentTestFailed()) return;
    const auto peakOf = [](const std::vector<float>& x) {
      float peak = 0;
      for (float v : x) peak = std::max(peak, std::abs(v));
      return peak;
    };
    QVERIFY(heard.durationSeconds() > clip.durationSeconds());
    QVERIFY2(peakOf(heard.samples) > 0.5f * peakOf(clip.samples),
             qPrintable(QStringLiteral("played peak %1, clip peak %2").arg(peakOf(heard.samples)).arg(peakOf(clip.samples))));

    // Split the first clip where the drag in its waveform starts.
    table->selectRow(0);
    WaveformView* waveform = page.importPanel()->waveform();
    const std::size_t frames = waveform->sampleCount();
    QCOMPARE(frames, std::size_t(2.429 * 16000 + 0.5));
    waveform->setSelection(frames / 2, frames);
    page.importPanel()->splitSelected();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, ImportPanel::FileColumn)->text(), QStringLiteral("a-1.wav"));
    QCOMPARE(table->item(1, ImportPanel::FileColumn)->text(), QStringLiteral("a-2.wav"));
    QCOMPARE(table->item(0, ImportPanel::TranscriptColumn)->text(), readText(aishell(kClips[0] + QStringLiteral(".txt"))));
    QCOMPARE(table->item(1, ImportPanel::TranscriptColumn)->text(), QString());
    QCOMPARE(timbre::audio::readAudioFile(page.clips().clipPath(0).toStdString()).frames(), frames / 2);
    QCOMPARE(timbre::audio::readAudioFile(page.clips().clipPath(1).toStdString()).frames(), frames - frames / 2);
    QCOMPARE(table->selectedItems().front()->row(), 1);  // the part whose transcript is to be typed
    QVERIFY(!page.validatePage());
    QCOMPARE(readList(page).entries.size(), std::size_t(3));
  }

  // One long recording cut by the official slicer, one transcript line per piece.
  void importLongRecording() {
    QTemporaryDir workspace;
    // Two "sentences" of two AISHELL utterances each, a second of silence between them.
    std::vector<float> samples;
    const auto append = [&](const QString& name) {
      const AudioBuffer clip = timbre::audio::readAudioFile(aishell(name + QStringLiteral(".wav")).toStdString());
      samples.insert(samples.end(), clip.samples.begin(), clip.samples.end());
    };
    append(kClips[0]);
    append(kClips[1]);
    samples.insert(samples.end(), 16000, 0.0f);
    append(kClips[2]);
    append(QStringLiteral("BAC009S0150W0061"));
    const QString longPath = workspace.filePath(QStringLiteral("long.wav"));
    timbre::audio::writeAudioFile(longPath.toStdString(), AudioBuffer{samples, 16000, 1});

    SpeechGatherPage page;
    page.setWorkspace(workspace.filePath(QStringLiteral("voice")), QStringLiteral("zh"));
    // The count of lines must match the pieces; the message says both.
    QVERIFY(!page.importPanel()->addLongRecording(longPath, {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")}));
    QVERIFY2(page.message().contains(QStringLiteral("splits into 2 pieces")), qPrintable(page.message()));
    QCOMPARE(page.importPanel()->table()->rowCount(), 0);

    QVERIFY(page.importPanel()->addLongRecording(longPath, {QStringLiteral("设定二十九度三叶眼镜城"), QStringLiteral("想听歌曲剑心")}));
    QTableWidget* table = page.importPanel()->table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, ImportPanel::TranscriptColumn)->text(), QStringLiteral("想听歌曲剑心"));
    QVERIFY(table->item(0, ImportPanel::FileColumn)->text().startsWith(QStringLiteral("long.wav_")));
    QVERIFY(QFileInfo(page.clips().clipPath(1)).isFile());
    QVERIFY(!QFileInfo::exists(workspace.filePath(QStringLiteral("voice/slicing"))));
    QVERIFY(page.isComplete());
  }

  // Nothing gathered: Next is refused with a plain message on the page.
  void emptyDatasetRefused() {
    QTemporaryDir workspace;
    FakeRecorder fake;
    SpeechGatherPage page(nullptr, &fake);
    page.setWorkspace(workspace.path(), QStringLiteral("zh"));
    QVERIFY(!page.isComplete());
    QVERIFY(!page.validatePage());
    QVERIFY2(page.message().startsWith(QStringLiteral("Nothing usable has been gathered yet")), qPrintable(page.message()));
    QCOMPARE(page.gatheredSeconds(), 0.0);
  }

  void cleanupTestCase() { m_pulse.stop(); }

 private:
  timbre::test::PulseNullSink m_pulse;
};

QTEST_MAIN(TestSpeechGatherPage)
#include "TestSpeechGatherPage.moc"
