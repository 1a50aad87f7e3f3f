#include "AppSettings.h"

#include "SynthesisJob.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace timbre::gui {

QString AppSettings::defaultOutputFolder() {
  QString music = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
  if (music.isEmpty()) music = QDir::homePath();
  return QDir(music).filePath(QStringLiteral("Timbre"));
}

AppSettings AppSettings::load() { return load(QSettings()); }

AppSettings AppSettings::load(const QSettings& settings) {
  AppSettings s;
  const QString device = settings.value(QLatin1String(kDeviceKey)).toString();
  if (device == QLatin1String("cuda")) s.device = ComputeDevice::Cuda;
  bool ok = false;
  const int threads = settings.value(QLatin1String(kThreadsKey), 0).toInt(&ok);
  if (ok && threads >= 0 && threads <= kMaxThreads) s.threads = threads;
  if (settings.value(QLatin1String(kPrecisionKey)).toString() == QLatin1String("fp16")) s.precision = Precision::Fp16;
  const QString folder = settings.value(QLatin1String(kOutputFolderKey)).toString();
  if (!folder.trimmed().isEmpty()) s.outputFolder = folder;
  const int port = settings.value(QLatin1String(kApiPortKey), kDefaultApiPort).toInt(&ok);
  if (ok && port >= 0 && port <= 65535) s.apiPort = port;
  s.pronunciationDictionary = settings.value(QLatin1String(kDictionaryKey)).toString().trimmed();
  return s;
}

void AppSettings::save() const {
  QSettings settings;
  save(settings);
}

void AppSettings::save(QSettings& settings) const {
  settings.setValue(QLatin1String(kDeviceKey),
                    device == ComputeDevice::Cuda ? QStringLiteral("cuda") : QStringLiteral("cpu"));
  settings.setValue(QLatin1String(kThreadsKey), std::clamp(threads, 0, kMaxThreads));
  settings.setValue(QLatin1String(kPrecisionKey),
                    precision == Precision::Fp16 ? QStringLiteral("fp16") : QStringLiteral("fp32"));
  settings.setValue(QLatin1String(kOutputFolderKey), outputFolder);
  settings.setValue(QLatin1String(kApiPortKey), std::clamp(apiPort, 0, 65535));
  settings.setValue(QLatin1String(kDictionaryKey), pronunciationDictionary.trimmed());
}

AppSettings AppSettings::effective(bool cudaAvailable) const {
  AppSettings s = *this;
  if (!cudaAvailable) s.device = ComputeDevice::Cpu;
  if (s.device != ComputeDevice::Cuda) s.precision = Precision::Fp32;
  return s;
}

void AppSettings::applyTo(SynthesisJob& job, bool cudaAvailable) const {
  const AppSettings s = effective(cudaAvailable);
  job.device = s.device == ComputeDevice::Cuda ? QStringLiteral("cuda") : QStringLiteral("cpu");
  job.threads = s.threads;
  job.halfPrecision = s.precision == Precision::Fp16;
  job.dictionaryPath = s.pronunciationDictionary;
}

}  // namespace timbre::gui
