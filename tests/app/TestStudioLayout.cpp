// The studio's layout holds: the settings labels name their fields, a red
// quality row is in sight, the Takes panel cannot be dragged away, the pieces
// preview is wide enough to read, and a long preview reason wraps.
#include "AppSettings.h"
#include "MainWindow.h"
#include "ModelFolderPanel.h"
#include "ModelGuideDialog.h"
#include "ModelManagerDialog.h"
#include "QualityView.h"
#include "SettingsDialog.h"
#include "StudioView.h"
#include "TakesPanel.h"
#include "TimeEstimate.h"
#include "WaveformView.h"
#include "support/SharedData.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>
#include <QTranslator>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QtTest/QtTest>

using namespace timbre::gui;

class TestStudioLayout : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TimbreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestStudioLayout"));
  }

  // "&Output folder:" was shown with its "&": the label had no buddy.
  void settingsLabelsNameTheirFields() {
    SettingsDialog dialog(AppSettings{}, false);
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("outputFolderLabel"));
    QVERIFY(label);
    QCOMPARE(label->buddy(), dialog.findChild<QLineEdit*>(QStringLiteral("outputFolderEdit")));
    for (const QLabel* l : dialog.findChildren<QLabel*>())
      if (l->text().contains(QLatin1Char('&'))) QVERIFY2(l->buddy(), qPrintable(l->text()));
  }

  // Only the last check is red, the list shows three rows: it is scrolled into sight.
  void redQualityRowIsInSight() {
    QualityView view;
    view.resize(420, 130);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    timbre::audio::QualityReport report;
    for (int c = 0; c <= int(timbre::audio::QualityCheck::DcOffset); ++c) {
      timbre::audio::QualityItem item;
      item.check = timbre::audio::QualityCheck(c);
      item.value = "measured";
      item.hint = "fine";
      report.items.push_back(item);
    }
    report.items.back().level = timbre::audio::QualityLevel::Fail;
    view.setReport(report);
    const int last = view.rowCount() - 1;
    QCOMPARE(view.firstRowAt(timbre::audio::QualityLevel::Fail), last);
    QVERIFY(view.isRowVisible(last));
  }

  void windowLayoutHolds() {
    MainWindow window;
    window.resize(1260, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StudioView* studio = window.studio();
    // The pieces preview: room for about 20 characters a line.
    auto* preview = studio->findChild<QListWidget*>(QStringLiteral("piecesPreview"));
    QVERIFY(preview);
    QVERIFY2(preview->width() >= 20 * preview->fontMetrics().averageCharWidth(),
             qPrintable(QString::number(preview->width())));
    // Dragging the handle to the bottom leaves the Takes panel in sight.
    auto* splitter = studio->findChild<QSplitter*>(QStringLiteral("takesSplitter"));
    QVERIFY(splitter);
    splitter->setSizes({5000, 0});
    QCoreApplication::processEvents();
    QVERIFY(!splitter->isCollapsible(1));
    QVERIFY2(studio->takesPanel()->height() > 40, qPrintable(QString::number(studio->takesPanel()->height())));
    // A long reason under the preview wraps in its column: the studio gets no wider.
    const int minimum = studio->minimumSizeHint().width();
    auto* reason = studio->findChild<QLabel*>(QStringLiteral("previewLabel"));
    QVERIFY(reason);
    reason->setText(QStringLiteral("This piece is far too long to be spoken in one go and gets cut, ").repeated(6));
    QCoreApplication::processEvents();
    QVERIFY2(studio->minimumSizeHint().width() <= minimum,
             qPrintable(QStringLiteral("%1 > %2").arg(studio->minimumSizeHint().width()).arg(minimum)));
  }

  // A first start without models: a page says what the files are, where the
  // official ones are, which each version needs; its folder is taken and explained.
  void firstRunPageWithoutModels() {
    QSettings().remove(QStringLiteral("models/folder"));
    MainWindow window;
    ModelGuideDialog* guide = window.showModelGuideIfNeeded();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    const QString text = ModelGuideDialog::guideText();
    for (const char* fact : {"huggingface.co/lj1995/GPT-SoVITS", ".ckpt", ".pth", "s2G2333k.pth", "s1v3.ckpt",
                             "chinese-hubert-base", "chinese-roberta-wwm-ext-large", "pretrained_eres2netv2w24s4ep4.ckpt"})
      QVERIFY2(text.contains(QLatin1String(fact)), fact);
    QVERIFY(guide->findChild<QPushButton*>(QStringLiteral("modelGuideChoose")));
    const QString folder = QString::fromStdString(timbre::test::sharedPath("fixtures/e2e-tiny"));
    emit guide->folderChosen(folder);
    QCOMPARE(window.studio()->modelPanel()->folder(), folder);
    QVERIFY(window.studio()->findChild<ModelManagerDialog*>());  // shows what it found there
    // Models chosen: no page at the next start.
    QVERIFY(!window.showModelGuideIfNeeded());
    QSettings().remove(QStringLiteral("models/folder"));
  }

  // In every language the studio fits 1280x800 beside the menu, tool and status bars.
  void fitsIn1280x800InEveryLanguage_data() {
    QTest::addColumn<QString>("locale");
    for (const char* locale : {"en", "zh_CN", "ja", "ko"}) QTest::newRow(locale) << QString::fromLatin1(locale);
  }
  void fitsIn1280x800InEveryLanguage() {
    QFETCH(QString, locale);
    QTranslator translator;
    if (locale != QLatin1String("en")) {
      QVERIFY(translator.load(QStringLiteral(":/i18n/timbre_%1.qm").arg(locale)));
      QCoreApplication::installTranslator(&translator);
    }
    {
      MainWindow window;
      window.resize(1280, 800);
      window.show();
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      const QSize studio = window.studio()->minimumSizeHint();
      for (const char* name : {"voiceLibraryPanel", "voicePanel", "scriptPanel", "takesPanel", "modelFolderPanel"})
        if (auto* panel = window.studio()->findChild<QWidget*>(QLatin1String(name)))
          qInfo() << locale << name << "minimum" << panel->minimumSizeHint();
      const int bars = window.menuBar()->sizeHint().height() +
                       window.findChild<QToolBar*>(QStringLiteral("mainToolBar"))->sizeHint().height() +
                       window.statusBar()->sizeHint().height();
      QVERIFY2(studio.width() <= 1280 && studio.height() <= 800 - bars,
               qPrintable(QStringLiteral("%1: studio minimum %2x%3, room 1280x%4")
                              .arg(locale)
                              .arg(studio.width())
                              .arg(studio.height())
                              .arg(800 - bars)));
    }
    QCoreApplication::removeTranslator(&translator);
  }

  // Folders whose models loaded are offered again, newest first, without repeats.
  void recentModelFolders() {
    QSettings().remove(QStringLiteral("models/recent"));
    ModelFolderPanel panel;
    for (const QString& folder : {QStringLiteral("/models/a"), QStringLiteral("/models/b"), QStringLiteral("/models/a")}) {
      panel.setFolder(folder);
      panel.showLoaded(folder, QStringLiteral("v2"));
    }
    panel.setFolder(QStringLiteral("/models/broken"));
    panel.showFailed(QStringLiteral("/models/broken"), QStringLiteral("no models"));  // not offered
    QCOMPARE(ModelFolderPanel::recentFolders(), (QStringList{QStringLiteral("/models/a"), QStringLiteral("/models/b")}));
    QSettings().remove(QStringLiteral("models/recent"));
    QSettings().remove(QStringLiteral("models/folder"));
  }

  // The selected take is drawn with its piece boundaries; the selected piece is highlighted.
  void takeWaveformShowsPieces() {
    TakesPanel panel;
    Take take;
    take.audio.sampleRateHz = 32000;
    take.audio.channels = 1;
    take.audio.samples.assign(32000, 0.1f);
    take.text = QStringLiteral("One. Two. Three.");
    take.pieces = {{QStringLiteral("One."), 0.0, 0.3, 0, 9600, -1},
                   {QStringLiteral("Two."), 0.3, 0.7, 9600, 22400, -1},
                   {QStringLiteral("Three."), 0.7, 1.0, 22400, 32000, -1}};
    panel.addTake(take);
    auto* wave = panel.findChild<WaveformView*>(QStringLiteral("takeWaveform"));
    QVERIFY(wave);
    QCOMPARE(wave->sampleCount(), std::size_t(32000));
    QCOMPARE(wave->markers(), (std::vector<std::size_t>{9600, 22400}));
    panel.setCurrentPiece(1);
    QCOMPARE(wave->selectionBegin(), std::size_t(9600));
    QCOMPARE(wave->selectionEnd(), std::size_t(22400));
  }

  // The time left goes at the pace so far; nothing is promised too early.
  void timeLeftEstimate() {
    QCOMPARE(estimateSecondsLeft(10.0, 0.25), 30.0);
    QCOMPARE(estimateSecondsLeft(6.0, 0.5), 6.0);
    QCOMPARE(estimateSecondsLeft(4.0, 1.0), 0.0);
    QVERIFY(estimateSecondsLeft(0.5, 0.5) < 0);  // under a second
    QVERIFY(estimateSecondsLeft(20.0, 0.01) < 0);  // under 5 %
  }
};

QTEST_MAIN(TestStudioLayout)
#include "TestStudioLayout.moc"
