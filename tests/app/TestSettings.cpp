// Preferences: the typed QSettings wrapper (defaults, round trip, bad values,
// what a job really gets) and the dialog (CUDA greyed out without CUDA, fp16
// only on CUDA).
#include "AppSettings.h"
#include "SettingsDialog.h"
#include "SynthesisJob.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using timbre::gui::AppSettings;
using timbre::gui::ComputeDevice;
using timbre::gui::Precision;
using timbre::gui::SettingsDialog;

namespace {
bool itemEnabled(QComboBox* box, int row) {
  return qobject_cast<QStandardItemModel*>(box->model())->item(row)->isEnabled();
}
}  // namespace

class TestSettings : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TimbreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestSettings"));
    QSettings().clear();
  }

  void defaults() {
    const AppSettings s;
    QCOMPARE(s.device, ComputeDevice::Cpu);
    QCOMPARE(s.threads, 0);
    QCOMPARE(s.precision, Precision::Fp32);
    const QString music = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    QCOMPARE(s.outputFolder, QDir(music).filePath(QStringLiteral("Timbre")));
    QCOMPARE(AppSettings::load(), s);  // nothing stored yet
  }

  void roundTrip() {
    QTemporaryDir dir;
    QSettings file(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
    AppSettings s;
    s.device = ComputeDevice::Cuda;
    s.threads = 6;
    s.precision = Precision::Fp16;
    s.outputFolder = QStringLiteral("/tmp/out");
    s.pronunciationDictionary = QStringLiteral("/tmp/words.txt");
    s.save(file);
    QCOMPARE(file.value(QLatin1String(AppSettings::kDeviceKey)).toString(), QStringLiteral("cuda"));
    QCOMPARE(file.value(QLatin1String(AppSettings::kPrecisionKey)).toString(), QStringLiteral("fp16"));
    QCOMPARE(file.value(QLatin1String(AppSettings::kDictionaryKey)).toString(), QStringLiteral("/tmp/words.txt"));
    QCOMPARE(AppSettings::load(file), s);

    // The default store too.
    s.save();
    QCOMPARE(AppSettings::load(), s);
    QSettings().clear();
  }

  void badValuesFallBack() {
    QTemporaryDir dir;
    QSettings file(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
    file.setValue(QLatin1String(AppSettings::kDeviceKey), QStringLiteral("tpu"));
    file.setValue(QLatin1String(AppSettings::kThreadsKey), -3);
    file.setValue(QLatin1String(AppSettings::kPrecisionKey), QStringLiteral("int4"));
    file.setValue(QLatin1String(AppSettings::kOutputFolderKey), QStringLiteral("  "));
    QCOMPARE(AppSettings::load(file), AppSettings());
  }

  void jobGetsWhatTheMachineCanDo() {
    AppSettings s;
    s.device = ComputeDevice::Cuda;
    s.precision = Precision::Fp16;
    s.threads = 3;
    s.pronunciationDictionary = QStringLiteral("/tmp/words.txt");
    timbre::gui::SynthesisJob job;
    s.applyTo(job, /*cudaAvailable=*/false);
    QCOMPARE(job.dictionaryPath, QStringLiteral("/tmp/words.txt"));
    QCOMPARE(job.device, QStringLiteral("cpu"));
    QCOMPARE(job.halfPrecision, false);
    QCOMPARE(job.threads, 3);
    s.applyTo(job, /*cudaAvailable=*/true);
    QCOMPARE(job.device, QStringLiteral("cuda"));
    QCOMPARE(job.halfPrecision, true);
  }

  void dialogWithoutCuda() {
    AppSettings stored;
    stored.device = ComputeDevice::Cuda;  // e.g. saved on a GPU machine
    stored.precision = Precision::Fp16;
    stored.threads = 4;
    stored.outputFolder = QStringLiteral("/tmp/takes");
    SettingsDialog dialog(stored, /*cudaAvailable=*/false);
    auto* device = dialog.findChild<QComboBox*>(QStringLiteral("deviceCombo"));
    auto* precision = dialog.findChild<QComboBox*>(QStringLiteral("precisionCombo"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("deviceNote"));
    QVERIFY(device && precision && note);
    QCOMPARE(device->currentIndex(), 0);
    QVERIFY(!itemEnabled(device, 1));  // CUDA greyed out...
    QVERIFY(!note->isHidden());        // ...with the reason shown
    QVERIFY(note->text().contains(QStringLiteral("CUDA")));
    QVERIFY(!precision->isEnabled());
    QCOMPARE(precision->currentIndex(), 0);
    const AppSettings edited = dialog.settings();
    QCOMPARE(edited.device, ComputeDevice::Cpu);
    QCOMPARE(edited.precision, Precision::Fp32);
    QCOMPARE(edited.threads, 4);
    QCOMPARE(edited.outputFolder, QStringLiteral("/tmp/takes"));
  }

  void dialogWithCuda() {
    SettingsDialog dialog(AppSettings(), /*cudaAvailable=*/true);
    auto* device = dialog.findChild<QComboBox*>(QStringLiteral("deviceCombo"));
    auto* precision = dialog.findChild<QComboBox*>(QStringLiteral("precisionCombo"));
    auto* threads = dialog.findChild<QSpinBox*>(QStringLiteral("threadsSpin"));
    auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("outputFolderEdit"));
    auto* dictionary = dialog.findChild<QLineEdit*>(QStringLiteral("dictionaryEdit"));
    QVERIFY(device && precision && threads && folder && dictionary);
    QVERIFY(dictionary->text().isEmpty());  // none by default
    dictionary->setText(QStringLiteral("  /home/me/words.txt "));
    QCOMPARE(dialog.settings().pronunciationDictionary, QStringLiteral("/home/me/words.txt"));
    QVERIFY(itemEnabled(device, 1));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("deviceNote"))->isHidden());
    QVERIFY(!precision->isEnabled());  // CPU selected: fp32 only
    device->setCurrentIndex(1);
    QVERIFY(precision->isEnabled());
    precision->setCurrentIndex(1);
    threads->setValue(2);
    folder->setText(QString());  // empty: back to the default
    AppSettings edited = dialog.settings();
    QCOMPARE(edited.device, ComputeDevice::Cuda);
    QCOMPARE(edited.precision, Precision::Fp16);
    QCOMPARE(edited.threads, 2);
    QCOMPARE(edited.outputFolder, AppSettings::defaultOutputFolder());
    device->setCurrentIndex(0);  // back to the CPU resets fp16
    QCOMPARE(dialog.settings().precision, Precision::Fp32);
  }
};

QTEST_MAIN(TestSettings)
#include "TestSettings.moc"
