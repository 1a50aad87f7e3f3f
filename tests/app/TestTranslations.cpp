// Every shipped translation is compiled into the studio under :/i18n and
// translates known strings of the window and the settings.
#include "StandardButtonTexts.h"

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
    // Qt's own dialog buttons (Debian ships Qt's translations apart): Timbre's files answer for them.
    const QString buttons = QStringLiteral("QPlatformTheme");
    QTest::newRow("zh_CN OK") << "zh_CN" << buttons << "OK" << "确定";
    QTest::newRow("zh_CN Cancel") << "zh_CN" << buttons << "Cancel" << "取消";
    QTest::newRow("ja Cancel") << "ja" << buttons << "Cancel" << "キャンセル";
    QTest::newRow("ko OK") << "ko" << buttons << "OK" << "확인";
    // New strings of the studio are translated too.
    QTest::newRow("zh_CN open folder") << "zh_CN" << QStringLiteral("timbre::gui::TakesPanel") << "Open folder" << "打开文件夹";
    QTest::newRow("ko model guide") << "ko" << QStringLiteral("timbre::gui::ModelGuideDialog") << "Choose folder…" << "폴더 선택…";
    QTest::newRow("ja new project") << "ja" << window << "&New Project" << "新規プロジェクト(&N)";
    // The training wizard's gather page and its clip verdicts.
    QTest::newRow("zh_CN gather speech") << "zh_CN" << QStringLiteral("timbre::gui::SpeechGatherPage") << "Gather speech" << "收集语音";
    QTest::newRow("ja retake") << "ja" << QStringLiteral("timbre::gui::ReadAloudPanel") << "Retake" << "録り直す";
    QTest::newRow("ko too short") << "ko" << QStringLiteral("timbre::gui::ClipVerdict") << "Too short" << "너무 짧음";
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

  // Every text Qt asks for on standard buttons is in every translation.
  void standardButtonsTranslated() {
    for (const char* locale : {"zh_CN", "ja", "ko"}) {
      QTranslator translator;
      QVERIFY(translator.load(QStringLiteral(":/i18n/timbre_%1.qm").arg(QLatin1String(locale))));
      for (const QString& text : timbre::gui::standardButtonSourceTexts())
        QVERIFY2(!translator.translate("QPlatformTheme", text.toUtf8().constData()).isEmpty(),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(locale), text)));
    }
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
