// Exported takes are marked as AI-generated speech with the voice's name, in
// every export format (read back through the engine).
#include "ExportMetadata.h"
#include "TakesPanel.h"
#include "timbre/Version.h"

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
};

QTEST_MAIN(TestExportMetadata)
#include "TestExportMetadata.moc"
