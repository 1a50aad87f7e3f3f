// `timbre-cli train` as a user runs it: a folder of one speaker's clips with
// their transcripts and the pretrained models (here the train-tiny base files
// in the official formats, and e2e-tiny's HuBERT and BERT) give official-format
// SoVITS and GPT files that load and speak, a JSON-lines log and auditions;
// frozen parts stay byte-identical; an extended run resumes to the same files
// as an uninterrupted one; bad input is refused before training, naming the file.
#include <QtTest/QtTest>

#include "audio/AudioFile.h"
#include "checkpoint/Checkpoint.h"
#include "support/TestSupport.h"
#include "support/TrainingBase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <fstream>

using timbre::test::sharedPath;

namespace {

struct Run {
  int exitCode = -1;
  QString out, err;
};

Run runCli(const QStringList& args) {
  QProcess cli;
  cli.start(QString::fromStdString(timbre::test::cliPath()), QStringList{"--threads", "2"} + args);
  cli.waitForFinished(20 * 60 * 1000);
  return {cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()), QString::fromUtf8(cli.readAllStandardError())};
}

// Six clips of one AISHELL-1 speaker, each with its transcript beside it.
void makeClips(const QString& data) {
  QDir().mkpath(data);
  const QString aishell = QString::fromStdString(sharedPath("audio/aishell"));
  const QStringList names = QDir(aishell).entryList({"BAC009S0150*.wav"}, QDir::Files, QDir::Name).mid(0, 6);
  QCOMPARE(names.size(), 6);
  for (const QString& wav : names) {
    QVERIFY(QFile::copy(aishell + "/" + wav, data + "/" + wav));
    const QString txt = QString(wav).replace(".wav", ".txt");
    QVERIFY(QFile::copy(aishell + "/" + txt, data + "/" + txt));
  }
}

QStringList trainArgs(const QString& data, const QString& base, const QString& out, int sovitsEpochs, int gptEpochs) {
  return {"train", "--data", data, "--lang", "zh", "--base", base, "--out", out, "--sovits-epochs",
          QString::number(sovitsEpochs), "--gpt-epochs", QString::number(gptEpochs), "--sovits-batch-size", "3",
          "--gpt-batch-size", "3", "--sovits-save-every", "1", "--gpt-save-every", "1", "--replicate-below", "1", "-q"};
}

QStringList jsonLines(const QString& path, const QString& stage) {
  QStringList lines;
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return lines;
  for (const QByteArray& line : f.readAll().split('\n'))
    if (line.contains(("\"stage\":\"" + stage + "\"").toUtf8())) lines << QString::fromUtf8(line);
  return lines;
}

at::Tensor tensorOf(const std::string& file, const std::string& name) {
  return timbre::checkpoint::loadCheckpoint(file).tensor(name).to(at::kFloat);
}

}  // namespace

class TestTrainCommand : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  QString m_base, m_data, m_out;
  Run m_run;

 private slots:
  void initTestCase() {
    m_base = m_dir.path() + "/pretrained";
    m_data = m_dir.path() + "/clips";
    m_out = m_dir.path() + "/run";
    timbre::test::makeTrainingBase(m_base);
    makeClips(m_data);
    m_run = runCli(trainArgs(m_data, m_base, m_out, 2, 2));
  }

  void writesOfficialFilesLogAndAuditions() {
    QVERIFY2(m_run.exitCode == 0, qPrintable(m_run.err));
    const QString sovits = m_out + "/SoVITS_weights_v2";
    const QString gpt = m_out + "/GPT_weights_v2";
    QVERIFY2(!QDir(sovits).entryList({"voice_e2_s*.pth"}).isEmpty(), qPrintable(m_run.out));
    QVERIFY2(QFile::exists(gpt + "/voice-e2.ckpt"), qPrintable(m_run.out));
    QVERIFY(!QDir(m_out + "/auditions").entryList({"*.wav"}).isEmpty());
    QVERIFY(!jsonLines(m_out + "/train.jsonl", "sovits").isEmpty());
    QVERIFY(!jsonLines(m_out + "/train.jsonl", "gpt").isEmpty());
    QVERIFY(!jsonLines(m_out + "/train.jsonl", "done").isEmpty());
  }

  // Fine-tuned where it should be, the base where it must be (the frozen
  // quantizer and ssl projection: the GPT's tokens depend on them).
  void frozenPartsStayAndTheRestMoves() {
    QVERIFY2(m_run.exitCode == 0, qPrintable(m_run.err));
    const std::string base = (m_base + "/s2G_v2_init.pth").toStdString();
    const QStringList saved = QDir(m_out + "/SoVITS_weights_v2").entryList({"voice_e2_s*.pth"});
    QVERIFY(!saved.isEmpty());
    const std::string tuned = (m_out + "/SoVITS_weights_v2/" + saved.front()).toStdString();
    for (const char* frozen : {"ssl_proj.weight", "quantizer.vq.layers.0._codebook.embed"})
      QVERIFY2(tensorOf(tuned, frozen).equal(tensorOf(base, frozen)), frozen);
    for (const char* trained : {"dec.conv_pre.weight", "enc_p.text_embedding.weight", "flow.flows.0.enc.in_layers.0.weight_v"})
      QVERIFY2(!tensorOf(tuned, trained).equal(tensorOf(base, trained)), trained);
    const std::string gpt = (m_out + "/GPT_weights_v2/voice-e2.ckpt").toStdString();
    QVERIFY(!tensorOf(gpt, "model.ar_predict_layer.weight")
                 .equal(tensorOf((m_base + "/s1_init.ckpt").toStdString(), "model.ar_predict_layer.weight")));
  }

  // The fine-tuned pair speaks through `say` and shows as fine-tuned in `inspect`.
  void theResultSpeaksAndInspects() {
    QVERIFY2(m_run.exitCode == 0, qPrintable(m_run.err));
    const QString voice = m_dir.path() + "/voice";
    QDir().mkpath(voice);
    const QString sovits = QDir(m_out + "/SoVITS_weights_v2").entryList({"voice_e2_s*.pth"}).value(0);
    QVERIFY(QFile::copy(m_out + "/SoVITS_weights_v2/" + sovits, voice + "/voice.pth"));
    QVERIFY(QFile::copy(m_out + "/GPT_weights_v2/voice-e2.ckpt", voice + "/voice.ckpt"));
    timbre::test::copyFolderFiles(m_base + "/chinese-hubert-base", voice + "/chinese-hubert-base");
    timbre::test::copyFolderFiles(m_base + "/chinese-roberta-wwm-ext-large", voice + "/chinese-roberta-wwm-ext-large");
    // A reference of 3–10 s, as inference asks.
    QString clip;
    for (const QString& name : QDir(m_data).entryList({"*.wav"}, QDir::Files, QDir::Name))
      if (timbre::audio::readAudioFile((m_data + "/" + name).toStdString()).durationSeconds() >= 3.0) {
        clip = name;
        break;
      }
    QVERIFY(!clip.isEmpty());
    const Run say = runCli({"say", "--models", voice, "--ref", m_data + "/" + clip, "--text", "我们明天一起去公园散步吧。",
                            "--lang", "zh", "--seed", "7", "--no-cache", "-q", "-o", m_dir.path() + "/said.wav"});
    QVERIFY2(say.exitCode == 0, qPrintable(say.err));
    QVERIFY(QFileInfo(m_dir.path() + "/said.wav").size() > 44);
    const Run inspect = runCli({"inspect", voice + "/voice.pth"});
    QVERIFY2(inspect.exitCode == 0, qPrintable(inspect.err));
    QVERIFY2(inspect.out.contains("fine-tuned"), qPrintable(inspect.out));
  }

  // One SoVITS epoch, then --resume to two: the same file as the uninterrupted run.
  void resumingReachesTheSameResult() {
    QVERIFY2(m_run.exitCode == 0, qPrintable(m_run.err));
    const QString out = m_dir.path() + "/resumed";
    Run first = runCli(trainArgs(m_data, m_base, out, 1, 0) << "--only" << "sovits" << "--no-audition");
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    Run second = runCli(trainArgs(m_data, m_base, out, 2, 0) << "--only" << "sovits" << "--no-audition" << "--resume");
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QString name = QDir(m_out + "/SoVITS_weights_v2").entryList({"voice_e2_s*.pth"}).value(0);
    QVERIFY(!name.isEmpty());
    const auto straight = timbre::checkpoint::loadCheckpoint((m_out + "/SoVITS_weights_v2/" + name).toStdString());
    const auto resumed = timbre::checkpoint::loadCheckpoint((out + "/SoVITS_weights_v2/" + name).toStdString());
    QCOMPARE(resumed.tensors.size(), straight.tensors.size());
    for (const auto& [key, tensor] : straight.tensors)
      QVERIFY2(resumed.tensor(key).equal(tensor), key.c_str());
  }

  // Resumed once SoVITS was done: the GPT's audition speaks with the trained
  // SoVITS epoch (not the base), and its event names the pair.
  void aResumedGptAuditionUsesTheTrainedSovits() {
    const QString out = m_dir.path() + "/gpt-after-sovits";
    const Run first = runCli(trainArgs(m_data, m_base, out, 1, 0) << "--only" << "sovits" << "--no-audition");
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const Run second = runCli(trainArgs(m_data, m_base, out, 1, 1) << "--resume");
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QStringList auditions = jsonLines(out + "/train.jsonl", "audition");
    QCOMPARE(auditions.size(), 1);
    const auto values = nlohmann::json::parse(auditions.front().toStdString())["values"];
    QVERIFY2(values.value("gpt", "").find("GPT_weights_v2/voice-e1.ckpt") != std::string::npos, auditions.front().toUtf8());
    QVERIFY2(values.value("sovits", "").find("SoVITS_weights_v2/voice_e1_s") != std::string::npos, auditions.front().toUtf8());
  }

  void badInputIsRefusedBeforeTraining() {
    QTemporaryDir dir;
    // A folder without any usable clip.
    const QString empty = dir.path() + "/empty";
    QDir().mkpath(empty);
    Run run = runCli(trainArgs(empty, m_base, dir.path() + "/a", 1, 1));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(empty), qPrintable(run.err));
    // An inference-only SoVITS export (no enc_q) as the base.
    const QString exported = dir.path() + "/exported";
    QDir().mkpath(exported);
    for (const QString& f : QDir(m_base).entryList(QDir::Files)) QVERIFY(QFile::copy(m_base + "/" + f, exported + "/" + f));
    timbre::test::copyFolderFiles(m_base + "/chinese-hubert-base", exported + "/chinese-hubert-base");
    timbre::test::copyFolderFiles(m_base + "/chinese-roberta-wwm-ext-large", exported + "/chinese-roberta-wwm-ext-large");
    QVERIFY(QFile::remove(exported + "/s2G_v2_init.pth"));
    QVERIFY(QFile::copy(QString::fromStdString(sharedPath("fixtures/v2-tiny/sovits.pth")), exported + "/s2G_v2_init.pth"));
    run = runCli(trainArgs(m_data, exported, dir.path() + "/b", 1, 1));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("enc_q"), qPrintable(run.err));
    // The pretrained generator, but no discriminator beside it.
    QVERIFY(QFile::remove(exported + "/s2G_v2_init.pth"));
    QVERIFY(QFile::copy(m_base + "/s2G_v2_init.pth", exported + "/s2G_v2_init.pth"));
    QVERIFY(QFile::remove(exported + "/s2D_v2_init.pth"));
    run = runCli(trainArgs(m_data, exported, dir.path() + "/c", 1, 1));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("discriminator"), qPrintable(run.err));
  }
};

QTEST_GUILESS_MAIN(TestTrainCommand)
#include "TestTrainCommand.moc"
