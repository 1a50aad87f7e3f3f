// The studio window opens and shows the engine's version.
#include "MainWindow.h"
#include "timbre/Version.h"

#include <QLabel>
#include <QtTest/QtTest>

class TestMainWindow : public QObject {
  Q_OBJECT

 private slots:
  void opensAndShowsVersion() {
    timbre::gui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Timbre"));
    auto* label = window.findChild<QLabel*>(QStringLiteral("versionLabel"));
    QVERIFY(label != nullptr);
    QCOMPARE(label->text(), QStringLiteral("Version ") + QString::fromLatin1(timbre::kVersion));
    QVERIFY(label->isVisible());
  }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
