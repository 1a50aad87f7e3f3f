// Text tags in written audio: every format the engine writes carries title,
// artist and comment, read back by libsndfile (sf_get_string); WAV, FLAC and
// Ogg keep UTF-8 and the software string, MP3 (ID3 by LAME) keeps Latin-1.
#include "audio/AudioFile.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <sndfile.h>

#include <cmath>

using timbre::audio::AudioBuffer;
using timbre::audio::AudioFormat;
using timbre::audio::AudioMetadata;

namespace {

AudioBuffer tone() {
  AudioBuffer a;
  a.sampleRateHz = 32000;
  a.channels = 1;
  for (int i = 0; i < 16000; ++i) a.samples.push_back(0.3f * float(std::sin(2 * M_PI * 440.0 * i / 32000.0)));
  return a;
}

QString tag(const std::string& path, int id) {
  SF_INFO info{};
  SNDFILE* file = sf_open(path.c_str(), SFM_READ, &info);
  if (!file) return QStringLiteral("<cannot open>");
  const char* text = sf_get_string(file, id);
  const QString result = text ? QString::fromUtf8(text) : QString();
  sf_close(file);
  return result;
}

}  // namespace

class TestAudioMetadata : public QObject {
  Q_OBJECT

 private slots:
  void stringsRoundTrip_data() {
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<bool>("utf8");
    QTest::newRow("wav16") << int(AudioFormat::Wav16) << "wav" << true;
    QTest::newRow("wavfloat") << int(AudioFormat::WavFloat) << "wav" << true;
    QTest::newRow("flac") << int(AudioFormat::Flac) << "flac" << true;
    QTest::newRow("ogg") << int(AudioFormat::OggVorbis) << "ogg" << true;
    QTest::newRow("mp3") << int(AudioFormat::Mp3) << "mp3" << false;
  }

  void stringsRoundTrip() {
    QFETCH(int, format);
    QFETCH(QString, extension);
    QFETCH(bool, utf8);
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("tagged.") + extension).toStdString();
    AudioMetadata m;
    m.title = "Café — 你好";
    m.artist = "Timbre (AI-generated voice: Zoë 小明)";
    m.comment = "AI-generated speech";
    m.software = "Timbre 9.9";
    timbre::audio::writeAudioFile(path, tone(), AudioFormat(format), m);

    if (utf8) {
      QCOMPARE(tag(path, SF_STR_TITLE), QStringLiteral("Café — 你好"));
      QCOMPARE(tag(path, SF_STR_ARTIST), QStringLiteral("Timbre (AI-generated voice: Zoë 小明)"));
      // WAV: libsndfile appends its own version to the software string.
      QVERIFY2(tag(path, SF_STR_SOFTWARE).startsWith(QStringLiteral("Timbre 9.9")),
               qPrintable(tag(path, SF_STR_SOFTWARE)));
    } else {
      // ID3 through LAME is Latin-1: é and ë survive, the rest become '?'.
      QCOMPARE(tag(path, SF_STR_TITLE), QStringLiteral("Café ? ??"));
      QCOMPARE(tag(path, SF_STR_ARTIST), QStringLiteral("Timbre (AI-generated voice: Zoë ??)"));
    }
    QCOMPARE(tag(path, SF_STR_COMMENT), QStringLiteral("AI-generated speech"));
    // The same through the engine's reader; the audio itself is intact.
    const AudioMetadata back = timbre::audio::readAudioMetadata(path);
    QCOMPARE(QString::fromStdString(back.comment), QStringLiteral("AI-generated speech"));
    QVERIFY(timbre::audio::readAudioFile(path).frames() > 10000);
  }

  // In-memory encoding (the HTTP API's path) carries the tags too.
  void encodedBytesCarryTags() {
    AudioMetadata m;
    m.artist = "Timbre (AI-generated voice: Bob)";
    const std::string bytes = timbre::audio::encodeAudio(tone(), AudioFormat::Flac, "mem", m);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mem.flac"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes.data(), qint64(bytes.size()));
    f.close();
    QCOMPARE(tag(path.toStdString(), SF_STR_ARTIST), QStringLiteral("Timbre (AI-generated voice: Bob)"));
    QCOMPARE(tag(path.toStdString(), SF_STR_TITLE), QString());  // empty fields are not written
  }

  void untaggedByDefault() {
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("plain.wav")).toStdString();
    timbre::audio::writeAudioFile(path, tone());
    QCOMPARE(tag(path, SF_STR_ARTIST), QString());
  }
};

QTEST_GUILESS_MAIN(TestAudioMetadata)
#include "TestAudioMetadata.moc"
