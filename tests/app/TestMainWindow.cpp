// The studio window opens and shows the engine's version.
#include "MainWindow.h"
#include "ProjectSession.h"
#include "timbre/Version.h"

#include <QLabel>
#include <QTranslator>
#include <QtTest/QtTest>

class TestMainWindow : public QObject {
  Q_OBJECT

 private slots:
  void opensAndShowsVersion() {
    timbre::gui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // "<project> — Timbre": the work autosaves as that project.
    QCOMPARE(window.windowTitle(), window.project()->name() + QStringLiteral(" — Timbre"));
    QVERIFY(window.project()->name().startsWith(QStringLiteral("Untitled-")));
    auto* label = window.findChild<QLabel*>(QStringLiteral("versionLabel"));
    QVERIFY(label != nullptr);
    QCOMPARE(label->text(), QStringLiteral("Version ") + QString::fromLatin1(timbre::kVersion));
    QVERIFY(label->isVisible());
  }

  // The Chinese translation is built into the studio and reaches the window.
  void showsChineseWhenTranslated() {
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/timbre_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    timbre::gui::MainWindow window;
    QCoreApplication::removeTranslator(&translator);
    auto* label = window.findChild<QLabel*>(QStringLiteral("versionLabel"));
    QVERIFY(label != nullptr);
    QCOMPARE(label->text(), QStringLiteral("版本 ") + QString::fromLatin1(timbre::kVersion));
  }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
