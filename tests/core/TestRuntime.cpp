// ComputeKindScope gives the thread budget to the pool a stage uses (OpenBLAS
// for the GPT's matrix-vector chains, ATen's OpenMP pool for convolutions),
// nests within a thread and restores what was there; a scope opened on a
// second thread meanwhile (concurrent API requests) changes nothing. Needs
// OpenBLAS as the BLAS (libopenblas0-pthread, which the project installs);
// fails, rather than skips, without it.
#include "core/Runtime.h"

#include <ATen/Parallel.h>
#include <QtTest/QtTest>

#include <dlfcn.h>

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
  // scope leaves OpenBLAS as the GPT set it, before and after it ends.
  void otherThreadsLeaveTheOwnersSettings() {
    ComputeKindScope gpt(ComputeKind::MatrixVector);
    QCOMPARE(blasThreads(), 2);
    int insideOther = -1, afterOther = -1;
    std::thread other([&] {
      {
        ComputeKindScope decoder(ComputeKind::Convolution);
        insideOther = blasThreads();
      }
      afterOther = blasThreads();
    });
    other.join();
    QCOMPARE(insideOther, 2);
    QCOMPARE(afterOther, 2);
    QCOMPARE(blasThreads(), 2);
    QCOMPARE(at::get_num_threads(), 1);
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
