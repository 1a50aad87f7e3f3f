#include "TrainingWorkspace.h"

#include "library/VoiceLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace timbre::gui {

namespace {
constexpr const char* kStateFile = "workspace.json";
}

bool TrainingWorkspace::hasTrainingState() const {
  return !QDir(runFolder() + QStringLiteral("/logs")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty();
}

bool TrainingWorkspace::save(QString* error) const {
  if (!QDir().mkpath(clipsFolder())) {
    if (error) *error = QStringLiteral("cannot create %1").arg(clipsFolder());
    return false;
  }
  const QJsonObject json{{QStringLiteral("voice"), voiceName},
                         {QStringLiteral("language"), language},
                         {QStringLiteral("base"), baseFolder},
                         {QStringLiteral("kept"), kept}};
  QSaveFile file(folder + QLatin1Char('/') + QLatin1String(kStateFile));
  if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit()) {
    if (error) *error = QStringLiteral("%1: %2 (disk full?)").arg(file.fileName(), file.errorString());
    return false;
  }
  return true;
}

QString TrainingWorkspace::rootBeside(const QString& libraryRoot) {
  return QFileInfo(libraryRoot).absolutePath() + QStringLiteral("/training");
}

QString TrainingWorkspace::freeFolder(const QString& root, const QString& voiceName) {
  const QString slug = QString::fromStdString(library::VoiceLibrary::slugOf(voiceName.toStdString()));
  QString candidate = root + QLatin1Char('/') + slug;
  for (int i = 2; QFileInfo::exists(candidate); ++i) candidate = root + QLatin1Char('/') + slug + QLatin1Char('-') + QString::number(i);
  return candidate;
}

bool TrainingWorkspace::load(const QString& folder, TrainingWorkspace* out) {
  QFile file(folder + QLatin1Char('/') + QLatin1String(kStateFile));
  if (!file.open(QIODevice::ReadOnly)) return false;
  const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
  if (json.value(QStringLiteral("voice")).toString().isEmpty()) return false;
  out->folder = QFileInfo(folder).absoluteFilePath();
  out->voiceName = json.value(QStringLiteral("voice")).toString();
  out->language = json.value(QStringLiteral("language")).toString(QStringLiteral("zh"));
  out->baseFolder = json.value(QStringLiteral("base")).toString();
  out->kept = json.value(QStringLiteral("kept")).toBool();
  return true;
}

QList<TrainingWorkspace> TrainingWorkspace::unfinished(const QString& root) {
  QList<TrainingWorkspace> found;
  const QFileInfoList folders = QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time);
  for (const QFileInfo& info : folders) {
    TrainingWorkspace workspace;
    if (load(info.absoluteFilePath(), &workspace) && !workspace.kept) found << workspace;
  }
  return found;
}

}  // namespace timbre::gui
