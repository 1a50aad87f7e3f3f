// The voice library: every field and the clip bytes survive save -> load,
// rename and remove, names that could escape the library are refused, a damaged
// voice.json is named and does not hide the others, and writes are atomic
// under concurrent savers and readers. Plus the model inspector on the e2e-tiny set.
#include "library/ModelInspector.h"
#include "library/VoiceLibrary.h"
#include "pipeline/ModelFolder.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

using timbre::Error;
using timbre::ErrorCode;
using namespace timbre::library;
namespace fs = std::filesystem;

namespace {

std::string fixture(const std::string& relative) { return timbre::test::sharedPath("fixtures/" + relative); }

QByteArray readAll(const std::string& path) {
  QFile f(QString::fromStdString(path));
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const std::string& path, const QByteArray& bytes) {
  QFile f(QString::fromStdString(path));
  QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
  f.write(bytes);
}

// Runs f and returns the timbre::Error it throws (fails the test when none).
template <typename F>
std::optional<Error> errorOf(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  return std::nullopt;
}

// Hidden work folders left in the library (there should be none; .lock stays).
QStringList leftovers(const QString& root) {
  return QDir(root).entryList(QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
      .filter(QRegularExpression(QStringLiteral("^\\.(?!lock$)")));
}

}  // namespace

class TestVoiceLibrary : public QObject {
  Q_OBJECT

  QTemporaryDir m_temp;
  QString m_clip, m_aux;  // sources outside the library (deleted by one test)

  Voice sampleVoice(const std::string& name) const {
    Voice v;
    v.name = name;
    v.promptText = "其中有两个是内因的指标。";
    v.promptLang = "all_zh";
    v.referenceClip = m_clip.toStdString();
    v.auxClips = {m_aux.toStdString()};
    v.models = {"/models/set-a", "/models/set-a/gpt.ckpt", "/models/set-a/sovits.pth"};
    v.settings.textLang = "en";
    v.settings.splitMethod = "cut3";
    v.settings.speed = 1.25;
    v.settings.noiseScale = 0.35;
    v.settings.topK = 7;
    v.settings.topP = 0.8;
    v.settings.temperature = 0.6;
    v.settings.repetitionPenalty = 1.5;
    v.settings.seed = 987654321012LL;
    v.settings.pauseSeconds = 0.45;
    return v;
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_temp.isValid());
    m_clip = m_temp.filePath("source-ref.wav");
    m_aux = m_temp.filePath("source-aux.FLAC");
    QVERIFY(QFile::copy(QString::fromStdString(fixture("e2e-tiny/case0_zh_short/ref.wav")), m_clip));
    writeFile(m_aux.toStdString(), QByteArray("not really flac, but bytes to keep", 34));
  }

  void defaultRootFollowsXdg() {
    const QByteArray old = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", "/tmp/xdg-data");
    QCOMPARE(VoiceLibrary::defaultRoot(), std::string("/tmp/xdg-data/timbre/voices"));
    qunsetenv("XDG_DATA_HOME");
    QCOMPARE(VoiceLibrary::defaultRoot(), qgetenv("HOME").toStdString() + "/.local/share/timbre/voices");
    if (!old.isEmpty()) qputenv("XDG_DATA_HOME", old);
  }

  void roundTripEveryField() {
    const QString root = m_temp.filePath("roundtrip");
    VoiceLibrary library(root.toStdString());
    QVERIFY(library.list().empty());  // no folder yet: simply empty
    const Voice original = sampleVoice("Narrator Zhang");
    const auto before = Voice::Clock::now() - std::chrono::seconds(1);
    const Voice saved = library.save(original);
    QCOMPARE(saved.folder, (fs::path(root.toStdString()) / "narrator-zhang").string());
    QVERIFY(saved.created >= before && saved.created <= Voice::Clock::now());
    QVERIFY(saved.created == saved.modified);

    // Load by another spelling of the name (case-insensitive).
    const Voice loaded = library.load("NARRATOR zhang");
    QCOMPARE(loaded.name, original.name);
    QCOMPARE(loaded.promptText, original.promptText);
    QCOMPARE(loaded.promptLang, original.promptLang);
    QVERIFY(loaded.models == original.models);
    QVERIFY(loaded.settings == original.settings);
    QCOMPARE(loaded.settings.seed, int64_t(987654321012LL));
    QVERIFY(loaded.created == saved.created);
    QVERIFY(loaded.modified == saved.modified);
    QCOMPARE(loaded.folder, saved.folder);
    // The clips are copies inside the voice folder, byte for byte.
    QCOMPARE(loaded.referenceClip, saved.folder + "/reference.wav");
    QCOMPARE(loaded.auxClips.size(), std::size_t(1));
    QCOMPARE(loaded.auxClips[0], saved.folder + "/aux-1.flac");
    QCOMPARE(readAll(loaded.referenceClip), readAll(m_clip.toStdString()));
    QCOMPARE(readAll(loaded.auxClips[0]), QByteArray("not really flac, but bytes to keep", 34));
    QVERIFY(readAll(loaded.referenceClip).size() > 1000);
    QCOMPARE(VoiceLibrary::featuresFolder(loaded), saved.folder + "/features");

    // voice.json is readable and versioned.
    const auto json = timbre::test::readJsonFile(saved.folder + "/voice.json");
    QCOMPARE(json.at("schema").get<int>(), kVoiceSchemaVersion);
    QCOMPARE(json.at("reference").at("clip").get<std::string>(), std::string("reference.wav"));
    QCOMPARE(json.at("settings").at("top_k").get<int>(), 7);
    QVERIFY(json.at("created").get<std::string>().back() == 'Z');

    // Deleting the original loses nothing; resolve() gives canonical clip paths.
    const Voice copy = library.save([&] {
      Voice v = sampleVoice("Ephemeral");
      v.auxClips.clear();
      return v;
    }());
    QVERIFY(QFile::copy(m_clip, m_temp.filePath("gone.wav")));
    Voice fromGone = sampleVoice("From a deleted file");
    fromGone.referenceClip = m_temp.filePath("gone.wav").toStdString();
    fromGone.auxClips.clear();
    library.save(fromGone);
    QVERIFY(QFile::remove(m_temp.filePath("gone.wav")));
    const Voice resolved = library.resolve("from a deleted file");
    QCOMPARE(readAll(resolved.referenceClip), readAll(m_clip.toStdString()));
    QCOMPARE(resolved.referenceClip, fs::canonical(resolved.referenceClip).string());

    const auto names = [&] {
      QStringList out;
      for (const Voice& v : library.list()) out << QString::fromStdString(v.name);
      return out;
    };
    QCOMPARE(names(), (QStringList{"Ephemeral", "From a deleted file", "Narrator Zhang"}));
    QVERIFY(copy.auxClips.empty());
    QVERIFY(leftovers(root).isEmpty());
  }

  void replaceKeepsCreationTime() {
    VoiceLibrary library(m_temp.filePath("replace").toStdString());
    const Voice first = library.save(sampleVoice("Alice"));
    // Another "alice" is refused unless replacing.
    const auto taken = errorOf([&] { library.save(sampleVoice("ALICE")); });
    QVERIFY(taken);
    QCOMPARE(taken->code(), ErrorCode::InvalidArgument);
    QVERIFY2(std::string(taken->what()).find("already exists") != std::string::npos, taken->what());

    // Replacing from the voice's own clip (a loaded voice saved again) works.
    fs::create_directories(first.folder + "/features/somekey");
    std::ofstream(first.folder + "/features/somekey/complete") << "1\n";
    Voice changed = library.load("alice");
    changed.promptText = "changed";
    changed.auxClips.clear();
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    const Voice second = library.save(changed, SaveMode::Replace);
    QCOMPARE(second.folder, first.folder);
    QVERIFY(second.created == first.created);
    QVERIFY(second.modified > first.modified);
    QCOMPARE(library.load("Alice").promptText, std::string("changed"));
    QVERIFY(library.load("Alice").auxClips.empty());
    QCOMPARE(readAll(second.referenceClip), readAll(m_clip.toStdString()));
    QVERIFY(fs::exists(second.folder + "/features/somekey/complete"));  // cached features kept
    QVERIFY(!fs::exists(second.folder + "/aux-1.flac"));
    QCOMPARE(library.list().size(), std::size_t(1));
    QVERIFY(leftovers(m_temp.filePath("replace")).isEmpty());
  }

  void renameAndRemove() {
    const QString root = m_temp.filePath("rename");
    VoiceLibrary library(root.toStdString());
    library.save(sampleVoice("Bob"));
    library.save(sampleVoice("Carol"));
    const Voice renamed = library.rename("bob", "Robert the Narrator");
    QCOMPARE(renamed.name, std::string("Robert the Narrator"));
    QCOMPARE(fs::path(renamed.folder).filename().string(), std::string("robert-the-narrator"));
    QCOMPARE(readAll(renamed.referenceClip), readAll(m_clip.toStdString()));
    QVERIFY(!library.contains("Bob"));
    QVERIFY(library.contains("robert THE narrator"));
    // Only the letter case changes: allowed (it is the same voice).
    QCOMPARE(library.rename("robert the narrator", "ROBERT the Narrator").name, std::string("ROBERT the Narrator"));
    // Onto another voice's name: refused, nothing changed.
    const auto clash = errorOf([&] { library.rename("Carol", "robert the narrator"); });
    QVERIFY(clash && std::string(clash->what()).find("already exists") != std::string::npos);
    QVERIFY(library.contains("Carol"));
    const auto missing = errorOf([&] { library.rename("Nobody", "Somebody"); });
    QVERIFY(missing && std::string(missing->what()).find("no saved voice is named 'Nobody'") != std::string::npos);
    QVERIFY(errorOf([&] { library.rename("Carol", "../Carol"); }));

    const std::string carolFolder = library.load("Carol").folder;
    library.remove("CAROL");
    QVERIFY(!library.contains("Carol"));
    QVERIFY(!fs::exists(carolFolder));
    QVERIFY(m_clip.size() && QFile::exists(m_clip));  // the source is untouched
    QVERIFY(errorOf([&] { library.remove("Carol"); }));
    QCOMPARE(library.list().size(), std::size_t(1));
    QVERIFY(leftovers(root).isEmpty());
  }

  void badNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "" << "needs a name";
    QTest::newRow("slash") << "a/b" << "cannot contain";
    QTest::newRow("backslash") << "a\\b" << "cannot contain";
    QTest::newRow("dot-dot") << ".." << "'..'";
    QTest::newRow("dot-dot slash") << "../escape" << "cannot contain";
    QTest::newRow("embedded dot-dot") << "a..b" << "'..'";
    QTest::newRow("hidden") << ".hidden" << "starts with '.'";
    QTest::newRow("newline") << "two\nlines" << "control character";
    QTest::newRow("leading space") << " padded" << "space";
    QTest::newRow("too long") << QString(65, QChar(0x58F0)) << "too long (65 characters; at most 64)";
  }
  void badNames() {
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString root = m_temp.filePath("badnames");
    VoiceLibrary library(root.toStdString());
    Voice v = sampleVoice(name.toStdString());
    const auto e = errorOf([&] { library.save(v); });
    QVERIFY(e);
    QCOMPARE(e->code(), ErrorCode::InvalidArgument);
    QVERIFY2(QString::fromUtf8(e->what()).contains(expected), e->what());
    QVERIFY(errorOf([&] { library.load(name.toStdString()); }));
    QVERIFY(errorOf([&] { library.resolve(name.toStdString()); }));
    QVERIFY(!VoiceLibrary::isValidName(name.toStdString()));
    QVERIFY(!QDir(root).exists() || QDir(root).isEmpty());
  }

  void goodNamesAndSlugs() {
    VoiceLibrary library(m_temp.filePath("slugs").toStdString());
    QCOMPARE(VoiceLibrary::slugOf("Mr. Smith (calm)"), std::string("mr-smith-calm"));
    QCOMPARE(VoiceLibrary::slugOf("旁白 Narrator"), std::string("旁白-narrator"));
    QCOMPARE(VoiceLibrary::slugOf("!!!"), std::string("voice"));
    QVERIFY(VoiceLibrary::isValidName(std::string(64, 'x')));
    QVERIFY(!VoiceLibrary::isValidName("\xff\xfe"));
    // Two names with one slug: two folders, both found by name.
    const Voice a = library.save(sampleVoice("a b"));
    const Voice b = library.save(sampleVoice("a-b"));
    QVERIFY(a.folder != b.folder);
    QCOMPARE(library.load("a b").folder, a.folder);
    QCOMPARE(library.load("A-B").folder, b.folder);
    const Voice chinese = library.save(sampleVoice("旁白"));
    QCOMPARE(library.load("旁白").folder, chinese.folder);
  }

  void missingClipIsRefused() {
    VoiceLibrary library(m_temp.filePath("missing").toStdString());
    Voice v = sampleVoice("No clip");
    v.referenceClip.clear();
    QVERIFY(errorOf([&] { library.save(v); }));
    v.referenceClip = m_temp.filePath("does-not-exist.wav").toStdString();
    const auto e = errorOf([&] { library.save(v); });
    QVERIFY(e && e->code() == ErrorCode::Io && std::string(e->what()).find("does-not-exist.wav") != std::string::npos);
    QVERIFY(!library.contains("No clip"));
    QVERIFY(leftovers(m_temp.filePath("missing")).isEmpty());
  }

  void corruptJsonIsNamedAndSkipped() {
    const QString root = m_temp.filePath("corrupt");
    VoiceLibrary library(root.toStdString());
    library.save(sampleVoice("Good One"));
    const Voice broken = library.save(sampleVoice("Broken"));
    const Voice wrongType = library.save(sampleVoice("Wrong Type"));
    const Voice escaping = library.save(sampleVoice("Escaping"));
    const Voice future = library.save(sampleVoice("Future"));
    writeFile(broken.folder + "/voice.json", "{\"schema\": 1, \"name\": \"Broken\", ");
    auto j = timbre::test::readJsonFile(wrongType.folder + "/voice.json");
    j["settings"]["top_k"] = "lots";
    writeFile(wrongType.folder + "/voice.json", QByteArray::fromStdString(j.dump()));
    j = timbre::test::readJsonFile(escaping.folder + "/voice.json");
    j["reference"]["clip"] = "../../../etc/passwd";
    writeFile(escaping.folder + "/voice.json", QByteArray::fromStdString(j.dump()));
    j = timbre::test::readJsonFile(future.folder + "/voice.json");
    j["schema"] = 99;
    writeFile(future.folder + "/voice.json", QByteArray::fromStdString(j.dump()));

    std::vector<std::string> problems;
    const auto voices = library.list(&problems);
    QCOMPARE(voices.size(), std::size_t(1));
    QCOMPARE(voices[0].name, std::string("Good One"));
    QCOMPARE(problems.size(), std::size_t(4));
    const auto has = [&](const std::string& needle) {
      for (const auto& p : problems)
        if (p.find(needle) != std::string::npos) return true;
      return false;
    };
    QVERIFY(has(broken.folder + "/voice.json is not valid JSON"));
    QVERIFY(has(wrongType.folder + "/voice.json: 'settings.top_k' has the wrong type"));
    QVERIFY(has(escaping.folder + "/voice.json: 'reference.clip' must name a file inside the voice folder"));
    QVERIFY(has(future.folder + "/voice.json was written by a newer Timbre (schema 99"));

    const auto e = errorOf([&] { library.load("Broken"); });
    QVERIFY(e);
    QCOMPARE(e->code(), ErrorCode::CorruptFile);
    QVERIFY2(std::string(e->what()).find(broken.folder + "/voice.json") != std::string::npos, e->what());
    const auto f = errorOf([&] { library.load("Future"); });
    QVERIFY(f && f->code() == ErrorCode::UnsupportedFormat);
    QVERIFY(errorOf([&] { library.resolve("Escaping"); }));
    QCOMPARE(library.load("good one").name, std::string("Good One"));
  }

  // A symlinked clip that leads out of the voice folder is refused by resolve().
  void resolveRefusesClipsOutsideTheVoice() {
    VoiceLibrary library(m_temp.filePath("symlink").toStdString());
    const Voice v = library.save(sampleVoice("Linked"));
    fs::remove(v.referenceClip);
    fs::create_symlink(m_clip.toStdString(), v.referenceClip);
    const auto e = errorOf([&] { library.resolve("Linked"); });
    QVERIFY(e && std::string(e->what()).find("points outside its folder") != std::string::npos);
    fs::remove(v.referenceClip);
    const auto lost = errorOf([&] { library.resolve("Linked"); });
    QVERIFY(lost && std::string(lost->what()).find("has lost its clip") != std::string::npos);
  }

  // Savers racing for one new name: exactly one wins, the voice is whole, and
  // readers never see half a voice while it is replaced again and again.
  void concurrentWritesAreAtomic() {
    const QString root = m_temp.filePath("concurrent");
    constexpr int kThreads = 6;
    std::atomic<int> won{0}, refused{0}, other{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i)
      threads.emplace_back([&, i] {
        VoiceLibrary library(root.toStdString());
        Voice v = sampleVoice("Racer");
        v.promptText = "writer " + std::to_string(i);
        try {
          library.save(v);
          ++won;
        } catch (const Error& e) {
          ++(e.code() == ErrorCode::InvalidArgument && std::string(e.what()).find("already exists") != std::string::npos
                 ? refused
                 : other);
        }
      });
    for (auto& t : threads) t.join();
    VoiceLibrary library(root.toStdString());
    std::vector<std::string> problems;
    const auto voices = library.list(&problems);
    QVERIFY(problems.empty());
    QCOMPARE(won.load(), 1);
    QCOMPARE(refused.load(), kThreads - 1);
    QCOMPARE(other.load(), 0);
    QCOMPARE(voices.size(), std::size_t(1));

    // One writer replaces the voice repeatedly; readers must always find it whole.
    std::atomic<bool> done{false};
    std::atomic<int> reads{0}, bad{0};
    std::thread writer([&] {
      VoiceLibrary w(root.toStdString());
      for (int k = 0; k < 25; ++k) {
        Voice v = sampleVoice("Racer");
        v.promptText = "version " + std::to_string(k);
        w.save(v, SaveMode::Replace);
      }
      done = true;
    });
    std::vector<std::thread> readers;
    for (int i = 0; i < 2; ++i)
      readers.emplace_back([&] {
        VoiceLibrary r(root.toStdString());
        while (!done) {
          try {
            const Voice v = r.resolve("racer");
            if (v.promptText.empty() || readAll(v.referenceClip).size() < 1000) ++bad;
          } catch (const std::exception&) {
            ++bad;
          }
          ++reads;
        }
      });
    writer.join();
    for (auto& t : readers) t.join();
    QVERIFY(reads > 0);
    QCOMPARE(bad.load(), 0);
    QCOMPARE(library.load("Racer").promptText, std::string("version 24"));
    QCOMPARE(library.list().size(), std::size_t(1));
    QVERIFY(leftovers(root).isEmpty());
  }

  // A fine-tuned voice owns its GPT and SoVITS files (copies: the training
  // folder may be deleted) and links the shared HuBERT and BERT; the set is a
  // model folder findModels reads, and it survives a rename and a re-save.
  void ownModelsLiveInTheVoice() {
    const QString root = m_temp.filePath("own-models");
    QTemporaryDir training;
    const std::string gpt = training.filePath("voice-e2.ckpt").toStdString();
    const std::string sovits = training.filePath("voice_e2_s4.pth").toStdString();
    QVERIFY(QFile::copy(QString::fromStdString(fixture("v2-tiny/gpt.ckpt")), QString::fromStdString(gpt)));
    QVERIFY(QFile::copy(QString::fromStdString(fixture("v2-tiny/sovits.pth")), QString::fromStdString(sovits)));
    const std::string base = fixture("e2e-tiny/GPT_SoVITS/pretrained_models");
    OwnModels own{gpt, sovits, base + "/chinese-hubert-base", base + "/chinese-roberta-wwm-ext-large", ""};
    VoiceLibrary library(root.toStdString());
    const Voice saved = library.save(sampleVoice("Trained"), SaveMode::CreateNew, own);
    QCOMPARE(saved.models.folder, saved.folder + "/models");
    QCOMPARE(saved.models.gpt, saved.folder + "/models/voice-e2.ckpt");
    QCOMPARE(saved.models.sovits, saved.folder + "/models/voice_e2_s4.pth");
    QCOMPARE(readAll(saved.models.gpt), readAll(gpt));
    QVERIFY(fs::is_symlink(saved.models.folder + "/chinese-hubert-base"));
    QVERIFY(training.remove());  // the training folder is gone; the voice is not
    QCOMPARE(readAll(saved.models.sovits).size(), readAll(fixture("v2-tiny/sovits.pth")).size());
    const auto paths = timbre::pipeline::findModels(saved.models.folder);
    QCOMPARE(paths.gpt, saved.models.gpt);
    QCOMPARE(paths.sovits, saved.models.sovits);

    const Voice renamed = library.rename("Trained", "Trained Again");
    QCOMPARE(renamed.models.gpt, renamed.folder + "/models/voice-e2.ckpt");
    QVERIFY(fs::is_regular_file(renamed.models.gpt));
    // Saved again by the studio (a new clip, the same models): the models stay.
    Voice again = sampleVoice("Trained Again");
    again.models = renamed.models;
    const Voice replaced = library.save(again, SaveMode::Replace);
    QVERIFY(fs::is_regular_file(replaced.models.gpt));
    QVERIFY(fs::is_regular_file(replaced.models.sovits));
    QVERIFY(leftovers(root).isEmpty());

    // A model file that is not there: refused, nothing stored.
    const auto missing = errorOf([&] { library.save(sampleVoice("Broken"), SaveMode::CreateNew, own); });
    QVERIFY(missing && std::string(missing->what()).find(gpt) != std::string::npos);
    QVERIFY(!library.contains("Broken"));
    QVERIFY(leftovers(root).isEmpty());
  }

  // The model manager's engine side on the e2e-tiny set and on broken folders.
  void inspectModelFolders() {
    const ModelFolderReport good = inspectModelFolder(fixture("e2e-tiny"), true);
    QVERIFY2(good.usable(), good.setProblem.c_str());
    QVERIFY(good.setChecked);
    QVERIFY(good.summary.find("SoVITS v2") != std::string::npos);
    std::map<std::string, std::string> kinds;
    for (const ModelFileReport& f : good.files) {
      QVERIFY2(f.problem.empty(), f.problem.c_str());
      kinds[fs::path(f.path).filename().string()] = f.kind + "/" + f.version;
    }
    QCOMPARE(kinds["gpt.ckpt"], std::string("gpt/v2"));
    QCOMPARE(kinds["sovits.pth"], std::string("sovits/v2"));
    QCOMPARE(kinds["chinese-hubert-base"], std::string("hubert/"));
    QCOMPARE(kinds["chinese-roberta-wwm-ext-large"], std::string("bert/"));

    // A folder with a wrong file and no SoVITS: both explained.
    QTemporaryDir dir;
    QVERIFY(QFile::copy(QString::fromStdString(fixture("v2-tiny/gpt.ckpt")), dir.filePath("gpt.ckpt")));
    writeFile(dir.filePath("broken.pth").toStdString(), "this is not a checkpoint");
    const ModelFolderReport bad = inspectModelFolder(dir.path().toStdString(), true);
    QVERIFY(!bad.usable());
    // The refused .pth is the reason no SoVITS model was found, so its own error is the set's problem.
    QVERIFY2(bad.setProblem.find("broken.pth") != std::string::npos &&
                 bad.setProblem.find("unknown magic bytes") != std::string::npos,
             bad.setProblem.c_str());
    QCOMPARE(bad.files.size(), std::size_t(2));
    for (const ModelFileReport& f : bad.files) {
      if (fs::path(f.path).filename() == "broken.pth") {
        QVERIFY(f.kind.empty());
        QVERIFY2(f.problem.find("broken.pth") != std::string::npos, f.problem.c_str());
      } else {
        QCOMPARE(f.kind, std::string("gpt"));
      }
    }
    const ModelFolderReport none = inspectModelFolder(dir.filePath("nothing").toStdString(), false);
    QVERIFY(none.setProblem.find("does not exist") != std::string::npos);
  }
};

QTEST_GUILESS_MAIN(TestVoiceLibrary)
#include "TestVoiceLibrary.moc"
