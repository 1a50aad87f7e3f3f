// The on-disk reference cache stays under its size limit by dropping the least
// recently used voices: a voice found again counts as used, a damaged or
// half-written folder is never counted or removed by mistake.
#include <QtTest/QtTest>

#include "pipeline/ReferenceCache.h"

#include <chrono>
#include <filesystem>
#include <fstream>

using namespace timbre;
namespace fs = std::filesystem;

namespace {

pipeline::ReferenceFeatures features(float value) {
  pipeline::ReferenceFeatures f;
  f.promptCodes = at::arange(50, at::kLong);
  f.refSpec = at::full({1, 1025, 100}, value);  // ~410 kB on disk
  f.seconds = 4.0;
  return f;
}

bool onDisk(const QTemporaryDir& dir, const std::string& key) {
  return fs::is_regular_file(fs::path(dir.path().toStdString()) / key / "complete");
}

std::uintmax_t entryBytes(const QTemporaryDir& dir, const std::string& key) {
  std::uintmax_t total = 0;
  for (const auto& f : fs::directory_iterator(fs::path(dir.path().toStdString()) / key)) total += f.file_size();
  return total;
}

}  // namespace

class TestReferenceCache : public QObject {
  Q_OBJECT

 private slots:
  void leastRecentlyUsedVoicesLeaveTheDisk() {
    QTemporaryDir dir;
    std::uintmax_t oneEntry = 0;
    {
      pipeline::ReferenceCache probe(dir.path().toStdString());
      probe.store("probe", features(0));
      oneEntry = entryBytes(dir, "probe");
      fs::remove_all(fs::path(dir.path().toStdString()) / "probe");
    }
    QVERIFY(oneEntry > 400000);

    // Room for two voices and a half; memory holds one, so finds go to disk.
    pipeline::ReferenceCache cache(dir.path().toStdString(), 1, oneEntry * 5 / 2);
    cache.store("a", features(1));
    cache.store("b", features(2));
    QVERIFY(onDisk(dir, "a") && onDisk(dir, "b"));
    // A half-written entry of another process is neither counted nor removed,
    // even once its "complete" marker is written (just before its rename).
    fs::create_directories(fs::path(dir.path().toStdString()) / "x.partial");
    { std::ofstream((fs::path(dir.path().toStdString()) / "x.partial" / "complete").string()) << "1\n"; }
    fs::last_write_time(fs::path(dir.path().toStdString()) / "x.partial" / "complete",
                        fs::file_time_type::clock::now() - std::chrono::hours(1));

    // "a" is used again (from disk), so "b" is now the oldest.
    const auto a = cache.find("a");
    QVERIFY(a && a->refSpec.equal(features(1).refSpec));
    cache.store("c", features(3));
    QVERIFY(onDisk(dir, "a"));
    QVERIFY2(!onDisk(dir, "b"), "the least recently used voice stayed");
    QVERIFY(onDisk(dir, "c"));
    QVERIFY(fs::is_directory(fs::path(dir.path().toStdString()) / "x.partial"));

    // A later session finds the survivors and recomputes the dropped one.
    pipeline::ReferenceCache later(dir.path().toStdString());
    QVERIFY(later.find("c"));
    QVERIFY(!later.find("b"));
  }

  void aGenerousLimitKeepsEverything() {
    QTemporaryDir dir;
    pipeline::ReferenceCache cache(dir.path().toStdString());
    for (int i = 0; i < 8; ++i) cache.store("v" + std::to_string(i), features(float(i)));
    for (int i = 0; i < 8; ++i) QVERIFY(onDisk(dir, "v" + std::to_string(i)));
  }
};

QTEST_GUILESS_MAIN(TestReferenceCache)
#include "TestReferenceCache.moc"
