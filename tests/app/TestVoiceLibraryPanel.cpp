// The voice library in the studio, offscreen: save the current voice, reopen
// it in a fresh studio and find every panel restored; search, rename, delete
// with its confirmation, a damaged voice reported; and the model manager on the
// e2e-tiny set and on a folder with a wrong file.
#include "ExportMetadata.h"
#include "ModelFolderPanel.h"
#include "TakesPanel.h"
#include "ModelManagerDialog.h"
#include "ScriptPanel.h"
#include "StudioView.h"
#include "VoiceLibraryPanel.h"
#include "VoicePanel.h"
#include "WaveformView.h"
#include "audio/AudioFile.h"
#include "library/VoiceLibrary.h"
#include "support/SharedData.h"

#include <QAbstractButton>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest/QtTest>

using namespace timbre::gui;

namespace {

QString shared(const char* relative) { return QString::fromStdString(timbre::test::sharedPath(relative)); }

// Clicks `button` of the message box called `name` (opened without a nested loop).
bool answer(QWidget* parent, const char* name, QMessageBox::StandardButton button) {
  QMessageBox* box = nullptr;
  (void)QTest::qWaitFor([&] { return (box = parent->findChild<QMessageBox*>(QString::fromLatin1(name))) != nullptr; }, 5000);
  if (!box) return false;
  box->button(button)->click();
  return true;
}

}  // namespace

class TestVoiceLibraryPanel : public QObject {
  Q_OBJECT

  QTemporaryDir m_data;

  QString voicesRoot() const { return m_data.path() + QStringLiteral("/timbre/voices"); }

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // no real QSettings touched
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", m_data.path().toUtf8());  // the studio's library lives here
  }

  void saveFromStudioAndReopen() {
    const QString models = shared("fixtures/e2e-tiny");
    qint64 savedFrames = 0;
    {
      StudioView studio;
      studio.show();
      QCOMPARE(studio.libraryPanel()->root(), voicesRoot());
      QVERIFY(studio.libraryPanel()->visibleNames().isEmpty());
      QVERIFY(!studio.saveVoice(QStringLiteral("Empty")));  // nothing imported yet
      studio.modelPanel()->setFolder(models);
      VoicePanel* voice = studio.voicePanel();
      QVERIFY(voice->loadFile(shared("fixtures/e2e-tiny/case0_zh_short/ref.wav")));
      voice->setSelectionSeconds(0.5, 3.75);
      voice->setPromptText(QStringLiteral("其中有两个是内因的指标"));
      voice->setPromptLanguage(QStringLiteral("all_zh"));
      ScriptPanel* script = studio.scriptPanel();
      script->setText(QStringLiteral("不属于声音的文字。"));
      script->setLanguage(QStringLiteral("en"));
      script->setSplitMethod(QStringLiteral("cut3"));
      script->setSeed(4321);
      script->findChild<QDoubleSpinBox*>(QStringLiteral("speed"))->setValue(1.25);
      script->findChild<QDoubleSpinBox*>(QStringLiteral("noiseScale"))->setValue(0.4);
      script->findChild<QSpinBox*>(QStringLiteral("topK"))->setValue(7);
      script->findChild<QDoubleSpinBox*>(QStringLiteral("topP"))->setValue(0.8);
      script->findChild<QDoubleSpinBox*>(QStringLiteral("temperature"))->setValue(0.7);
      script->findChild<QDoubleSpinBox*>(QStringLiteral("repetitionPenalty"))->setValue(1.5);
      script->findChild<QDoubleSpinBox*>(QStringLiteral("pause"))->setValue(0.55);
      savedFrames = qint64(voice->selectedAudio().frames());
      QCOMPARE(savedFrames, qint64(3.25 * 16000));

      QVERIFY(studio.saveVoice(QStringLiteral("Studio Voice")));
      QCOMPARE(studio.libraryPanel()->visibleNames(), QStringList{QStringLiteral("Studio Voice")});
      QCOMPARE(studio.libraryPanel()->selectedName(), QStringLiteral("Studio Voice"));
      // The same name again: refused with the engine's reason, unless replacing.
      QVERIFY(!studio.saveVoice(QStringLiteral("studio voice")));
      const auto messages = studio.findChildren<QMessageBox*>(QStringLiteral("studioMessage"));
      QVERIFY(!messages.isEmpty() && messages.last()->text().contains(QStringLiteral("already exists")));
      QVERIFY(studio.saveVoice(QStringLiteral("Studio Voice"), true));
      QCOMPARE(studio.libraryPanel()->visibleNames().size(), 1);
    }

    // What was stored: the selection as a file of its own, and every setting.
    timbre::library::VoiceLibrary library(voicesRoot().toStdString());
    const auto stored = library.load("Studio Voice");
    QCOMPARE(stored.promptLang, std::string("all_zh"));
    QCOMPARE(stored.models.folder, models.toStdString());
    QCOMPARE(stored.settings.seed, int64_t(4321));
    QCOMPARE(qint64(timbre::audio::readAudioFile(stored.referenceClip).frames()), savedFrames);

    // A fresh studio lists it; opening restores every panel.
    StudioView studio;
    studio.show();
    QCOMPARE(studio.libraryPanel()->visibleNames(), QStringList{QStringLiteral("Studio Voice")});
    QVERIFY(studio.openVoice(QStringLiteral("STUDIO VOICE")));
    QVERIFY(studio.voicePanel()->hasAudio());
    QCOMPARE(qint64(studio.voicePanel()->selectedAudio().frames()), savedFrames);
    QCOMPARE(studio.voicePanel()->promptText(), QStringLiteral("其中有两个是内因的指标"));
    QCOMPARE(studio.voicePanel()->promptLanguage(), QStringLiteral("all_zh"));
    QCOMPARE(studio.modelPanel()->folder(), models);
    const SynthesisSettings s = studio.scriptPanel()->settings();
    QCOMPARE(s.textLang, std::string("en"));
    QCOMPARE(s.splitMethod, std::string("cut3"));
    QCOMPARE(s.seed, qint64(4321));
    QCOMPARE(s.speed, 1.25);
    QCOMPARE(s.noiseScale, 0.4);
    QCOMPARE(s.topK, 7);
    QCOMPARE(s.topP, 0.8);
    QCOMPARE(s.temperature, 0.7);
    QCOMPARE(s.repetitionPenalty, 1.5);
    QCOMPARE(s.pauseSeconds, 0.55);
    QVERIFY(s.text.isEmpty());  // the script text is not part of a voice
    // The Open button does the same for the selected voice.
    QSignalSpy opened(studio.libraryPanel(), &VoiceLibraryPanel::openRequested);
    studio.libraryPanel()->selectName(QStringLiteral("studio voice"));
    studio.libraryPanel()->findChild<QPushButton*>(QStringLiteral("openVoiceButton"))->click();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("Studio Voice"));
    QVERIFY(!studio.openVoice(QStringLiteral("Nobody")));

    // Takes made with a library voice carry its name into the export tags.
    QCOMPARE(studio.libraryVoiceName(), QStringLiteral("Studio Voice"));
    studio.scriptPanel()->setText(QStringLiteral("我们明天一起去公园散步吧。"));
    studio.scriptPanel()->setLanguage(QStringLiteral("zh"));
    QTRY_VERIFY_WITH_TIMEOUT(studio.modelPanel()->isLoaded(), 120000);
    QSignalSpy done(&studio, &StudioView::generationFinished);
    QSignalSpy failed(&studio, &StudioView::generationFailed);
    QVERIFY(studio.generate());
    QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() > 0, 180000);
    if (!failed.isEmpty()) QFAIL(qPrintable(failed.at(0).at(0).toString()));
    const Take& take = studio.takesPanel()->take(0);
    QCOMPARE(take.voiceName, QStringLiteral("Studio Voice"));
    QCOMPARE(QString::fromStdString(timbre::gui::exportMetadata(take).artist),
             QStringLiteral("Timbre (AI-generated voice: Studio Voice)"));
    // Another clip is no longer that voice.
    QVERIFY(studio.voicePanel()->loadFile(shared("fixtures/e2e-tiny/case0_zh_short/ref.wav")));
    QVERIFY(studio.libraryVoiceName().isEmpty());
  }

  void searchRenameDelete() {
    QTemporaryDir dir;
    timbre::library::VoiceLibrary library(dir.path().toStdString());
    for (const char* name : {"Alice", "Bob", "Alicia Calm"}) {
      timbre::library::Voice v;
      v.name = name;
      v.referenceClip = shared("fixtures/e2e-tiny/case0_zh_short/ref.wav").toStdString();
      library.save(v);
    }
    VoiceLibraryPanel panel(nullptr, dir.path());
    panel.show();
    QCOMPARE(panel.visibleNames(), (QStringList{"Alice", "Alicia Calm", "Bob"}));
    panel.setSearchText(QStringLiteral("ALI"));
    QCOMPARE(panel.visibleNames(), (QStringList{"Alice", "Alicia Calm"}));
    panel.setSearchText(QStringLiteral("calm"));
    QCOMPARE(panel.visibleNames(), QStringList{"Alicia Calm"});
    panel.setSearchText({});

    QVERIFY(panel.renameVoice(QStringLiteral("Bob"), QStringLiteral("Robert")));
    QCOMPARE(panel.visibleNames(), (QStringList{"Alice", "Alicia Calm", "Robert"}));
    QCOMPARE(panel.selectedName(), QStringLiteral("Robert"));
    // A bad new name: refused with the engine's message, nothing changed.
    QVERIFY(!panel.renameVoice(QStringLiteral("Robert"), QStringLiteral("../Robert")));
    auto* message = panel.findChild<QMessageBox*>(QStringLiteral("voiceLibraryMessage"));
    QVERIFY(message && message->text().contains(QStringLiteral("cannot contain")));
    QVERIFY(library.contains("Robert"));

    // Delete asks first; Cancel keeps the voice, Yes deletes it.
    auto* remove = panel.findChild<QPushButton*>(QStringLiteral("deleteVoiceButton"));
    panel.selectName(QStringLiteral("Alice"));
    remove->click();
    QVERIFY(answer(&panel, "deleteVoiceConfirm", QMessageBox::Cancel));
    QTRY_VERIFY(!panel.findChild<QMessageBox*>(QStringLiteral("deleteVoiceConfirm")));
    QVERIFY(library.contains("Alice"));
    remove->click();
    QVERIFY(answer(&panel, "deleteVoiceConfirm", QMessageBox::Yes));
    QTRY_COMPARE(panel.visibleNames(), (QStringList{"Alicia Calm", "Robert"}));
    QVERIFY(!library.contains("Alice"));

    // A damaged voice does not hide the others, and its file is named.
    const std::string folder = library.load("Robert").folder;
    QFile json(QString::fromStdString(folder + "/voice.json"));
    QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write("{ broken");
    json.close();
    panel.refresh();
    QCOMPARE(panel.visibleNames(), QStringList{"Alicia Calm"});
    QCOMPARE(panel.problems().size(), 1);
    QVERIFY(panel.problems().first().contains(QString::fromStdString(folder + "/voice.json")));
    auto* problems = panel.findChild<QLabel*>(QStringLiteral("voiceLibraryProblems"));
    QVERIFY(problems->isVisible() && problems->text().contains(QStringLiteral("voice.json")));
  }

  void modelManager() {
    StudioView studio;
    studio.show();
    ModelManagerDialog* dialog = studio.openModelManager();
    QSignalSpy inspected(dialog, &ModelManagerDialog::inspected);
    dialog->inspect(shared("fixtures/e2e-tiny"));
    QVERIFY(dialog->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(inspected.count(), 1, 120000);
    QVERIFY2(dialog->isUsable(), qPrintable(dialog->summary()));
    QVERIFY(dialog->summary().contains(QStringLiteral("SoVITS v2")));
    QMap<QString, QString> kinds;
    for (int i = 0; i < dialog->fileList()->topLevelItemCount(); ++i) {
      const QTreeWidgetItem* item = dialog->fileList()->topLevelItem(i);
      kinds[QFileInfo(item->text(0)).fileName()] = item->text(1) + "|" + item->text(2);
    }
    QCOMPARE(kinds.value("gpt.ckpt"), ModelManagerDialog::describeKind("gpt") + "|v2");
    QCOMPARE(kinds.value("sovits.pth"), ModelManagerDialog::describeKind("sovits") + "|v2");
    QCOMPARE(kinds.value("chinese-hubert-base"), ModelManagerDialog::describeKind("hubert") + "|");
    QCOMPARE(kinds.value("chinese-roberta-wwm-ext-large"), ModelManagerDialog::describeKind("bert") + "|");

    // A folder with a GPT and a damaged .pth: each explained, not usable.
    QTemporaryDir dir;
    QVERIFY(QFile::copy(shared("fixtures/v2-tiny/gpt.ckpt"), dir.filePath("gpt.ckpt")));
    QFile broken(dir.filePath("voice.pth"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("definitely not a checkpoint");
    broken.close();
    dialog->inspect(dir.path());
    QTRY_COMPARE_WITH_TIMEOUT(inspected.count(), 2, 60000);
    QVERIFY(!dialog->isUsable());
    // In plain words, naming the user's file (findModels reports the refused .pth itself).
    QVERIFY2(dialog->summary().contains(QStringLiteral("“voice.pth” is not a GPT-SoVITS model file")),
             qPrintable(dialog->summary()));
    QVERIFY2(!dialog->summary().contains(QStringLiteral("magic")), qPrintable(dialog->summary()));
    QCOMPARE(dialog->fileList()->topLevelItemCount(), 2);
    bool explained = false;
    for (int i = 0; i < dialog->fileList()->topLevelItemCount(); ++i) {
      const QTreeWidgetItem* item = dialog->fileList()->topLevelItem(i);
      if (item->text(0) == QStringLiteral("voice.pth"))
        explained = item->text(3).startsWith(QStringLiteral("Cannot be used:")) && item->text(3).contains("voice.pth");
    }
    QVERIFY(explained);
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("modelManagerUse"))->isEnabled());

    // Back to the good folder, and "Use this folder" sets the studio's models.
    dialog->inspect(shared("fixtures/e2e-tiny"));
    QTRY_COMPARE_WITH_TIMEOUT(inspected.count(), 3, 120000);
    QSignalSpy chosen(studio.modelPanel(), &ModelFolderPanel::folderChosen);
    dialog->findChild<QPushButton*>(QStringLiteral("modelManagerUse"))->click();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(studio.modelPanel()->folder(), shared("fixtures/e2e-tiny"));
  }
};

QTEST_MAIN(TestVoiceLibraryPanel)
#include "TestVoiceLibraryPanel.moc"
