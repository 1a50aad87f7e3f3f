// `timbre-cli parity` on every shared core set: every output file of every case
// is produced and matches the official implementation within the contract
// (codes and tokens identical; GPT logits and decoder values 1e-4 absolute;
// speaker vectors 1e-5; spectrograms 1e-5 of their peak).
#include "support/TestSupport.h"
#include "tensor/Npy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

class TestParitySets : public QObject {
  Q_OBJECT

  static bool isInput(const QString& stem) {
    static const QRegularExpression inputs(QStringLiteral(
        "^(ref_wav_32k(_\\d+)?|ssl_content|phones(_prompt|_target)?|bert_features|semantic|sv_emb(_\\d+)?|dec_noise_.*)$"));
    return inputs.match(stem).hasMatch();
  }

  // Runs the parity command on a set; returns false (after failing) on error.
  static bool runParity(const QString& setDir, const QString& outDir) {
    QProcess cli;
    cli.start(QString::fromStdString(timbre::test::cliPath()),
              {"--threads", "2", "parity", setDir, "--out", outDir, "--quiet"});
    if (!cli.waitForFinished(15 * 60 * 1000)) {
      QTest::qFail("parity command timed out", __FILE__, __LINE__);
      return false;
    }
    const QString stderrText = QString::fromUtf8(cli.readAllStandardError());
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
      QTest::qFail(qPrintable(stderrText), __FILE__, __LINE__);
      return false;
    }
    return true;
  }

  static QJsonObject readManifest(const QString& setDir) {
    QFile manifestFile(setDir + "/manifest.json");
    if (!manifestFile.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(manifestFile.readAll()).object();
  }

  static void checkSet(const QString& setName) {
    const QString setDir = QString::fromStdString(timbre::test::sharedPath("fixtures/" + setName.toStdString()));
    QTemporaryDir out;
    QVERIFY(out.isValid());
    if (!runParity(setDir, out.path())) return;
    const QJsonArray cases = readManifest(setDir).value("cases").toArray();
    QVERIFY(!cases.isEmpty());
    QStringList relatives;
    for (const auto& caseValue : cases) {
      const QJsonObject files = caseValue.toObject().value("files").toObject();
      for (auto it = files.begin(); it != files.end(); ++it) relatives << it.key();
    }
    compareFiles(setName, setDir, out.path(), relatives);
  }

  // aux-tiny: per model section, files "caseN_<stem>.npy" in the section's folder.
  static void checkAuxiliarySet() {
    const QString setDir = QString::fromStdString(timbre::test::sharedPath("fixtures/aux-tiny"));
    QTemporaryDir out;
    QVERIFY(out.isValid());
    if (!runParity(setDir, out.path())) return;
    const QJsonObject manifest = readManifest(setDir);
    QStringList relatives;
    for (const QString section : {"hubert", "bert", "eres2net"}) {
      const QJsonObject files = manifest.value(section).toObject().value("files").toObject();
      for (auto it = files.begin(); it != files.end(); ++it) {
        static const QRegularExpression inputFile(QStringLiteral("^case\\d+_(input_values(_normalized)?|wave)\\.npy$"));
        if (it.key().startsWith("case") && it.key().endsWith(".npy") && !inputFile.match(it.key()).hasMatch())
          relatives << section + "/" + it.key();
      }
    }
    QCOMPARE(relatives.size(), 16);  // 4 HuBERT, 8 BERT, 4 speaker outputs
    compareFiles("aux-tiny", setDir, out.path(), relatives);
  }

  // e2e-tiny: every .npy of every case folder is an output of the pipeline.
  static void checkEndToEndSet() {
    const QString setDir = QString::fromStdString(timbre::test::sharedPath("fixtures/e2e-tiny"));
    QTemporaryDir out;
    QVERIFY(out.isValid());
    if (!runParity(setDir, out.path())) return;
    const QJsonArray cases = readManifest(setDir).value("cases").toArray();
    QCOMPARE(cases.size(), 6);
    QStringList relatives;
    for (int i = 0; i < cases.size(); ++i) {
      const QJsonObject c = cases[i].toObject();
      const QString folder = QString("case%1_%2").arg(i).arg(c.value("name").toString());
      const QJsonObject files = c.value("files").toObject();
      for (auto it = files.begin(); it != files.end(); ++it) relatives << folder + "/" + it.key();
    }
    compareFiles("e2e-tiny", setDir, out.path(), relatives);
  }

  static void compareFiles(const QString& setName, const QString& setDir, const QString& outDir,
                           const QStringList& relatives) {
    int compared = 0;
    for (const QString& relative : relatives) {
      {
        const QString stem = QFileInfo(relative).completeBaseName();
        if (isInput(stem)) continue;
        const QString produced = outDir + "/" + relative;
        QVERIFY2(QFile::exists(produced), qPrintable("not produced: " + relative));
        const at::Tensor official = timbre::tensor::readNpy((setDir + "/" + relative).toStdString());
        const at::Tensor actual = timbre::tensor::readNpy(produced.toStdString());
        QVERIFY2(actual.scalar_type() == official.scalar_type(), qPrintable("dtype differs: " + relative));
        const QString what = relative + ": " + timbre::test::describeDiff(actual, official);
        if (stem == "wav_int16") {
          // The e2e README: the official int16 output is reproducible within 1-3 counts.
          QVERIFY2(timbre::test::maxAbsDiff(actual.to(at::kFloat), official.to(at::kFloat)) <= 3, qPrintable(what));
        } else if (!at::isFloatingType(official.scalar_type())) {
          QVERIFY2(actual.sizes() == official.sizes() && actual.equal(official), qPrintable(what));
        } else if (stem.startsWith("ref_spec") || stem.startsWith("aux_ref_spec")) {
          const double peak = official.abs().max().item<double>();
          QVERIFY2(timbre::test::maxAbsDiff(actual, official) <= 1e-5 * peak, qPrintable(what));
        } else if (stem.startsWith("dec_ge") || stem.startsWith("dec_sv_proj")) {
          QVERIFY2(timbre::test::maxAbsDiff(actual, official) <= 1e-5, qPrintable(what));
        } else {
          QVERIFY2(timbre::test::maxAbsDiff(actual, official) <= 1e-4, qPrintable(what));
        }
        ++compared;
      }
    }
    qInfo("%s: %d output files match", qPrintable(setName), compared);
    QVERIFY(compared > 0);
  }

 private slots:
  void coreSetV2Tiny() { checkSet(QStringLiteral("v2-tiny")); }
  void decoderSetV2ProTiny() { checkSet(QStringLiteral("v2pro-tiny")); }
  void auxiliarySetAuxTiny() { checkAuxiliarySet(); }
  void endToEndSetE2eTiny() { checkEndToEndSet(); }

  void missingSetIsUsageError() {
    QProcess cli;
    cli.start(QString::fromStdString(timbre::test::cliPath()), {"parity", "/nonexistent-set", "--out", "/tmp/x"});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
  }
};

QTEST_MAIN(TestParitySets)
#include "TestParitySets.moc"
