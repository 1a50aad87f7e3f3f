// The main window's menus and shortcuts, its size at 1280x800, and the About text.
#include "MainWindow.h"
#include "ScriptPanel.h"
#include "StudioView.h"
#include "TakesPanel.h"
#include "VoicePanel.h"
#include "WaveformView.h"
#include "timbre/Version.h"

#include <QAction>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QtTest/QtTest>

using timbre::gui::MainWindow;

class TestMainWindowActions : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TimbreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMainWindowActions"));
  }

  void shortcutsExist() {
    MainWindow window;
    const QList<QPair<QAction*, QKeySequence>> expected = {
        {window.importAction(), QKeySequence(QStringLiteral("Ctrl+O"))},
        {window.exportAction(), QKeySequence(QStringLiteral("Ctrl+E"))},
        {window.settingsAction(), QKeySequence(QStringLiteral("Ctrl+,"))},
        {window.quitAction(), QKeySequence(QStringLiteral("Ctrl+Q"))},
        {window.generateAction(), QKeySequence(QStringLiteral("Ctrl+Return"))},
        {window.cancelAction(), QKeySequence(QStringLiteral("Esc"))},
        {window.playAction(), QKeySequence(QStringLiteral("Space"))},
    };
    for (const auto& [action, key] : expected) {
      QVERIFY(action != nullptr);
      QVERIFY2(action->shortcuts().contains(key), qPrintable(action->objectName() + QLatin1String(" lacks ") + key.toString()));
      // Reachable from the window (shortcuts only fire for actions added to a visible widget).
      QVERIFY2(!action->associatedObjects().isEmpty(), qPrintable(action->objectName()));
    }
    // The menus: File, Take, Help, with About under Help.
    QStringList menus;
    for (QAction* a : window.menuBar()->actions()) menus << a->text();
    QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Take"), QStringLiteral("&Help")}));
    QVERIFY(window.aboutAction()->associatedObjects().size() >= 1);
    // The toolbar shows SVG icons that load (the Qt SVG plugin is there).
    QVERIFY(!window.generateAction()->icon().isNull());
    QVERIFY(!window.generateAction()->icon().pixmap(32, 32).isNull());
  }

  void fitsOn1280x800() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize hint = window.sizeHint(), minimum = window.minimumSizeHint();
    qInfo() << "sizeHint" << hint << "minimumSizeHint" << minimum;
    QVERIFY2(hint.width() <= 1280 && hint.height() <= 800, qPrintable(QStringLiteral("%1x%2").arg(hint.width()).arg(hint.height())));
    QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 800,
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    QVERIFY(window.width() <= 1280 && window.height() <= 800);
    // At 1280x800 the whole studio stays reachable: it fills the window, or
    // scrolls when the screen is smaller than its panels' minimum.
    window.resize(1280, 800);
    auto* scroll = window.findChild<QScrollArea*>(QStringLiteral("studioScrollArea"));
    QVERIFY(scroll);
    QCOMPARE(scroll->widget(), window.studio());
    QTRY_VERIFY(window.studio()->width() >= scroll->viewport()->width());
    QVERIFY(window.studio()->width() >= window.studio()->minimumSizeHint().width());
    QVERIFY(window.studio()->height() >= window.studio()->minimumSizeHint().height());
    const QSize studioMinimum = window.studio()->minimumSizeHint();
    qInfo() << "studio minimum" << studioMinimum << "viewport at 1280x800" << scroll->viewport()->size();
    for (const char* name : {"voiceLibraryPanel", "voicePanel", "scriptPanel", "takesPanel", "modelFolderPanel"})
      if (auto* panel = window.studio()->findChild<QWidget*>(QLatin1String(name)))
        qInfo() << name << "minimum" << panel->minimumSizeHint();
    // At 1280x800 the studio fits beside the menu, tool and status bars: nothing scrolls.
    const int bars = window.menuBar()->sizeHint().height() +
                     window.findChild<QToolBar*>(QStringLiteral("mainToolBar"))->sizeHint().height() +
                     window.statusBar()->sizeHint().height();
    QVERIFY2(studioMinimum.width() <= 1280 && studioMinimum.height() <= 800 - bars,
             qPrintable(QStringLiteral("studio minimum %1x%2, room 1280x%3")
                            .arg(studioMinimum.width())
                            .arg(studioMinimum.height())
                            .arg(800 - bars)));
    QTRY_COMPARE(window.studio()->size(), scroll->viewport()->size());
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY(!scroll->verticalScrollBar()->isVisible());
  }

  // Esc cancels, Ctrl+Return generates (here: explains what is missing), also
  // from inside the script editor.
  void generateAndCancelShortcuts() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy generated(window.generateAction(), &QAction::triggered);
    QSignalSpy cancelled(window.cancelAction(), &QAction::triggered);
    auto* editor = window.studio()->scriptPanel()->findChild<QPlainTextEdit*>();
    QVERIFY(editor);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(generated.count(), 1);
    // Close the "no voice models" message the generate attempt opened.
    for (QWidget* w : QApplication::topLevelWidgets())
      if (w->objectName() == QLatin1String("studioMessage")) w->close();
  }

  // Space types a space in the script editor and plays the waveform's selection
  // there; elsewhere (the takes list) it plays/stops the take.
  void spaceTogglesPlaybackOutsideTheEditor() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy play(window.playAction(), &QAction::triggered);
    auto* editor = window.studio()->scriptPanel()->findChild<QPlainTextEdit*>();
    QVERIFY(editor);
    editor->setFocus();
    editor->setPlainText(QStringLiteral("ab"));
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Space);
    QCOMPARE(editor->toPlainText(), QStringLiteral("ab "));
    QCOMPARE(play.count(), 0);

    // The waveform plays its own selection with Space.
    auto* waveform = window.studio()->voicePanel()->waveform();
    waveform->setFocus();
    QTest::keyClick(waveform, Qt::Key_Space);
    QCOMPARE(play.count(), 0);

    auto* list = window.studio()->takesPanel()->findChild<QListWidget*>(QStringLiteral("takesList"));
    QVERIFY(list);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(play.count(), 1);  // no take yet: the status bar says so
  }

  void aboutSaysVersionLicenceAndAiGenerated() {
    const QString text = MainWindow::aboutText();
    QVERIFY(text.contains(QString::fromLatin1(timbre::kVersion)));
    QVERIFY(text.contains(QStringLiteral("Speech generated by Timbre is AI-generated")));
    QVERIFY(text.contains(QStringLiteral("LGPL")));
  }
};

QTEST_MAIN(TestMainWindowActions)
#include "TestMainWindowActions.moc"
