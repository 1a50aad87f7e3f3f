#include "EpochChoice.h"

#include "TrainingWorker.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

namespace timbre::gui {

namespace {

// The epoch in a trainer's file name (NAME_e8_s96.pth, NAME-e15.ckpt); empty for a base model.
QString epochOf(const QString& path) {
  static const QRegularExpression epoch(QStringLiteral("[_-]e(\\d+)(?:_s\\d+)?\\.(?:pth|ckpt)$"));
  const auto match = epoch.match(QFileInfo(path).fileName());
  return match.hasMatch() ? match.captured(1) : QString();
}

}  // namespace

QString EpochChoice::label() const {
  const QString s = epochOf(sovits), g = epochOf(gpt);
  return QStringLiteral("%1 + %2").arg(s.isEmpty() ? tr("base SoVITS") : tr("SoVITS epoch %1").arg(s),
                                       g.isEmpty() ? tr("base GPT") : tr("GPT epoch %1").arg(g));
}

QList<EpochChoice> epochChoicesFromLog(const QString& logPath) {
  QList<EpochChoice> choices;
  for (const QJsonObject& event : readEventLog(logPath)) {
    if (event.value(QStringLiteral("stage")).toString() != QLatin1String("audition")) continue;
    const QJsonObject values = event.value(QStringLiteral("values")).toObject();
    EpochChoice choice{values.value(QStringLiteral("file")).toString(), values.value(QStringLiteral("gpt")).toString(),
                       values.value(QStringLiteral("sovits")).toString()};
    if (choice.audition.isEmpty() || choice.gpt.isEmpty() || choice.sovits.isEmpty()) continue;  // a failed audition
    choices.removeIf([&](const EpochChoice& c) { return c.audition == choice.audition; });
    choices << choice;
  }
  return choices;
}

}  // namespace timbre::gui
