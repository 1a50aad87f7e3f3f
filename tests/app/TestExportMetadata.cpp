// Exported takes are marked as AI-generated speech with the voice's name, in
// every export format (read back through the engine).
#include "ExportMetadata.h"
#include "Id3Tag.h"
#include "TakesPanel.h"
#include "timbre/Version.h"

#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include "audio/AudioFile.h"

#include <cmath>

using timbre::gui::Take;

namespace {

Take makeTake(const QString& voice) {
  Take take;
  take.text = QStringLiteral("Hello there. This is a test take.");
  take.voiceName = voice;
  take.audio.sampleRateHz = 32000;
  take.audio.channels = 1;
  for (int i = 0; i < 32000; ++i) take.audio.samples.push_back(0.2f * float(std::sin(i * 0.05)));
  return take;
}


}  // namespace

class TestExportMetadata : public QObject {
  Q_OBJECT

 private slots:
  void metadataText() {
    const auto m = timbre::gui::exportMetadata(makeTake(QStringLiteral("Alice")));
    QCOMPARE(QString::fromStdString(m.artist), QStringLiteral("Timbre (AI-generated voice: Alice)"));
    QVERIFY(QString::fromStdString(m.comment).startsWith(QStringLiteral("AI-generated speech")));
    QCOMPARE(QString::fromStdString(m.software), QStringLiteral("Timbre ") + QString::fromLatin1(timbre::kVersion));
    QCOMPARE(QString::fromStdString(m.title), QStringLiteral("Hello there. This is a test take."));
    // A take without a known voice still says it is AI-generated.
    QCOMPARE(QString::fromStdString(timbre::gui::exportMetadata(makeTake({})).artist),
             QStringLiteral("Timbre (AI-generated voice: unnamed)"));
  }

  void exportedFilesCarryTags_data() {
    QTest::addColumn<QString>("extension");
    QTest::addColumn<bool>("software");  // LAME writes its own software tag into MP3
    QTest::newRow("wav") << "wav" << true;
    QTest::newRow("flac") << "flac" << true;
    QTest::newRow("ogg") << "ogg" << true;
    QTest::newRow("mp3") << "mp3" << false;
  }

  void exportedFilesCarryTags() {
    QFETCH(QString, extension);
    QFETCH(bool, software);
    timbre::gui::TakesPanel panel;
    panel.addTake(makeTake(QStringLiteral("Alice")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("take.") + extension);
    QCOMPARE(panel.exportAudio(0, path), QString());
    // Read back with the engine's reader (TestAudioMetadata checks it against libsndfile).
    const timbre::audio::AudioMetadata tags = timbre::audio::readAudioMetadata(path.toStdString());
    QCOMPARE(QString::fromStdString(tags.artist), QStringLiteral("Timbre (AI-generated voice: Alice)"));
    QCOMPARE(QString::fromStdString(tags.title), QStringLiteral("Hello there. This is a test take."));
    QVERIFY2(QString::fromStdString(tags.comment).startsWith(QStringLiteral("AI-generated speech")),
             tags.comment.c_str());
    if (software) QVERIFY(QString::fromStdString(tags.software).startsWith(QStringLiteral("Timbre ")));
  }

  // MP3 titles keep every script: one ID3v2.4 tag with UTF-8 frames, LAME's
  // Latin-1 tags ("????") gone.
  void mp3KeepsNonLatinText() {
    timbre::gui::TakesPanel panel;
    Take take = makeTake(QStringLiteral("小明の声"));
    take.text = QStringLiteral("我们明天一起去公园散步吧。こんにちは。안녕하세요.");
    panel.addTake(take);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("take.mp3"));
    QCOMPARE(panel.exportAudio(0, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.left(5), QByteArray("ID3\x04\x00", 5));
    const QByteArray title = take.text.toUtf8();
    QVERIFY(bytes.contains(QByteArray("TIT2")));
    QVERIFY(bytes.contains(title));
    QVERIFY(bytes.contains(QStringLiteral("Timbre (AI-generated voice: 小明の声)").toUtf8()));
    QVERIFY(!bytes.contains(QByteArray("????")));
    QVERIFY(bytes.indexOf("ID3", 3) < 0);          // the only ID3v2 tag
    QVERIFY(bytes.right(128).left(3) != "TAG");   // no Latin-1 ID3v1 tag
    // Still plays, and readers see the text as it was written.
    const auto back = timbre::audio::readAudioFile(path.toStdString());
    QVERIFY(std::abs(double(back.frames()) - 32000.0) < 0.01 * 32000.0);
    const timbre::audio::AudioMetadata tags = timbre::audio::readAudioMetadata(path.toStdString());
    QCOMPARE(QString::fromStdString(tags.title), take.text);
    QCOMPARE(QString::fromStdString(tags.artist), QStringLiteral("Timbre (AI-generated voice: 小明の声)"));
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("take.mp3")});
  }

  // The tag itself: header, synchsafe sizes, frames in order.
  void id3v24Layout() {
    timbre::audio::AudioMetadata m;
    m.title = "é";  // two UTF-8 bytes
    const QByteArray tag = timbre::gui::id3v24Tag(m);
    // header 10 + frame header 10 + encoding 1 + text 2
    QCOMPARE(tag, QByteArray("ID3\x04\x00\x00\x00\x00\x00\x0d" "TIT2\x00\x00\x00\x03\x00\x00\x03\xc3\xa9", 23));
    QCOMPARE(timbre::gui::stripId3Tags(tag + QByteArray("MPEG")), QByteArray("MPEG"));
  }

  // Proposed names never repeat an earlier export, in this session or another.
  void defaultNamesDoNotCollide() {
    QTemporaryDir dir;
    Take take = makeTake(QStringLiteral("My voice"));
    take.number = 1;
    const QString first = timbre::gui::TakesPanel::defaultExportPath(dir.path(), take, QStringLiteral("wav"));
    QVERIFY2(QFileInfo(first).fileName().startsWith(QStringLiteral("My_voice-take1-")), qPrintable(first));
    QVERIFY(first.endsWith(QStringLiteral(".wav")));
    QFile(first).open(QIODevice::WriteOnly);
    const QString second = timbre::gui::TakesPanel::defaultExportPath(dir.path(), take, QStringLiteral("wav"));
    QVERIFY(second != first);
    QVERIFY2(second.endsWith(QStringLiteral("-2.wav")), qPrintable(second));
  }

  // An export says where it went and offers to open the folder.
  void exportIsConfirmed() {
    timbre::gui::TakesPanel panel;
    panel.addTake(makeTake(QStringLiteral("Alice")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("confirmed.flac"));
    QVERIFY(panel.exportCurrentAudioTo(path));
    QVERIFY(QFileInfo::exists(path));
    auto* box = panel.findChild<QMessageBox*>(QStringLiteral("exportConfirmation"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(path)), qPrintable(box->text()));
    QVERIFY(box->findChild<QPushButton*>(QStringLiteral("openFolderButton")));
    // A failure says so instead.
    QVERIFY(!panel.exportCurrentAudioTo(dir.filePath(QStringLiteral("missing-folder/x.wav"))));
  }
};

QTEST_MAIN(TestExportMetadata)
#include "TestExportMetadata.moc"
