// Subtitles of a take: exact SRT and WebVTT text, and files written as UTF-8.
#include "SubtitleWriter.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

using timbre::gui::TakePiece;

class TestSubtitleWriter : public QObject {
  Q_OBJECT

  // Two pieces; the second crosses the minute and has a blank line inside.
  std::vector<TakePiece> pieces() const {
    return {{QStringLiteral("我们明天一起去公园散步吧。"), 0.0, 2.3456},
            {QStringLiteral(" Hello,\n\nworld. "), 2.3456, 61.0004}};
  }

 private slots:
  void srt() {
    QCOMPARE(timbre::gui::toSrt(pieces()),
             QStringLiteral("1\n00:00:00,000 --> 00:00:02,346\n我们明天一起去公园散步吧。\n\n"
                            "2\n00:00:02,346 --> 00:01:01,000\nHello,\nworld.\n\n"));
  }

  void webVtt() {
    QCOMPARE(timbre::gui::toWebVtt(pieces()),
             QStringLiteral("WEBVTT\n\n00:00:00.000 --> 00:00:02.346\n我们明天一起去公园散步吧。\n\n"
                            "00:00:02.346 --> 00:01:01.000\nHello,\nworld.\n\n"));
  }

  void hours() {
    QCOMPARE(timbre::gui::toSrt({{QStringLiteral("x"), 3723.5, 3724.25}}),
             QStringLiteral("1\n01:02:03,500 --> 01:02:04,250\nx\n\n"));
  }

  void writesFilesByExtension() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString srt = dir.filePath(QStringLiteral("take.srt")), vtt = dir.filePath(QStringLiteral("take.vtt"));
    QCOMPARE(timbre::gui::writeSubtitles(srt, pieces()), QString());
    QCOMPARE(timbre::gui::writeSubtitles(vtt, pieces()), QString());
    QFile a(srt), b(vtt);
    QVERIFY(a.open(QIODevice::ReadOnly));
    QVERIFY(b.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(a.readAll()), timbre::gui::toSrt(pieces()));
    QCOMPARE(QString::fromUtf8(b.readAll()), timbre::gui::toWebVtt(pieces()));
    QVERIFY(!timbre::gui::writeSubtitles(dir.filePath(QStringLiteral("missing/dir/x.srt")), pieces()).isEmpty());
  }
};

QTEST_MAIN(TestSubtitleWriter)
#include "TestSubtitleWriter.moc"
