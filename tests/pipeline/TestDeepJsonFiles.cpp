// JSON files a user hands over with a model or voice (a BERT folder's
// tokenizer.json and tokenizer_config.json, a model folder's config.json as the
// model manager reads it, a saved voice's voice.json) nesting
// 60,000 levels deep are refused with the file's name instead of crashing the
// process on nlohmann's recursive copies (issue #18).
#include "library/ModelInspector.h"
#include "library/VoiceLibrary.h"
#include "models/bert/WordPieceTokenizer.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>

using namespace timbre;
namespace fs = std::filesystem;

namespace {

std::string deepObject(int levels) {
  std::string text;
  for (int k = 0; k < levels; ++k) text += "{\"a\":";
  return text + "1" + std::string(std::size_t(levels), '}');
}

std::string errorOf(const std::function<void()>& action, ErrorCode* code) {
  try {
    action();
  } catch (const Error& e) {
    *code = e.code();
    return e.what();
  }
  return "no error";
}

}  // namespace

class TestDeepJsonFiles : public QObject {
  Q_OBJECT

 private slots:
  void deepTokenizerFilesAreRefused() {
    for (const char* name : {"tokenizer.json", "tokenizer_config.json"}) {
      QTemporaryDir dir;
      const fs::path d = dir.path().toStdString();
      std::ofstream(d / "vocab.txt") << "[PAD]\n[UNK]\n[CLS]\n[SEP]\n";
      std::ofstream(d / name) << deepObject(60000);
      ErrorCode code = ErrorCode::Internal;
      const std::string message = errorOf([&] { bert::WordPieceTokenizer::fromFolder(d.string()); }, &code);
      QCOMPARE(int(code), int(ErrorCode::CorruptFile));
      QVERIFY2(message.find((d / name).string()) != std::string::npos && message.find("nests deeper") != std::string::npos,
               message.c_str());
    }
  }

  // The model manager reads each sub-folder's config.json to tell HuBERT from BERT.
  void deepModelConfigIsReported() {
    QTemporaryDir dir;
    const fs::path hubert = fs::path(dir.path().toStdString()) / "chinese-hubert-base";
    fs::create_directories(hubert);
    std::ofstream(hubert / "config.json") << deepObject(60000);
    const library::ModelFolderReport report = library::inspectModelFolder(dir.path().toStdString(), false);
    const auto it = std::find_if(report.files.begin(), report.files.end(),
                                 [&](const library::ModelFileReport& f) { return f.path == hubert.string(); });
    QVERIFY(it != report.files.end());
    QVERIFY2(it->problem.find("nests deeper") != std::string::npos, it->problem.c_str());
  }

  void deepVoiceFileIsRefused() {
    QTemporaryDir dir;
    library::VoiceLibrary voices(dir.path().toStdString() + "/voices");
    library::Voice voice;
    voice.name = "Deep";
    voice.promptText = "你好";
    voice.promptLang = "zh";
    voice.referenceClip = test::sharedPath("fixtures/e2e-tiny/case0_zh_short/ref.wav");
    const library::Voice saved = voices.save(voice);
    std::ofstream(fs::path(saved.folder) / "voice.json", std::ios::trunc) << deepObject(60000);
    ErrorCode code = ErrorCode::Internal;
    const std::string message = errorOf([&] { voices.resolve("Deep"); }, &code);
    QCOMPARE(int(code), int(ErrorCode::CorruptFile));
    QVERIFY2(message.find("voice.json") != std::string::npos && message.find("nests deeper") != std::string::npos,
             message.c_str());
  }
};

QTEST_GUILESS_MAIN(TestDeepJsonFiles)
#include "TestDeepJsonFiles.moc"
