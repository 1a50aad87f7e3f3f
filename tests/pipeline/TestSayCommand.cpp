// `timbre-cli say` with an e2e case's inputs writes the official audio, and
// `timbre-cli split` prints the preprocessor's pieces; bad input exits non-zero
// with a message.
#include <QtTest/QtTest>

#include "audio/AudioFile.h"
#include "library/VoiceLibrary.h"
#include "support/TestSupport.h"
#include "tensor/Npy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using timbre::test::sharedPath;

namespace {

struct Run {
  int exitCode = -1;
  QString out, err;
};

Run runCli(const QStringList& args, const QByteArray& input = {}) {
  QProcess cli;
  cli.start(QString::fromStdString(timbre::test::cliPath()), args);
  cli.write(input);
  cli.closeWriteChannel();
  cli.waitForFinished(5 * 60 * 1000);
  return {cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()), QString::fromUtf8(cli.readAllStandardError())};
}

}  // namespace

class TestSayCommand : public QObject {
  Q_OBJECT

 private slots:
  void sayWritesTheOfficialAudio() {
    QTemporaryDir dir;
    const QString set = QString::fromStdString(sharedPath("fixtures/e2e-tiny"));
    const QString wav = dir.path() + "/out.wav";
    const Run run = runCli({"--threads", "2", "say", "--models", set, "--ref", set + "/case1_zh_long_cut5/ref.wav",
                            "--prompt-text", "其中有两个是内因的指标", "--prompt-lang", "zh", "--text",
                            "人工智能技术发展得非常迅速，研究人员不断提出新的模型和算法，让机器能够更好地理解人类的语言。",
                            "--lang", "zh", "--top-k", "1", "--seed", "1234", "--noise-scale", "0", "--split", "cut5",
                            "--no-cache", "-q", "-o", wav});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto audio = timbre::audio::readAudioFile(wav.toStdString());
    QCOMPARE(audio.sampleRateHz, 32000);
    const at::Tensor ours = at::tensor(audio.samples) * 32768.0;
    const at::Tensor official =
        timbre::tensor::readNpy(sharedPath("fixtures/e2e-tiny/case1_zh_long_cut5/wav_int16.npy")).to(at::kFloat);
    QVERIFY2(timbre::test::maxAbsDiff(ours, official) <= 3, qPrintable(timbre::test::describeDiff(ours, official)));
  }

  // --voice NAME speaks with what the library saved: the clip, its transcript and
  // language, the model folder and the text language; the same audio as --ref.
  void sayWithALibraryVoice() {
    QTemporaryDir dir;
    const QString set = QString::fromStdString(sharedPath("fixtures/e2e-tiny"));
    timbre::library::Voice voice;
    voice.name = "Case one";
    voice.referenceClip = (set + "/case1_zh_long_cut5/ref.wav").toStdString();
    voice.promptText = "其中有两个是内因的指标";
    voice.promptLang = "zh";
    voice.models.folder = set.toStdString();
    voice.settings.textLang = "zh";
    const QString library = dir.path() + "/voices";
    timbre::library::VoiceLibrary(library.toStdString()).save(voice);

    const QString wav = dir.path() + "/out.wav";
    const QString text = "人工智能技术发展得非常迅速，研究人员不断提出新的模型和算法，让机器能够更好地理解人类的语言。";
    const QStringList common = {"--top-k", "1", "--seed", "1234", "--noise-scale", "0", "--split", "cut5",
                                "--no-cache", "-q", "--text", text};
    Run run = runCli(QStringList{"--threads", "2", "say", "--voices", library, "--voice", "case ONE", "-o", wav} + common);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto audio = timbre::audio::readAudioFile(wav.toStdString());
    const at::Tensor ours = at::tensor(audio.samples) * 32768.0;
    const at::Tensor official =
        timbre::tensor::readNpy(sharedPath("fixtures/e2e-tiny/case1_zh_long_cut5/wav_int16.npy")).to(at::kFloat);
    QVERIFY2(timbre::test::maxAbsDiff(ours, official) <= 3, qPrintable(timbre::test::describeDiff(ours, official)));

    // An unknown voice names the library; --voice with --ref is a usage error.
    run = runCli(QStringList{"say", "--voices", library, "--voice", "Nobody", "-o", wav} + common);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("Nobody") && run.err.contains(library), qPrintable(run.err));
    run = runCli(QStringList{"say", "--voices", library, "--voice", "Case one", "--ref",
                             set + "/case1_zh_long_cut5/ref.wav", "-o", wav} + common);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("--ref"), qPrintable(run.err));
    // Neither --ref nor --voice: says what to give.
    run = runCli(QStringList{"say", "--models", set, "-o", wav} + common);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("--voice NAME"), qPrintable(run.err));
  }

  void splitPrintsThePieces() {
    const Run run = runCli({"split", "--method", "cut5", "--lang", "zh"},
                           QByteArray("人工智能技术发展得非常迅速，研究人员不断提出新的模型和算法，让机器能够更好地理解人类的语言。"));
    QCOMPARE(run.exitCode, 0);
    const QJsonArray pieces = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(pieces.size(), 3);
    QCOMPARE(pieces[1].toString(), QString("研究人员不断提出新的模型和算法，"));
  }

  void badInputFailsWithAMessage() {
    const QString set = QString::fromStdString(sharedPath("fixtures/e2e-tiny"));
    Run run = runCli({"say", "--models", "/nonexistent", "--ref", set + "/case0_zh_short/ref.wav", "--text", "你好",
                      "-o", "/tmp/x.wav"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("does not exist"), qPrintable(run.err));
    run = runCli({"say", "--models", set, "--ref", set + "/case0_zh_short/ref.wav", "--text", "hello", "--lang", "xx",
                  "--no-cache", "-q", "-o", "/tmp/x.wav"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("'xx'"), qPrintable(run.err));
  }

  // A bad -o is refused before anything is loaded: with a model folder that
  // does not exist, the output error must still be the one reported (issue #18).
  void badOutputIsRefusedFirst() {
    QTemporaryDir dir;
    const QString set = QString::fromStdString(sharedPath("fixtures/e2e-tiny"));
    const auto sayTo = [&](const QString& output) {
      return runCli({"say", "--models", "/nonexistent", "--ref", set + "/case0_zh_short/ref.wav", "--text", "你好",
                     "--no-cache", "-q", "-o", output});
    };
    Run run = sayTo(dir.path() + "/missing/out.wav");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("missing") && run.err.contains("does not exist") && !run.err.contains("/nonexistent"),
             qPrintable(run.err));
    run = sayTo(dir.path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("is a folder"), qPrintable(run.err));
    QVERIFY(QDir(dir.path()).mkdir("take.wav"));
    run = sayTo(dir.path() + "/take.wav");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("is a folder"), qPrintable(run.err));
    run = sayTo(dir.path() + "/take.aiff");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot write extension '.aiff'"), qPrintable(run.err));
    run = sayTo("/dev/null/take.wav");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("/dev/null/take.wav") && !run.err.contains("/nonexistent"), qPrintable(run.err));
  }

  // --lang and --prompt-lang are case-insensitive, as the API's text_lang is.
  void languageNamesIgnoreCase() {
    QTemporaryDir dir;
    const QString set = QString::fromStdString(sharedPath("fixtures/e2e-tiny"));
    const QString wav = dir.path() + "/upper.wav";
    const Run run = runCli({"say", "--models", set, "--ref", set + "/case0_zh_short/ref.wav", "--prompt-text",
                            "其中有两个是内因的指标", "--prompt-lang", "ZH", "--text", "你好。", "--lang", "ZH",
                            "--seed", "1", "--no-cache", "-q", "-o", wav});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!timbre::audio::readAudioFile(wav.toStdString()).samples.empty());
  }

  // --soak N repeats the synthesis with the loaded models and prints the
  // resident memory (the leak check of issue #18; the long run is manual).
  void soakPrintsMemory() {
    QTemporaryDir dir;
    const QString set = QString::fromStdString(sharedPath("fixtures/e2e-tiny"));
    const Run run = runCli({"say", "--models", set, "--ref", set + "/case0_zh_short/ref.wav", "--prompt-text",
                            "其中有两个是内因的指标", "--prompt-lang", "zh", "--text", "你好。", "--lang", "zh", "--seed",
                            "1", "--no-cache", "-q", "--soak", "3", "-o", dir.path() + "/soak.wav"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QRegularExpression(R"(soak 3/3 rss \d+\.\d MiB)")), qPrintable(run.out));
    QVERIFY2(run.out.contains("soak done: 3 syntheses"), qPrintable(run.out));
    QVERIFY(QFile::exists(dir.path() + "/soak.wav"));
  }
};

QTEST_GUILESS_MAIN(TestSayCommand)
#include "TestSayCommand.moc"
