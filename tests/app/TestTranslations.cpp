// Every shipped translation is compiled into the studio under :/i18n and
// translates known strings of the window and the settings.
#include <QTranslator>
#include <QtTest/QtTest>

class TestTranslations : public QObject {
  Q_OBJECT

 private slots:
  void knownStrings_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const QString window = QStringLiteral("timbre::gui::MainWindow");
    const QString settings = QStringLiteral("timbre::gui::SettingsDialog");
    QTest::newRow("zh_CN file") << "zh_CN" << window << "&File" << "文件(&F)";
    QTest::newRow("zh_CN version") << "zh_CN" << window << "Version %1" << "版本 %1";
    QTest::newRow("zh_CN settings") << "zh_CN" << settings << "Settings" << "设置";
    QTest::newRow("ja file") << "ja" << window << "&File" << "ファイル(&F)";
    QTest::newRow("ja version") << "ja" << window << "Version %1" << "バージョン %1";
    QTest::newRow("ja settings") << "ja" << settings << "Settings" << "設定";
    QTest::newRow("ko file") << "ko" << window << "&File" << "파일(&F)";
    QTest::newRow("ko version") << "ko" << window << "Version %1" << "버전 %1";
    QTest::newRow("ko settings") << "ko" << settings << "Settings" << "설정";
  }

  void knownStrings() {
    QFETCH(QString, locale);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/timbre_%1.qm").arg(locale)), qPrintable(locale));
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
  }

  // The same lookup main() does picks the file from the system locale.
  void localeLookup() {
    for (const char* name : {"zh_CN", "ja_JP", "ko_KR"}) {
      QTranslator translator;
      QVERIFY2(translator.load(QLocale(QString::fromLatin1(name)), QStringLiteral("timbre"), QStringLiteral("_"),
                               QStringLiteral(":/i18n")),
               name);
    }
  }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
