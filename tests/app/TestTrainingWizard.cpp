// The "New voice model…" wizard end to end on the tiny official-format base
// models and six AISHELL-1 clips: a missing base file is named on the first
// page; the speech comes from the workspace's clips/dataset.list; Train runs
// prepare, SoVITS and GPT with per-stage progress and a loss chart; Stop keeps
// the last saved epoch; after a "restart" (a new wizard on the unfinished
// workspace) Resume finishes; the chosen epoch is kept as a library voice that
// owns its model files and a 3–10 s reference clip, and the engine speaks with
// it after the training folder is gone.
#include <QtTest/QtTest>

#include "LossChart.h"
#include "MainWindow.h"
#include "ResultPage.h"
#include "SpeechGatherPage.h"
#include "TrainingPage.h"
#include "TrainingWizard.h"
#include "TrainingWorkspace.h"
#include "VoiceSetupPage.h"
#include "audio/AudioFile.h"
#include "library/VoiceLibrary.h"
#include "pipeline/ModelFolder.h"
#include "pipeline/Synthesizer.h"
#include "pipeline/VoiceModels.h"
#include "support/TestSupport.h"
#include "support/TrainingBase.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

using namespace timbre;
using namespace timbre::gui;

namespace {

constexpr int kTrainingTimeoutMs = 15 * 60 * 1000;

// Six clips of one AISHELL-1 speaker in the workspace's clips/, listed in
// clips/dataset.list as the gather page writes it (file|speaker|LANG|text).
void gatherClips(const QString& workspace) {
  const QString clips = workspace + "/clips";
  QVERIFY(QDir().mkpath(clips));
  const QString aishell = QString::fromStdString(test::sharedPath("audio/aishell"));
  const QStringList names = QDir(aishell).entryList({"BAC009S0150*.wav"}, QDir::Files, QDir::Name).mid(0, 6);
  QCOMPARE(names.size(), 6);
  QFile list(clips + "/dataset.list");
  QVERIFY(list.open(QIODevice::WriteOnly));
  for (const QString& wav : names) {
    QVERIFY(QFile::copy(aishell + "/" + wav, clips + "/" + wav));
    QFile text(aishell + "/" + QString(wav).replace(".wav", ".txt"));
    QVERIFY(text.open(QIODevice::ReadOnly));
    list.write((wav + "|me|ZH|" + QString::fromUtf8(text.readAll()).trimmed() + "\n").toUtf8());
  }
}

TrainingRecipe tinyRecipe() {
  TrainingRecipe r;
  r.sovitsEpochs = 3;
  r.gptEpochs = 2;
  r.sovitsSaveEvery = 1;
  r.gptSaveEvery = 2;  // the last epoch only: one GPT audition
  r.sovitsBatchSize = 3;
  r.gptBatchSize = 3;
  r.replicateBelow = 1;
  return r;
}

QStringList weights(const QString& run, const QString& folder, const QString& pattern) {
  return QDir(run + "/" + folder).entryList({pattern}, QDir::Files, QDir::Name);
}

}  // namespace

class TestTrainingWizard : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  QString m_base, m_library;

  // Fills the first page and goes to the gather page.
  void startVoice(TrainingWizard& wizard, const QString& name) {
    wizard.setupPage()->setVoiceName(name);
    wizard.setupPage()->setLanguage("zh");
    QVERIFY(wizard.setupPage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(TrainingWizard::GatherPageId));
    QVERIFY(!wizard.workspace().folder.isEmpty());
  }

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_DATA_HOME", (m_dir.path() + "/data").toUtf8());
    m_library = QString::fromStdString(library::VoiceLibrary::defaultRoot());
    m_base = m_dir.path() + "/pretrained";
    test::makeTrainingBase(m_base);
  }

  void theMenuOffersIt() {
    MainWindow window;
    QAction* action = window.newVoiceModelAction();
    QVERIFY(action);
    QVERIFY(window.menuBar()->actions().value(0)->menu()->actions().contains(action));
  }

  // The wizard speaks the studio's languages.
  void translated_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh_CN menu") << "zh_CN" << "timbre::gui::MainWindow" << "New &Voice Model…" << "新建声音模型(&V)…";
    QTest::newRow("ja stop") << "ja" << "timbre::gui::TrainingPage" << "Stop (keeps the last saved epoch)"
                             << "停止（最後に保存したエポックは残ります）";
    QTest::newRow("ko keep") << "ko" << "timbre::gui::ResultPage" << "Listen and keep" << "듣고 고르기";
    QTest::newRow("zh_CN epoch") << "zh_CN" << "timbre::gui::EpochChoice" << "GPT epoch %1" << "GPT 第 %1 轮";
    QTest::newRow("ja name") << "ja" << "timbre::gui::VoiceSetupPage" << "&Name:" << "名前(&N):";
  }
  void translated() {
    QFETCH(QString, locale);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(":/i18n/timbre_" + locale + ".qm"));
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
  }

  // Each missing base file is named before anything is recorded.
  void aMissingBaseFileIsNamed_data() {
    QTest::addColumn<QString>("remove");
    QTest::addColumn<QString>("named");
    QTest::newRow("discriminator") << "s2D_v2_init.pth" << "s2D";
    QTest::newRow("hubert") << "chinese-hubert-base" << "HuBERT";
    QTest::newRow("bert") << "chinese-roberta-wwm-ext-large" << "BERT";
    QTest::newRow("gpt") << "s1_init.ckpt" << "GPT";
  }
  void aMissingBaseFileIsNamed() {
    QFETCH(QString, remove);
    QFETCH(QString, named);
    QTemporaryDir dir;
    const QString base = dir.path() + "/base";
    for (const QString& f : QDir(m_base).entryList(QDir::Files)) {
      QDir().mkpath(base);
      QVERIFY(QFile::copy(m_base + "/" + f, base + "/" + f));
    }
    for (const QString& sub : {"chinese-hubert-base", "chinese-roberta-wwm-ext-large"})
      test::copyFolderFiles(m_base + "/" + sub, base + "/" + sub);
    if (QFileInfo(base + "/" + remove).isDir())
      QVERIFY(QDir(base + "/" + remove).removeRecursively());
    else
      QVERIFY(QFile::remove(base + "/" + remove));
    TrainingWizard wizard(m_library, base);
    wizard.setupPage()->setVoiceName("Missing " + remove);
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(TrainingWizard::SetupPageId));
    QVERIFY2(wizard.setupPage()->problemText().contains(named), qPrintable(wizard.setupPage()->problemText()));
    QVERIFY(wizard.workspace().folder.isEmpty());  // nothing created for a refused start
  }

  // No usable speech: the gather page says so and Next stays put.
  void anEmptyDatasetIsRefused() {
    TrainingWizard wizard(m_library, m_base);
    wizard.show();
    startVoice(wizard, "Nobody Yet");
    auto* gather = wizard.gatherPage();
    QVERIFY(gather);
    QVERIFY(!gather->isComplete());
    QVERIFY(!gather->validatePage());
    QVERIFY2(gather->message().contains("Nothing usable"), qPrintable(gather->message()));
  }

  // A base file gone after the start: the training page shows the engine's
  // message naming it, and the gathered clips stay.
  void aTrainingErrorShowsOnThePage() {
    QTemporaryDir dir;
    const QString base = dir.path() + "/base";
    test::copyFolderFiles(m_base, base);
    for (const QString& sub : {"chinese-hubert-base", "chinese-roberta-wwm-ext-large"})
      test::copyFolderFiles(m_base + "/" + sub, base + "/" + sub);
    TrainingWizard wizard(m_library, base);
    wizard.show();
    startVoice(wizard, "Lost Base");
    gatherClips(wizard.workspace().folder);
    wizard.back();
    wizard.next();  // the gather page reads the clips again
    wizard.next();
    QCOMPARE(wizard.currentId(), int(TrainingWizard::TrainPageId));
    QVERIFY(QFile::remove(base + "/s2D_v2_init.pth"));
    wizard.trainingPage()->train();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.trainingPage()->isRunning(), 120000);
    const QString error = wizard.trainingPage()->errorText();
    QVERIFY2(error.contains("discriminator") && error.contains(base), qPrintable(error));
    QVERIFY(!wizard.trainingPage()->isComplete());
    QCOMPARE(QDir(wizard.workspace().clipsFolder()).entryList({"*.wav"}).size(), 6);
  }

  void trainStopResumeAndKeepTheVoice() {
    const QString name = "My Trained Voice";
    QString workspace, run;
    {
      TrainingWizard wizard(m_library, m_base);
      wizard.setRecipe(tinyRecipe());
      wizard.show();
      startVoice(wizard, name);
      workspace = wizard.workspace().folder;
      run = wizard.workspace().runFolder();
      QVERIFY2(workspace.startsWith(QFileInfo(m_library).absolutePath() + "/training/"), qPrintable(workspace));
      gatherClips(workspace);
      wizard.back();
      wizard.next();
      QVERIFY(wizard.gatherPage()->isComplete());
      wizard.next();
      QCOMPARE(wizard.currentId(), int(TrainingWizard::TrainPageId));
      TrainingPage* page = wizard.trainingPage();
      QVERIFY(!page->isComplete());

      // Stop in the middle of SoVITS epoch 2: epochs 1 (and 2, which the
      // step in flight completes) are kept, epoch 3 is not trained.
      bool stopped = false;
      connect(page->worker(), &TrainingWorker::progress, page, [&](const TrainingProgress& e) {
        if (!stopped && e.stage == "sovits" && e.epoch == 2) {
          stopped = true;
          page->findChild<QPushButton*>("stopButton")->click();
        }
      });
      page->findChild<QPushButton*>("trainButton")->click();
      QVERIFY(page->isRunning());
      QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
      QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), kTrainingTimeoutMs);
      QVERIFY2(page->errorText().isEmpty(), qPrintable(page->errorText()));
      QVERIFY(stopped);
      QVERIFY(!page->isComplete());
      QVERIFY2(!weights(run, "SoVITS_weights_v2", "voice_e1_s*.pth").isEmpty(), qPrintable(page->statusText()));
      QVERIFY(weights(run, "SoVITS_weights_v2", "voice_e3_s*.pth").isEmpty());
      QCOMPARE(page->findChild<QPushButton*>("trainButton")->text(), QString("Resume"));
      QVERIFY(page->lossChart()->pointCount("gen") > 0);
      QVERIFY(page->findChild<QProgressBar*>("prepareProgress")->value() ==
              page->findChild<QProgressBar*>("prepareProgress")->maximum());
    }  // the app is closed

    // After a restart the training is offered again and resumes.
    const QList<TrainingWorkspace> unfinished = TrainingWorkspace::unfinished(QFileInfo(m_library).absolutePath() + "/training");
    const auto it = std::find_if(unfinished.begin(), unfinished.end(), [&](const TrainingWorkspace& w) { return w.folder == workspace; });
    QVERIFY(it != unfinished.end());
    QCOMPARE(it->voiceName, name);
    TrainingWizard wizard(m_library, QString());
    wizard.setRecipe(tinyRecipe());
    wizard.continueWorkspace(*it);
    QCOMPARE(wizard.setupPage()->baseFolder(), m_base);
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(TrainingWizard::GatherPageId));
    QCOMPARE(wizard.gatherPage()->clips().clips().size(), std::size_t(6));
    wizard.next();
    TrainingPage* page = wizard.trainingPage();
    QCOMPARE(page->findChild<QPushButton*>("trainButton")->text(), QString("Resume"));
    page->findChild<QPushButton*>("trainButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), kTrainingTimeoutMs);
    QVERIFY2(page->isComplete(), qPrintable(page->errorText() + page->statusText()));
    QVERIFY(!weights(run, "SoVITS_weights_v2", "voice_e3_s*.pth").isEmpty());
    QVERIFY(QFile::exists(run + "/GPT_weights_v2/voice-e2.ckpt"));
    QCOMPARE(page->findChild<QProgressBar*>("gptProgress")->value(), page->findChild<QProgressBar*>("gptProgress")->maximum());

    // One choice per audition (SoVITS epoch 3 with the base GPT, GPT epoch 2
    // with SoVITS epoch 3), the last by default.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(TrainingWizard::ResultPageId));
    ResultPage* result = wizard.resultPage();
    QVERIFY2(result->choices().size() >= 2, qPrintable(result->errorText()));
    QCOMPARE(result->chosen(), int(result->choices().size()) - 1);
    const EpochChoice kept = result->choices().back();
    QVERIFY2(kept.gpt.endsWith("voice-e2.ckpt") && kept.sovits.contains("voice_e3_"), qPrintable(kept.label()));
    QCOMPARE(kept.label(), QString("SoVITS epoch 3 + GPT epoch 2"));
    // SoVITS epochs are heard with the base GPT.
    QVERIFY2(result->choices().front().label().endsWith("+ base GPT"), qPrintable(result->choices().front().label()));
    // The reference: a whole clip of 3–10 s (two of the six are), from the workspace.
    const QString reference = QFileInfo(result->referenceClip()).fileName();
    QVERIFY2(reference == "BAC009S0150W0061.wav" || reference == "BAC009S0150W0101.wav", qPrintable(reference));
    QVERIFY(result->referenceClip().startsWith(workspace + "/clips/"));
    QSignalSpy created(&wizard, &TrainingWizard::voiceCreated);
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY2(result->errorText().isEmpty(), qPrintable(result->errorText()));
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.front().front().toString(), name);

    // The voice owns its models: the training folder can go.
    QVERIFY(QDir(run).removeRecursively());
    const library::Voice voice = library::VoiceLibrary(m_library.toStdString()).resolve(name.toStdString());
    QCOMPARE(QString::fromStdString(voice.promptText), reference.endsWith("W0101.wav") ? QString("一三七四零零五二二四六")
                                                                                    : QString("想听歌曲卷珠帘"));
    const double seconds = audio::readAudioFile(voice.referenceClip).durationSeconds();
    QVERIFY(seconds >= 3.0 && seconds <= 10.0);
    QVERIFY(QString::fromStdString(voice.models.gpt).startsWith(QString::fromStdString(voice.folder) + "/models/"));
    const pipeline::ModelPaths paths = pipeline::findModels(voice.models.folder);
    QCOMPARE(paths.gpt, voice.models.gpt);
    QCOMPARE(paths.sovits, voice.models.sovits);
    const pipeline::VoiceModels models = pipeline::VoiceModels::load(paths);
    const pipeline::Synthesizer synthesizer(models);
    pipeline::SynthesisRequest request;
    request.text = "我们明天一起去公园散步吧。";
    request.textLang = voice.settings.textLang;
    request.references = {voice.referenceClip};
    request.promptText = voice.promptText;
    request.promptLang = voice.promptLang;
    request.seed = 7;
    QVERIFY(synthesizer.synthesize(request).audio.numel() > 3200);

    // Kept: no longer offered as unfinished; the recordings stay with it.
    for (const TrainingWorkspace& w : TrainingWorkspace::unfinished(QFileInfo(m_library).absolutePath() + "/training"))
      QVERIFY(w.folder != workspace);
    QCOMPARE(QDir(workspace + "/clips").entryList({"*.wav"}).size(), 6);
  }
};

QTEST_MAIN(TestTrainingWizard)
#include "TestTrainingWizard.moc"
