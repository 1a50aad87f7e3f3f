// pipeline::findModels on flat folders whose weight files are refused: the
// reader's reason (truncated, hostile pickle) is reported with the file's path
// instead of a bare "no GPT model found" (issue #18), and a config.json nesting
// 60,000 levels deep is passed over without a crash.
#include "../checkpoint/CheckpointTestFiles.h"
#include "pipeline/ModelFolder.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <filesystem>
#include <fstream>
#include <optional>

using namespace timbre;
using timbre::test::sharedPath;
namespace fs = std::filesystem;

namespace {

const std::string kSet = "fixtures/e2e-tiny";

void writeFile(const fs::path& path, const test::Bytes& bytes) {
  std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

test::Bytes readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return test::Bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::optional<ErrorCode> findError(const fs::path& folder, std::string* message) {
  try {
    pipeline::findModels(folder.string());
  } catch (const Error& e) {
    *message = e.what();
    return e.code();
  }
  return std::nullopt;
}

// A flat model folder with everything but the GPT file.
void linkAllButGpt(const fs::path& d) {
  fs::create_symlink(sharedPath("fixtures/v2-tiny/sovits.pth"), d / "voice.pth");
  fs::create_directory_symlink(sharedPath(kSet + "/GPT_SoVITS/pretrained_models/chinese-hubert-base"), d / "hubert");
  fs::create_directory_symlink(sharedPath(kSet + "/GPT_SoVITS/pretrained_models/chinese-roberta-wwm-ext-large"),
                               d / "bert");
}

}  // namespace

class TestModelFolder : public QObject {
  Q_OBJECT

 private slots:
  void truncatedGptIsReportedWithItsReason() {
    QTemporaryDir dir;
    const fs::path d = dir.path().toStdString();
    linkAllButGpt(d);
    const test::Bytes gpt = readFile(sharedPath("fixtures/v2-tiny/gpt.ckpt"));
    writeFile(d / "gpt.ckpt", test::Bytes(gpt.begin(), gpt.begin() + std::ptrdiff_t(gpt.size() / 2)));
    std::string message;
    QCOMPARE(findError(d, &message), std::optional(ErrorCode::CorruptFile));
    QVERIFY2(message.rfind((d / "gpt.ckpt").string() + ":", 0) == 0, message.c_str());
    QVERIFY2(message.find("no GPT model") == std::string::npos, message.c_str());
  }

  void hostileGptIsReportedWithItsReason() {
    QTemporaryDir dir;
    const fs::path d = dir.path().toStdString();
    linkAllButGpt(d);
    test::PickleWriter p;
    p.global("os", "system").str("echo pwned").tuple1().reduce();
    writeFile(d / "gpt.ckpt", test::wrapPayloadInTorchZip(p.bytes()));
    std::string message;
    QCOMPARE(findError(d, &message), std::optional(ErrorCode::UnsafeContent));
    QVERIFY2(message.find((d / "gpt.ckpt").string()) != std::string::npos, message.c_str());
    QVERIFY2(message.find("os") != std::string::npos && message.find("system") != std::string::npos, message.c_str());

    // Two refused candidates: both are listed under the usual headline.
    writeFile(d / "other.ckpt", test::Bytes{'P', 'K', 3, 4, 0, 0});
    QCOMPARE(findError(d, &message), std::optional(ErrorCode::InvalidArgument));
    QVERIFY2(message.find("no GPT model") != std::string::npos && message.find("gpt.ckpt") != std::string::npos &&
                 message.find("other.ckpt") != std::string::npos,
             message.c_str());

    // A usable GPT beside a refused file: the refusal is not an error.
    fs::create_symlink(sharedPath("fixtures/v2-tiny/gpt.ckpt"), d / "real.ckpt");
    const pipeline::ModelPaths paths = pipeline::findModels(d.string());
    QCOMPARE(fs::path(paths.gpt).filename().string(), std::string("real.ckpt"));
  }

  void refusedSovitsIsReportedWithItsReason() {
    QTemporaryDir dir;
    const fs::path d = dir.path().toStdString();
    linkAllButGpt(d);
    fs::remove(d / "voice.pth");
    fs::create_symlink(sharedPath("fixtures/v2-tiny/gpt.ckpt"), d / "voice.ckpt");
    writeFile(d / "voice.pth", test::Bytes{'n', 'o', 't', ' ', 'a', ' ', 'm', 'o', 'd', 'e', 'l'});
    std::string message;
    QCOMPARE(findError(d, &message), std::optional(ErrorCode::CorruptFile));
    QVERIFY2(message.rfind((d / "voice.pth").string() + ":", 0) == 0, message.c_str());
  }

  // A HuBERT-looking folder whose config.json nests 60,000 levels: not a model
  // folder, and no crash while looking at it.
  void deeplyNestedConfigIsPassedOver() {
    QTemporaryDir dir;
    const fs::path d = dir.path().toStdString();
    fs::create_symlink(sharedPath("fixtures/v2-tiny/gpt.ckpt"), d / "voice.ckpt");
    fs::create_symlink(sharedPath("fixtures/v2-tiny/sovits.pth"), d / "voice.pth");
    fs::create_directory(d / "hubert");
    std::ofstream(d / "hubert" / "config.json") << "{\"model_type\": \"hubert\", \"x\": " << std::string(60000, '[')
                                                << std::string(60000, ']') << "}";
    std::string message;
    QCOMPARE(findError(d, &message), std::optional(ErrorCode::InvalidArgument));
    QVERIFY2(message.find("HuBERT") != std::string::npos, message.c_str());
  }
};

QTEST_GUILESS_MAIN(TestModelFolder)
#include "TestModelFolder.moc"
