#include "SubtitleWriter.h"

#include <QFile>
#include <QSaveFile>

#include <cmath>

namespace timbre::gui {

namespace {

// "HH:MM:SS<sep>mmm", rounded to the millisecond.
QString timestamp(double seconds, QChar separator) {
  const qint64 ms = std::llround(std::max(0.0, seconds) * 1000.0);
  return QStringLiteral("%1:%2:%3%4%5")
      .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
      .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
      .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
      .arg(separator)
      .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

// A cue's text may not contain a blank line (it would end the cue).
QString cueText(const QString& text) {
  QString t = text.trimmed();
  t.replace(QLatin1String("\r"), QString());
  while (t.contains(QLatin1String("\n\n"))) t.replace(QLatin1String("\n\n"), QLatin1String("\n"));
  return t;
}

}  // namespace

QString toSrt(const std::vector<TakePiece>& pieces) {
  QString out;
  int index = 1;
  for (const TakePiece& p : pieces)
    out += QStringLiteral("%1\n%2 --> %3\n%4\n\n")
               .arg(index++)
               .arg(timestamp(p.startSeconds, QLatin1Char(',')), timestamp(p.endSeconds, QLatin1Char(',')),
                    cueText(p.text));
  return out;
}

QString toWebVtt(const std::vector<TakePiece>& pieces) {
  QString out = QStringLiteral("WEBVTT\n\n");
  for (const TakePiece& p : pieces)
    out += QStringLiteral("%1 --> %2\n%3\n\n")
               .arg(timestamp(p.startSeconds, QLatin1Char('.')), timestamp(p.endSeconds, QLatin1Char('.')),
                    cueText(p.text));
  return out;
}

QString writeSubtitles(const QString& path, const std::vector<TakePiece>& pieces) {
  const QString text = path.endsWith(QLatin1String(".srt"), Qt::CaseInsensitive) ? toSrt(pieces) : toWebVtt(pieces);
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
  file.write(text.toUtf8());
  if (!file.commit()) return QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
  return {};
}

}  // namespace timbre::gui
