// `timbre-cli inspect` on the fixture files: kinds/versions in --json, a bad
// file gives a non-zero exit status but the other files are still reported,
// and the human-readable form names kind, version and hyper-parameters.
#include "checkpoint/Checkpoint.h"
#include "library/ModelInspector.h"
#include "support/TestSupport.h"
#include "training/common/WeightsFiles.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <nlohmann/json.hpp>

using timbre::test::sharedPath;

namespace {

struct Run {
  int exitCode = -1;
  QString out;
  QString err;
};

Run runCli(const QStringList& args) {
  QProcess p;
  p.start(QString::fromStdString(timbre::test::cliPath()), args);
  p.waitForFinished(120000);
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
}

QString fixture(const char* relative) { return QString::fromStdString(sharedPath(std::string("fixtures/") + relative)); }

timbre::training::OrderedTensors inFileOrder(const timbre::checkpoint::Checkpoint& c) {
  timbre::training::OrderedTensors out;
  for (const std::string& name : c.order) out.emplace_back(name, c.tensors.at(name));
  return out;
}

}  // namespace

class TestInspectCommand : public QObject {
  Q_OBJECT

 private slots:
  void jsonKindsAndVersions() {
    const QStringList files{fixture("v2-tiny/gpt.ckpt"),           fixture("v2-tiny/sovits.pth"),
                            fixture("v2pro-tiny/sovits.pth"),      fixture("v2pro-tiny/sovits_plus.pth"),
                            fixture("aux-tiny/hubert"),            fixture("aux-tiny/bert/pytorch_model.bin"),
                            fixture("aux-tiny/eres2net/eres2netv2_tiny.ckpt")};
    const Run run = runCli(QStringList{"inspect", "--json"} + files);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto result = nlohmann::json::parse(run.out.toStdString());
    QVERIFY(result.is_array());
    QCOMPARE(int(result.size()), int(files.size()));
    const char* kinds[] = {"gpt", "sovits", "sovits", "sovits", "hubert", "bert", "sv"};
    const char* versions[] = {"", "v2", "v2Pro", "v2ProPlus", "", "", ""};
    for (int k = 0; k < files.size(); ++k) {
      const auto& d = result[size_t(k)];
      QCOMPARE(QString::fromStdString(d["file"].get<std::string>()), files[k]);
      QCOMPARE(d["kind"].get<std::string>(), std::string(kinds[k]));
      if (*versions[k]) QCOMPARE(d["version"].get<std::string>(), std::string(versions[k]));
      else QVERIFY(!d.contains("version"));
      QCOMPARE(d["lora"].get<bool>(), false);
    }
    QCOMPARE(result[0]["tensors"].get<int>(), 31);
    QCOMPARE(result[0]["dtype"].get<std::string>(), std::string("float16"));
    QCOMPARE(result[0]["config"]["model.phoneme_vocab_size"].get<int>(), 732);
    QCOMPARE(result[0]["config"]["data.max_sec"].get<int>(), 54);
    QCOMPARE(result[0]["metadata"]["info"].get<std::string>(), std::string("GPT-e8"));
    QCOMPARE(result[1]["tensors"].get<int>(), 529);
    QCOMPARE(result[1]["config"]["model.gin_channels"].get<int>(), 512);
    QCOMPARE(result[2]["header"].get<std::string>(), std::string("05"));
    QCOMPARE(result[2]["config"]["model.gin_channels"].get<int>(), 48);
    QCOMPARE(result[3]["config"]["model.upsample_kernel_sizes"], nlohmann::json::array({20, 16, 8, 2, 2}));
    QCOMPARE(result[4]["parameters"].get<int64_t>(), int64_t(217344));
    QCOMPARE(result[4]["config"]["hidden_size"].get<int>(), 64);
    QCOMPARE(result[6]["dtype"].get<std::string>(), std::string("float32"));
    QCOMPARE(result[6]["tensors"].get<int>(), 1001);
  }

  void badFileStillReportsOthers() {
    QTemporaryDir dir;
    const QString bad = dir.filePath("broken.pth");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a weight file at all");
    f.close();
    const QStringList files{fixture("v2-tiny/gpt.ckpt"), bad, dir.filePath("missing.pth"), fixture("v2pro-tiny/sovits.pth")};
    const Run run = runCli(QStringList{"inspect", "--json"} + files);
    QCOMPARE(run.exitCode, 1);
    const auto result = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(int(result.size()), 4);
    QCOMPARE(result[0]["kind"].get<std::string>(), std::string("gpt"));
    QCOMPARE(QString::fromStdString(result[1]["file"].get<std::string>()), bad);
    QVERIFY(QString::fromStdString(result[1]["error"].get<std::string>()).contains("broken.pth"));
    QCOMPARE(result[1]["code"].get<std::string>(), std::string("corrupt-file"));
    QCOMPARE(result[2]["code"].get<std::string>(), std::string("io"));
    QCOMPARE(result[3]["version"].get<std::string>(), std::string("v2Pro"));

    // Human form: one line per bad file on stderr, the good one still printed.
    const Run human = runCli({"inspect", bad, fixture("v2pro-tiny/sovits_plus.pth")});
    QCOMPARE(human.exitCode, 1);
    QCOMPARE(human.err.trimmed().count('\n'), 0);
    QVERIFY2(human.err.contains("broken.pth"), qPrintable(human.err));
    QVERIFY2(human.out.contains("sovits v2ProPlus"), qPrintable(human.out));
    QVERIFY2(human.out.contains("gin_channels = 48"), qPrintable(human.out));
  }

  void humanReadable() {
    const Run run = runCli({"inspect", fixture("v2-tiny/sovits.pth"), fixture("v2-tiny/gpt.ckpt")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("sovits v2"), qPrintable(run.out));
    QVERIFY2(run.out.contains("529"), qPrintable(run.out));
    QVERIFY2(run.out.contains("float16"), qPrintable(run.out));
    QVERIFY2(run.out.contains("8epoch_96iteration"), qPrintable(run.out));
    QVERIFY2(run.out.contains("gpt"), qPrintable(run.out));
    QVERIFY2(run.out.contains("phoneme_vocab_size = 732"), qPrintable(run.out));
  }

  // Files written by saveSovitsWeights / saveGptWeights are shown as fine-tuned
  // (from their info entry) and as written by Timbre; official files only as fine-tuned.
  void fineTunedAndWrittenByTimbre() {
    namespace ck = timbre::checkpoint;
    QTemporaryDir dir;
    const ck::Checkpoint sovits = ck::loadCheckpoint(sharedPath("fixtures/v2pro-tiny/sovits.pth"));
    const QString sovitsPath = dir.filePath("tiny_e8_s96.pth");
    timbre::training::saveSovitsWeights(sovitsPath.toStdString(), inFileOrder(sovits), sovits.config, "8epoch_96iteration",
                                        ck::SovitsVersion::V2Pro);
    const ck::Checkpoint gpt = ck::loadCheckpoint(sharedPath("fixtures/v2-tiny/gpt.ckpt"));
    const QString gptPath = dir.filePath("tiny-e15.ckpt");
    timbre::training::saveGptWeights(gptPath.toStdString(), inFileOrder(gpt), gpt.config, "GPT-e15");

    const Run run = runCli({"inspect", "--json", sovitsPath, gptPath, fixture("v2-tiny/sovits.pth")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto result = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(result[0]["kind"].get<std::string>(), std::string("sovits"));
    QCOMPARE(result[0]["version"].get<std::string>(), std::string("v2Pro"));
    QCOMPARE(result[0]["header"].get<std::string>(), std::string("05"));
    QCOMPARE(result[0]["training"].get<std::string>(), std::string("fine-tuned, epoch 8, 96 iterations"));
    QCOMPARE(result[0]["written_by_timbre"].get<bool>(), true);
    QCOMPARE(result[1]["kind"].get<std::string>(), std::string("gpt"));
    QCOMPARE(result[1]["training"].get<std::string>(), std::string("fine-tuned, epoch 15"));
    QCOMPARE(result[1]["written_by_timbre"].get<bool>(), true);
    // The official fixture: fine-tuned by the official trainer, not by Timbre.
    QCOMPARE(result[2]["training"].get<std::string>(), std::string("fine-tuned, epoch 8, 96 iterations"));
    QCOMPARE(result[2]["written_by_timbre"].get<bool>(), false);

    const Run human = runCli({"inspect", sovitsPath, gptPath});
    QVERIFY2(human.exitCode == 0, qPrintable(human.err));
    QVERIFY2(human.out.contains("origin:     fine-tuned, epoch 8, 96 iterations, written by Timbre"), qPrintable(human.out));
    QVERIFY2(human.out.contains("origin:     fine-tuned, epoch 15, written by Timbre"), qPrintable(human.out));

    // The studio's model manager reads the same through ModelInspector.
    const timbre::library::ModelFolderReport report = timbre::library::inspectModelFolder(dir.path().toStdString(), false);
    QCOMPARE(report.files.size(), size_t(2));
    for (const auto& f : report.files) {
      QVERIFY2(f.problem.empty(), f.problem.c_str());
      QVERIFY(f.writtenByTimbre);
      const bool isSovits = f.kind == "sovits";
      QCOMPARE(f.training, std::string(isSovits ? "fine-tuned, epoch 8, 96 iterations" : "fine-tuned, epoch 15"));
      QVERIFY2(f.detail.find(isSovits ? "fine-tuned, epoch 8, 96 iterations (written by Timbre)" : "fine-tuned, epoch 15 (written by Timbre)") !=
                   std::string::npos,
               f.detail.c_str());
    }
  }

  void fineTuningDescriptions() {
    using timbre::library::describeFineTuning;
    QCOMPARE(describeFineTuning("8epoch_96iteration"), std::string("fine-tuned, epoch 8, 96 iterations"));
    QCOMPARE(describeFineTuning("1epoch_1iteration"), std::string("fine-tuned, epoch 1, 1 iteration"));
    QCOMPARE(describeFineTuning("GPT-e15"), std::string("fine-tuned, epoch 15"));
    QCOMPARE(describeFineTuning("GPT-e"), std::string());
    QCOMPARE(describeFineTuning("pretrained s2G v2"), std::string());
    QCOMPARE(describeFineTuning("8epoch_96iteration and more"), std::string());
    QVERIFY(timbre::library::isTimbreArchiveName("timbre"));
    QVERIFY(!timbre::library::isTimbreArchiveName("archive"));
  }
};

QTEST_MAIN(TestInspectCommand)
#include "TestInspectCommand.moc"
