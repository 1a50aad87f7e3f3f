#include "support/TrainingBase.h"

#include "support/SharedData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest/QtTest>

namespace timbre::test {

namespace {

void unxz(const QString& from, const QString& to) {
  QProcess xz;
  xz.setStandardOutputFile(to);
  xz.start("xz", {"-dc", from});
  QVERIFY(xz.waitForFinished(60000));
  QCOMPARE(xz.exitCode(), 0);
}

}  // namespace

void copyFolderFiles(const QString& from, const QString& to) {
  QDir().mkpath(to);
  for (const QString& name : QDir(from).entryList(QDir::Files)) QVERIFY(QFile::copy(from + "/" + name, to + "/" + name));
}

void makeTrainingBase(const QString& base) {
  const QString tiny = QString::fromStdString(sharedPath("fixtures/train-tiny"));
  const QString e2e = QString::fromStdString(sharedPath("fixtures/e2e-tiny/GPT_SoVITS/pretrained_models"));
  QDir().mkpath(base);
  unxz(tiny + "/sovits_v2/s2G_v2_init.pth.xz", base + "/s2G_v2_init.pth");
  unxz(tiny + "/sovits_v2/s2D_v2_init.pth.xz", base + "/s2D_v2_init.pth");
  QVERIFY(QFile::copy(tiny + "/gpt/s1_init.ckpt", base + "/s1_init.ckpt"));
  copyFolderFiles(e2e + "/chinese-hubert-base", base + "/chinese-hubert-base");
  copyFolderFiles(e2e + "/chinese-roberta-wwm-ext-large", base + "/chinese-roberta-wwm-ext-large");
}

}  // namespace timbre::test
