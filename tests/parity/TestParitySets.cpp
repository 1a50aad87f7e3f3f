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

  static void checkSet(const QString& setName) {
    const QString setDir = QString::fromStdString(timbre::test::sharedPath("fixtures/" + setName.toStdString()));
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QProcess cli;
    cli.start(QString::fromStdString(timbre::test::cliPath()),
              {"--threads", "2", "parity", setDir, "--out", out.path(), "--quiet"});
    QVERIFY(cli.waitForFinished(15 * 60 * 1000));
    const QString stderrText = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, qPrintable(stderrText));

    QFile manifestFile(setDir + "/manifest.json");
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(manifestFile.readAll()).object().value("cases").toArray();
    QVERIFY(!cases.isEmpty());
    int compared = 0;
    for (const auto& caseValue : cases) {
      const QJsonObject files = caseValue.toObject().value("files").toObject();
      for (auto it = files.begin(); it != files.end(); ++it) {
        const QString relative = it.key();
        const QString stem = QFileInfo(relative).completeBaseName();
        if (isInput(stem)) continue;
        const QString produced = out.path() + "/" + relative;
        QVERIFY2(QFile::exists(produced), qPrintable("not produced: " + relative));
        const at::Tensor official = timbre::tensor::readNpy((setDir + "/" + relative).toStdString());
        const at::Tensor actual = timbre::tensor::readNpy(produced.toStdString());
        QVERIFY2(actual.scalar_type() == official.scalar_type(), qPrintable("dtype differs: " + relative));
        const QString what = relative + ": " + timbre::test::describeDiff(actual, official);
        if (!at::isFloatingType(official.scalar_type())) {
          QVERIFY2(actual.sizes() == official.sizes() && actual.equal(official), qPrintable(what));
        } else if (stem.startsWith("ref_spec")) {
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

  void missingSetIsUsageError() {
    QProcess cli;
    cli.start(QString::fromStdString(timbre::test::cliPath()), {"parity", "/nonexistent-set", "--out", "/tmp/x"});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
  }
};

QTEST_MAIN(TestParitySets)
#include "TestParitySets.moc"
