// PythonRandom against sequences CPython 3.11 printed for the same seeds
// (random.seed(n); random.shuffle / random.random / random.getrandbits).
#include "training/common/PythonRandom.h"

#include <QtTest/QtTest>

#include <numeric>

using timbre::training::PythonRandom;

class TestPythonRandom : public QObject {
  Q_OBJECT
 private slots:
  void shuffleMatchesCPython() {
    PythonRandom rng(1234);
    std::vector<int> v(10);
    std::iota(v.begin(), v.end(), 0);
    rng.shuffle(v);
    QCOMPARE(v, (std::vector<int>{2, 8, 3, 5, 6, 4, 9, 0, 1, 7}));
  }
  void wideSeedUsesEveryWord() {
    PythonRandom rng((int64_t(1) << 40) + 5);
    std::vector<int> v(100);
    std::iota(v.begin(), v.end(), 0);
    rng.shuffle(v);
    QCOMPARE(std::vector<int>(v.begin(), v.begin() + 8), (std::vector<int>{24, 85, 44, 75, 82, 26, 71, 51}));
  }
  void randomAndBitsMatchCPython() {
    PythonRandom rng(7);
    QCOMPARE(rng.random(), 0.32383276483316237);
    QCOMPARE(rng.getrandbits(40), uint64_t(434439589175));
    QCOMPARE(rng.getrandbits(64), uint64_t(890727360438182992ull));
  }
};

QTEST_APPLESS_MAIN(TestPythonRandom)
#include "TestPythonRandom.moc"
