// gptParameterShapes(GptConfig::fromJson(...)) reproduces the official
// full-size state_dict layouts (names and shapes) of the v1 and v2 GPT.
#include "models/gpt/GptConfig.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"

#include <QtTest/QtTest>

#include <fstream>
#include <nlohmann/json.hpp>

using timbre::gpt::GptConfig;
using timbre::gpt::gptParameterShapes;

namespace {

std::map<std::string, std::vector<int64_t>> expectedShapes(const nlohmann::json& doc) {
  std::map<std::string, std::vector<int64_t>> shapes;
  for (const auto& [name, entry] : doc.at("state_dict").items()) shapes[name] = entry.at(0).get<std::vector<int64_t>>();
  return shapes;
}

QString diffText(const std::map<std::string, std::vector<int64_t>>& got,
                 const std::map<std::string, std::vector<int64_t>>& want) {
  QStringList lines;
  for (const auto& [name, shape] : want) {
    const auto it = got.find(name);
    if (it == got.end())
      lines << QString("missing %1").arg(QString::fromStdString(name));
    else if (it->second != shape)
      lines << QString("wrong shape %1").arg(QString::fromStdString(name));
  }
  for (const auto& [name, shape] : got)
    if (!want.count(name)) lines << QString("extra %1").arg(QString::fromStdString(name));
  return lines.join('\n');
}

}  // namespace

class TestGptShapes : public QObject {
  Q_OBJECT

 private slots:
  void layoutMatchesOfficial_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("phonemeVocab");
    QTest::addColumn<int>("tensorCount");
    QTest::newRow("v1") << "fixtures/shapes/gpt_v1.json" << 512 << 295;
    QTest::newRow("v2") << "fixtures/shapes/gpt_v2.json" << 732 << 295;
  }

  void layoutMatchesOfficial() {
    QFETCH(QString, file);
    QFETCH(int, phonemeVocab);
    QFETCH(int, tensorCount);
    const nlohmann::json doc = timbre::test::readJsonFile(timbre::test::sharedPath(file.toStdString()));
    const auto want = expectedShapes(doc);
    QCOMPARE(int(want.size()), tensorCount);

    // The bare model section, as listed in the shapes file.
    const GptConfig config = GptConfig::fromJson(doc.at("model_config"));
    QCOMPARE(config.phonemeVocabSize, int64_t(phonemeVocab));
    QCOMPARE(config.modelDim, int64_t(512));
    QCOMPARE(config.numLayers, int64_t(24));
    QCOMPARE(config.ffnDim, int64_t(2048));
    const auto got = gptParameterShapes(config);
    QVERIFY2(got == want, qPrintable(diffText(got, want)));

    // The whole shapes document and the checkpoint layout give the same model.
    QVERIFY(gptParameterShapes(GptConfig::fromJson(doc)) == want);
    const nlohmann::json ckptStyle = {{"model", doc.at("model_config")}, {"data", {{"max_sec", 54}}}};
    const GptConfig fromCkpt = GptConfig::fromJson(ckptStyle);
    QCOMPARE(fromCkpt.maxSec, 54);
    QVERIFY(gptParameterShapes(fromCkpt) == want);

    std::int64_t elements = 0;
    for (const auto& [name, shape] : got) {
      std::int64_t n = 1;
      for (auto d : shape) n *= d;
      elements += n;
    }
    QCOMPARE(elements, doc.at("n_elements").get<std::int64_t>());
  }

  void sizesComeFromTheConfig() {
    // The tiny fixture model: 64 wide, 2 heads, 2 layers -> FFN 256.
    const nlohmann::json model = {{"EOS", 1024}, {"dropout", 0}, {"embedding_dim", 64}, {"head", 2},
                                  {"hidden_dim", 64}, {"linear_units", 256}, {"n_layer", 2},
                                  {"phoneme_vocab_size", 732}, {"random_bert", 0}, {"vocab_size", 1025}};
    const auto shapes = gptParameterShapes(GptConfig::fromJson({{"model", model}, {"data", {{"max_sec", 54}}}}));
    QCOMPARE(int(shapes.size()), 6 + 2 * 12 + 1);
    QCOMPARE(shapes.at("model.h.layers.1.linear1.weight"), (std::vector<int64_t>{256, 64}));
    QCOMPARE(shapes.at("model.h.layers.0.self_attn.in_proj_weight"), (std::vector<int64_t>{192, 64}));
    QCOMPARE(shapes.at("model.bert_proj.weight"), (std::vector<int64_t>{64, 1024}));
    QVERIFY(!shapes.count("model.h.layers.2.norm1.weight"));
  }

  void rejectsInconsistentConfigs() {
    const nlohmann::json good = {{"EOS", 1024}, {"embedding_dim", 64}, {"head", 2}, {"hidden_dim", 64},
                                 {"n_layer", 2}, {"phoneme_vocab_size", 732}, {"vocab_size", 1025}};
    for (const char* key : {"EOS", "head", "n_layer", "vocab_size"}) {
      nlohmann::json bad = good;
      bad.erase(key);
      try {
        GptConfig::fromJson(bad);
        QFAIL(qPrintable(QString("accepted a config without %1").arg(key)));
      } catch (const timbre::Error& e) {
        QCOMPARE(e.code(), timbre::ErrorCode::ModelMismatch);
        QVERIFY2(std::string(e.what()).find(key) != std::string::npos, e.what());
      }
    }
    nlohmann::json badEos = good;
    badEos["EOS"] = 1000;
    QVERIFY_THROWS_EXCEPTION(timbre::Error, GptConfig::fromJson(badEos));
    nlohmann::json badHeads = good;
    badHeads["head"] = 3;
    QVERIFY_THROWS_EXCEPTION(timbre::Error, GptConfig::fromJson(badHeads));
  }
};

QTEST_APPLESS_MAIN(TestGptShapes)
#include "TestGptShapes.moc"
