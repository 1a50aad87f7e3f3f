// The GPT training set against the official Text2SemanticDataset on the
// train-tiny prepared files: replication, item order, durations, batch size,
// buckets, the epoch 0 and 1 batch orders (Python's random.seed(epoch)), and the
// collated unequal/equal batches; then the filters each report their reason.
#include "GptTrainFixture.h"
#include "training/gpt/GptDataset.h"

#include <QtTest/QtTest>


using namespace timbre;
using namespace timbre::training::gpt;
namespace fx = timbre::test::gpttrain;

namespace {

std::vector<std::vector<int64_t>> nested(const nlohmann::json& j) { return j.get<std::vector<std::vector<int64_t>>>(); }

}  // namespace

class TestGptDataset : public QObject {
  Q_OBJECT

 private slots:
  void datasetAndSamplerMatchOfficial() {
    const auto& expected = fx::gptSection().at("dataset_sampler");
    const GptDataset dataset = buildGptDataset(fx::preparedItems());
    QCOMPARE(int64_t(dataset.items.size()), expected.at("dataset_len").get<int64_t>());
    QCOMPARE(dataset.distinctItems, int64_t(5));
    QCOMPARE(dataset.replication, 20);
    const auto names = expected.at("item_names_first_10").get<std::vector<std::string>>();
    for (size_t i = 0; i < names.size(); ++i) QCOMPARE(dataset.items[i].name, names[i]);
    const auto seconds = itemSeconds(dataset);
    const auto wantSeconds = expected.at("sample_seconds").get<std::vector<double>>();
    QCOMPARE(seconds.size(), wantSeconds.size());
    for (size_t i = 0; i < seconds.size(); ++i) QVERIFY(std::abs(seconds[i] - wantSeconds[i]) < 1e-9);

    // The fixture ran with a UI batch size of 4 (<= 100 // 4).
    const int64_t batchSize = gptBatchSize(4, int64_t(dataset.items.size()), false);
    QCOMPARE(batchSize, expected.at("batch_size").get<int64_t>());
    const GptBucketSampler sampler(seconds, batchSize);
    QCOMPARE(sampler.buckets(), nested(expected.at("buckets")));
    QCOMPARE(sampler.epochIndices(0), expected.at("epoch0_indices").get<std::vector<int64_t>>());
    QCOMPARE(sampler.epochBatches(0), nested(expected.at("epoch0_batches")));
    QCOMPARE(sampler.epochIndices(1), expected.at("epoch1_indices").get<std::vector<int64_t>>());
    QCOMPARE(sampler.epochBatches(1), nested(expected.at("epoch1_batches")));
    QCOMPARE(sampler.batchesPerEpoch(), int64_t(25));
  }

  void collateMatchesOfficial() {
    const GptDataset dataset = buildGptDataset(fx::preparedItems());
    for (const auto& [which, indices] :
         std::vector<std::pair<std::string, std::vector<int64_t>>>{{"unequal", {0, 1, 2}}, {"equal", {2, 3, 4}}}) {
      const GptBatch got = collateGptBatch(dataset, indices);
      const GptBatch want = fx::batch(which);
      QVERIFY2(got.phonemeIds.equal(want.phonemeIds), which.c_str());
      QVERIFY(got.phonemeLens.equal(want.phonemeLens));
      QVERIFY(got.semanticIds.equal(want.semanticIds));
      QVERIFY(got.semanticLens.equal(want.semanticLens));
      QVERIFY(got.bert.equal(want.bert));
    }
  }

  void batchSizeRule() {
    QCOMPARE(gptBatchSize(25, 100, false), int64_t(25));
    QCOMPARE(gptBatchSize(40, 100, false), int64_t(25));  // at least four batches
    QCOMPARE(gptBatchSize(8, 100, true), int64_t(4));     // DPO halves it
    QCOMPARE(gptBatchSize(8, 3, false), int64_t(1));
  }

  void filtersReportTheirReasons() {
    auto item = [](const std::string& name, int phones, int tokens) {
      GptSourceItem i;
      i.name = name;
      i.phones.assign(phones, "a1");
      i.semantic.assign(tokens, 7);
      return i;
    };
    std::vector<GptSourceItem> source{item("ok", 20, 50),          // 10 phones/s
                                      item("long", 100, 1351),     // > 54 s of tokens
                                      item("wordy", 541, 1300),    // > 540 phones
                                      item("slow", 2, 50),         // 1 phone/s
                                      item("fast", 60, 50)};       // 30 phones/s
    GptSourceItem bad = item("unknown", 20, 50);
    bad.phones[3] = "no-such-phone";
    source.push_back(bad);
    const GptDataset dataset = buildGptDataset(source);
    QCOMPARE(dataset.distinctItems, int64_t(1));
    QCOMPARE(dataset.replication, 100);
    QCOMPARE(dataset.dropped.size(), size_t(5));
    std::map<std::string, std::string> reasons;
    for (const auto& d : dataset.dropped) reasons[d.name] = d.reason;
    QVERIFY2(reasons["long"].find("1351 semantic tokens") != std::string::npos, reasons["long"].c_str());
    QVERIFY2(reasons["wordy"].find("541 phones") != std::string::npos, reasons["wordy"].c_str());
    QVERIFY2(reasons["slow"].find("phones per second") != std::string::npos, reasons["slow"].c_str());
    QVERIFY2(reasons["fast"].find("30 phones per second") != std::string::npos, reasons["fast"].c_str());
    QVERIFY2(reasons["unknown"].find("no-such-phone") != std::string::npos, reasons["unknown"].c_str());
  }

  void nothingLeftIsAnErrorWithReasons() {
    GptSourceItem i;
    i.name = "only.wav";
    i.phones.assign(2, "a1");
    i.semantic.assign(50, 7);
    try {
      buildGptDataset({i});
      QFAIL("expected an error");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidArgument);
      QVERIFY2(std::string(e.what()).find("only.wav") != std::string::npos, e.what());
    }
  }

  void staleBertIsRefusedNamingTheItem() {
    GptSourceItem i;
    i.name = "stale.wav";
    i.phones.assign(20, "a1");
    i.semantic.assign(50, 7);
    i.bert = at::zeros({1024, 19});
    try {
      buildGptDataset({i});
      QFAIL("expected an error");
    } catch (const Error& e) {
      QVERIFY2(std::string(e.what()).find("stale.wav") != std::string::npos, e.what());
    }
  }
};

QTEST_APPLESS_MAIN(TestGptDataset)
#include "TestGptDataset.moc"
