#include "ExportMetadata.h"

#include "timbre/Version.h"

namespace timbre::gui {

namespace {
constexpr int kMaxTitleChars = 80;
}

audio::AudioMetadata exportMetadata(const Take& take) {
  const QString voice = take.voiceName.trimmed().isEmpty() ? QStringLiteral("unnamed") : take.voiceName.trimmed();
  QString title = take.text.simplified();
  if (title.size() > kMaxTitleChars) title = title.left(kMaxTitleChars - 1) + QStringLiteral("…");
  const QString version = QString::fromLatin1(timbre::kVersion);

  audio::AudioMetadata m;
  m.title = title.toStdString();
  m.artist = QStringLiteral("Timbre (AI-generated voice: %1)").arg(voice).toStdString();
  m.comment = QStringLiteral("AI-generated speech: synthesised by Timbre %1 in a cloned voice (%2); "
                             "not a recording of a person.")
                  .arg(version, voice)
                  .toStdString();
  m.software = QStringLiteral("Timbre %1").arg(version).toStdString();
  return m;
}

}  // namespace timbre::gui
