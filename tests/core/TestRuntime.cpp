// ComputeKindScope gives the thread budget to the pool a stage uses (OpenBLAS
// for the GPT's matrix-vector chains, ATen's OpenMP pool for convolutions),
// nests within a thread and restores what was there; a scope opened on a
// second thread meanwhile (concurrent API requests) waits for it. Needs
// OpenBLAS as the BLAS (libopenblas0-pthread, which the project installs);
// fails, rather than skips, without it.
#include "core/Runtime.h"

#include <ATen/Parallel.h>
#include <QtTest/QtTest>

#include <dlfcn.h>

#include <atomic>
#include <chrono>
#include <thread>

using timbre::ComputeKind;
using timbre::ComputeKindScope;

namespace {

int blasThreads() {
  static const auto get = reinterpret_cast<int (*)()>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
  return get ? get() : -1;
}

}  // namespace

class TestRuntime : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QVERIFY2(blasThreads() > 0, "the BLAS in use is not OpenBLAS (install libopenblas0-pthread)");
    timbre::setComputeThreads(2);
    QCOMPARE(timbre::computeThreads(), 2);
    QCOMPARE(at::get_num_threads(), 2);
    QCOMPARE(blasThreads(), 2);
  }

  void scopesNestAndRestore() {
    {
      ComputeKindScope gpt(ComputeKind::MatrixVector);
      QCOMPARE(at::get_num_threads(), 1);
      QCOMPARE(blasThreads(), 2);
      {
        // A streamed chunk decoded from inside the GPT loop.
        ComputeKindScope decoder(ComputeKind::Convolution);
        QCOMPARE(at::get_num_threads(), 2);
        QCOMPARE(blasThreads(), 1);
      }
      QCOMPARE(at::get_num_threads(), 1);
      QCOMPARE(blasThreads(), 2);
    }
    QCOMPARE(at::get_num_threads(), 2);
    QCOMPARE(blasThreads(), 2);
  }

  // While this thread's GPT stage holds the pools, another thread's decoder
  // scope waits; once the GPT stage ends it runs with its own settings, so
  // neither stage computes with thread counts the other chose.
  void anotherThreadWaitsForTheOwner() {
    std::atomic<bool> entered{false};
    int insideOther = -1;
    std::thread other;
    {
      ComputeKindScope gpt(ComputeKind::MatrixVector);
      other = std::thread([&] {
        ComputeKindScope decoder(ComputeKind::Convolution);
        entered = true;
        insideOther = blasThreads();
      });
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      QVERIFY2(!entered, "a second thread's scope started while the first one held the pools");
      QCOMPARE(blasThreads(), 2);
      QCOMPARE(at::get_num_threads(), 1);
    }
    other.join();
    QVERIFY(entered);
    QCOMPARE(insideOther, 1);
    QCOMPARE(blasThreads(), 2);
    QCOMPARE(at::get_num_threads(), 2);
  }

  // Once the owner is done, another thread's scope takes effect again.
  void ownershipPassesOn() {
    int inside = -1;
    std::thread other([&] {
      ComputeKindScope decoder(ComputeKind::Convolution);
      inside = blasThreads();
    });
    other.join();
    QCOMPARE(inside, 1);
    QCOMPARE(blasThreads(), 2);
  }
};

QTEST_MAIN(TestRuntime)
#include "TestRuntime.moc"
