// The BERT tokenizer and encoder against transformers (fixtures/aux-tiny/bert):
// token ids of the slow BertTokenizer, hidden_states[-3], and the e2e folder
// that has only tokenizer.json besides vocab.txt.
#include <QtTest/QtTest>

#include "models/bert/BertModel.h"
#include "models/bert/WordPieceTokenizer.h"
#include "support/TestSupport.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <filesystem>
#include <fstream>

using timbre::bert::BertModel;
using timbre::bert::WordPieceTokenizer;
using timbre::test::sharedPath;

namespace {

std::vector<int64_t> toVector(const at::Tensor& t) {
  const at::Tensor flat = t.reshape(-1).to(at::kLong).contiguous();
  return {flat.data_ptr<int64_t>(), flat.data_ptr<int64_t>() + flat.numel()};
}

}  // namespace

class TestBertModel : public QObject {
  Q_OBJECT

 private slots:
  void tokenizerMatchesTransformers_data() {
    QTest::addColumn<int>("index");
    for (int i = 0; i < 4; ++i) QTest::newRow(qPrintable(QString("case%1").arg(i))) << i;
  }

  void tokenizerMatchesTransformers() {
    QFETCH(int, index);
    const auto manifest = timbre::test::readJsonFile(sharedPath("fixtures/aux-tiny/manifest.json"));
    const auto& record = manifest["bert"]["cases"][index];
    const auto tokenizer = WordPieceTokenizer::fromFolder(sharedPath("fixtures/aux-tiny/bert"));
    std::vector<std::string> expectedTokens = record["tokens"].get<std::vector<std::string>>();
    std::vector<std::string> tokens = tokenizer.tokenize(record["text"].get<std::string>());
    tokens.insert(tokens.begin(), "[CLS]");
    tokens.push_back("[SEP]");
    QCOMPARE(tokens, expectedTokens);
    const auto ids = timbre::tensor::readNpy(
        sharedPath("fixtures/aux-tiny/bert/case" + std::to_string(index) + "_input_ids.npy"));
    QCOMPARE(tokenizer.encode(record["text"].get<std::string>()), toVector(ids));
  }

  void hiddenStateMatchesTransformers_data() { tokenizerMatchesTransformers_data(); }

  void hiddenStateMatchesTransformers() {
    QFETCH(int, index);
    const BertModel model = BertModel::load(sharedPath("fixtures/aux-tiny/bert"));
    const std::string base = sharedPath("fixtures/aux-tiny/bert/case" + std::to_string(index));
    const auto ids = toVector(timbre::tensor::readNpy(base + "_input_ids.npy"));
    TIMBRE_COMPARE_TENSORS(model.hiddenState(ids, -3), timbre::tensor::readNpy(base + "_hidden_states_m3.npy"), 1e-4);
  }

  void tokenizerRules() {
    const auto t = WordPieceTokenizer::fromVocabText("[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nhello\n##s\ncafe\n,\n你\n");
    // Lower-casing, accent stripping, punctuation split, CJK isolation, ## pieces.
    QCOMPARE(t.tokenize("HELLOs,Café你"), (std::vector<std::string>{"hello", "##s", ",", "cafe", "你"}));
    // A word that cannot be pieced together is one [UNK]; special tokens stay whole.
    QCOMPARE(t.tokenize("hellox [MASK]"), (std::vector<std::string>{"[UNK]", "[MASK]"}));
    QCOMPARE(t.encode(""), (std::vector<int64_t>{2, 3}));
  }

  void vocabularyFromTokenizerJson() {
    // Without vocab.txt the vocabulary comes from tokenizer.json and gives the same ids.
    const std::string folder = sharedPath("fixtures/e2e-tiny/GPT_SoVITS/pretrained_models/chinese-roberta-wwm-ext-large");
    const std::filesystem::path tmp = std::filesystem::path(QDir::tempPath().toStdString()) / "timbre-bert-tokjson";
    std::filesystem::create_directories(tmp);
    std::filesystem::copy_file(folder + "/tokenizer.json", tmp / "tokenizer.json",
                               std::filesystem::copy_options::overwrite_existing);
    const auto fromJson = WordPieceTokenizer::fromFolder(tmp.string());
    const auto fromVocab = WordPieceTokenizer::fromFolder(folder);
    QCOMPARE(fromJson.vocabSize(), fromVocab.vocabSize());
    const std::string text = "我今天用Python写了一段代码。";
    QCOMPARE(fromJson.encode(text), fromVocab.encode(text));
    std::filesystem::remove_all(tmp);
  }

  void badInputs() {
    const BertModel model = BertModel::load(sharedPath("fixtures/aux-tiny/bert"));
    QVERIFY_THROWS_EXCEPTION(timbre::Error, model.hiddenState({2, 100000, 3}));
    QVERIFY_THROWS_EXCEPTION(timbre::Error, model.hiddenState({}));
    QVERIFY_THROWS_EXCEPTION(timbre::Error, model.hiddenState({2, 3}, -5));
    try {
      BertModel::load(sharedPath("fixtures/aux-tiny/hubert"));
      QFAIL("a HuBERT folder loaded as BERT");
    } catch (const timbre::Error& e) {
      QCOMPARE(e.code(), timbre::ErrorCode::ModelMismatch);
    }
  }
};

QTEST_GUILESS_MAIN(TestBertModel)
#include "TestBertModel.moc"
