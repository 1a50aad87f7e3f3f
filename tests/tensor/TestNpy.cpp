// .npy reading and writing: fixtures read with the right shape and dtype,
// round trips are exact, and malformed files are refused before allocating.
#include "support/TestSupport.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <fstream>

using timbre::tensor::readNpy;
using timbre::tensor::writeNpy;

namespace {

std::string readBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

timbre::ErrorCode errorOf(const std::string& path) {
  try {
    readNpy(path);
  } catch (const timbre::Error& e) {
    return e.code();
  }
  return timbre::ErrorCode::Internal;  // nothing thrown
}

}  // namespace

class TestNpy : public QObject {
  Q_OBJECT

 private slots:
  void readsFixtures() {
    const at::Tensor spec = readNpy(timbre::test::sharedPath("fixtures/v2-tiny/case0/ref_spec.npy"));
    QCOMPARE(spec.scalar_type(), at::kFloat);
    QCOMPARE(spec.sizes().vec(), (std::vector<int64_t>{1, 1025, 150}));
    // manifest stats of this file: min 0.000156857, max 177.26166
    QCOMPARE(spec.max().item<float>(), 177.26165771484375f);
    const at::Tensor codes = readNpy(timbre::test::sharedPath("fixtures/v2-tiny/case0/prompt_semantic.npy"));
    QCOMPARE(codes.scalar_type(), at::kLong);
    QCOMPARE(codes.sizes().vec(), (std::vector<int64_t>{1, 1, 74}));
  }

  void roundTripsExactly() {
    QTemporaryDir dir;
    for (const at::Tensor& t : {at::randn({3, 5, 7}), at::arange(11, at::kLong), at::randn({4}).to(at::kHalf),
                                at::zeros({0, 3}), at::rand({2, 2}).gt(0.5)}) {
      const std::string path = (dir.path() + "/t.npy").toStdString();
      writeNpy(path, t.transpose(0, -1).contiguous().transpose(0, -1));  // non-contiguous input is written in C order
      const at::Tensor back = readNpy(path);
      QCOMPARE(back.scalar_type(), t.scalar_type());
      QCOMPARE(back.sizes().vec(), t.sizes().vec());
      QVERIFY(back.equal(t));
    }
  }

  void refusesMalformedFiles() {
    QTemporaryDir dir;
    const std::string good = readBytes(timbre::test::sharedPath("fixtures/v2-tiny/case0/phones_prompt.npy"));
    const std::string path = (dir.path() + "/bad.npy").toStdString();

    writeBytes(path, good.substr(0, good.size() - 3));
    QCOMPARE(errorOf(path), timbre::ErrorCode::CorruptFile);  // truncated data

    writeBytes(path, "PK" + good.substr(2));
    QCOMPARE(errorOf(path), timbre::ErrorCode::CorruptFile);  // wrong magic

    std::string lying = good;
    const auto shapeAt = lying.find("(11,)");
    QVERIFY(shapeAt != std::string::npos);
    lying.replace(shapeAt, 5, "(9999999999999,)");
    writeBytes(path, lying);
    QCOMPARE(errorOf(path), timbre::ErrorCode::CorruptFile);  // shape promises terabytes

    QCOMPARE(errorOf((dir.path() + "/missing.npy").toStdString()), timbre::ErrorCode::Io);
  }
};

QTEST_MAIN(TestNpy)
#include "TestNpy.moc"
