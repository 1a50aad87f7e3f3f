// One loaded copy per model set: the same files give the same set while anyone
// holds it, a set is freed with its last holder, a checkpoint saved over the
// old one loads afresh, threads asking at once load once, and a failed load
// reaches every waiter and is tried again next time.
#include <QtTest/QtTest>

#include "pipeline/ModelFolder.h"
#include "pipeline/SharedVoiceModels.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"

#include <filesystem>
#include <thread>
#include <vector>

using namespace timbre;
using timbre::test::sharedPath;
namespace fs = std::filesystem;

namespace {

// The e2e-tiny set with its GPT file copied into `folder`, so the test may change it.
pipeline::ModelPaths pathsWithGptIn(const QString& folder) {
  pipeline::ModelPaths paths = pipeline::findModels(sharedPath("fixtures/e2e-tiny"));
  const fs::path copy = fs::path(folder.toStdString()) / "gpt.ckpt";
  fs::copy_file(paths.gpt, copy, fs::copy_options::overwrite_existing);
  fs::permissions(copy, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::add);
  paths.gpt = copy.string();
  return paths;
}

}  // namespace

class TestSharedVoiceModels : public QObject {
  Q_OBJECT

 private slots:
  void sameFilesShareOneSet() {
    QTemporaryDir dir;
    const auto paths = pathsWithGptIn(dir.path());
    auto first = pipeline::sharedVoiceModels(paths);
    auto second = pipeline::sharedVoiceModels(paths);
    QCOMPARE(second.get(), first.get());
    // The same files named another way are the same set.
    auto renamed = paths;
    renamed.gpt = (fs::path(dir.path().toStdString()) / "." / "gpt.ckpt").string();
    QCOMPARE(pipeline::sharedVoiceModels(renamed).get(), first.get());

    const std::weak_ptr<const pipeline::VoiceModels> watch = first;
    first.reset();
    QVERIFY(!watch.expired());  // `second` still holds it
    second.reset();
    QVERIFY2(watch.expired(), "the set outlived its last holder");
    const auto again = pipeline::sharedVoiceModels(paths);
    QVERIFY(again);
    QCOMPARE(again->paths().gpt, paths.gpt);
  }

  void aRewrittenCheckpointLoadsAfresh() {
    QTemporaryDir dir;
    const auto paths = pathsWithGptIn(dir.path());
    const auto before = pipeline::sharedVoiceModels(paths);
    // Training saved a new epoch over the file: same path, new time.
    const fs::path gpt = paths.gpt;
    fs::last_write_time(gpt, fs::last_write_time(gpt) + std::chrono::seconds(5));
    const auto after = pipeline::sharedVoiceModels(paths);
    QVERIFY(after.get() != before.get());
    QCOMPARE(pipeline::sharedVoiceModels(paths).get(), after.get());
  }

  void threadsAskingAtOnceLoadOnce() {
    QTemporaryDir dir;
    const auto paths = pathsWithGptIn(dir.path());
    std::vector<std::shared_ptr<const pipeline::VoiceModels>> got(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < got.size(); ++i)
      threads.emplace_back([&, i] { got[i] = pipeline::sharedVoiceModels(paths); });
    for (auto& t : threads) t.join();
    for (const auto& m : got) {
      QVERIFY(m);
      QCOMPARE(m.get(), got.front().get());
    }
  }

  void aFailedLoadReachesEveryCallerAndIsRetried() {
    QTemporaryDir dir;
    const auto paths = pathsWithGptIn(dir.path());
    const std::string good = dir.filePath("good.ckpt").toStdString();
    fs::copy_file(paths.gpt, good);
    fs::resize_file(paths.gpt, fs::file_size(paths.gpt) / 2);  // a truncated download

    std::vector<std::string> errors(3);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < errors.size(); ++i)
      threads.emplace_back([&, i] {
        try {
          pipeline::sharedVoiceModels(paths);
          errors[i] = "loaded";
        } catch (const Error& e) {
          errors[i] = e.what();
        }
      });
    for (auto& t : threads) t.join();
    for (const auto& e : errors) {
      QVERIFY2(e != "loaded" && !e.empty(), e.c_str());
      QVERIFY2(e.find("gpt.ckpt") != std::string::npos, e.c_str());  // names the file
    }

    // Fixed on disk: the next call loads it (the failure was not remembered).
    fs::copy_file(good, paths.gpt, fs::copy_options::overwrite_existing);
    QVERIFY(pipeline::sharedVoiceModels(paths));
  }
};

QTEST_GUILESS_MAIN(TestSharedVoiceModels)
#include "TestSharedVoiceModels.moc"
