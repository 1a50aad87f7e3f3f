// The SoVITS trainer's data side against the official run recorded in
// train-tiny (sovits_data): the Slaney mel basis, spectrogram_torch of the
// batch's waves, the dataset order after replication and random.seed(1234),
// the bucket sampler's batches of epochs 1 and 2, and the collate's sorting
// and padding.
#include "SovitsTrainFixtures.h"
#include "support/TestSupport.h"
#include "training/sovits/SovitsBucketSampler.h"
#include "training/sovits/SovitsCollate.h"
#include "training/sovits/TrainMel.h"
#include "timbre/Error.h"

#include <QtTest/QtTest>

#include <map>
#include <set>

using namespace timbre;
using namespace timbre::training;
namespace fx = timbre::test::sovitstrain;

namespace {

std::vector<std::vector<int64_t>> batchesOf(const nlohmann::json& json) {
  return json.get<std::vector<std::vector<int64_t>>>();
}

}  // namespace

class TestSovitsDataOrder : public QObject {
  Q_OBJECT

  const nlohmann::json& data() { return fx::manifest().at("sovits_data"); }

 private slots:
  void melBasisMatchesLibrosa() {
    const at::Tensor expected = fx::npy("sovits_data/mel_basis.npy");
    const at::Tensor basis = slaneyMelBasis();
    QCOMPARE(basis.sizes().vec(), expected.sizes().vec());
    // Every non-zero weight within rel 1e-6, zeros where librosa has zeros.
    const double rel = test::maxRelDiff(basis, expected, 1e-9);
    QVERIFY2(rel <= 1e-6, qPrintable(test::describeDiff(basis, expected)));
  }

  void spectrogramAndMelMatchTheBatch() {
    const at::Tensor wav = fx::npy("sovits_data/batch_wav.npy");
    const at::Tensor wavLengths = fx::npy("sovits_data/batch_wav_lengths.npy");
    const at::Tensor spec = fx::npy("sovits_data/batch_spec.npy");
    const at::Tensor specLengths = fx::npy("sovits_data/batch_spec_lengths.npy");
    const TrainMel mel;
    for (int64_t b = 0; b < wav.size(0); ++b) {
      const at::Tensor item = wav[b][0].narrow(0, 0, wavLengths[b].item<int64_t>()).unsqueeze(0);
      const at::Tensor got = mel.spectrogram(item)[0];
      const at::Tensor want = spec[b].narrow(1, 0, specLengths[b].item<int64_t>());
      QCOMPARE(got.sizes().vec(), want.sizes().vec());
      QVERIFY2(test::maxAbsDiff(got, want) <= 1e-5 * want.abs().max().item<double>(),
               qPrintable(test::describeDiff(got, want)));
    }
    // spec_to_mel_torch of the padded batch (step1_mel of the v2 run).
    const at::Tensor gotMel = mel.specToMel(spec);
    const at::Tensor wantMel = fx::npy("sovits_v2/step1_mel.npy");
    QVERIFY2(test::maxAbsDiff(gotMel, wantMel) <= 1e-5 * wantMel.abs().max().item<double>(),
             qPrintable(test::describeDiff(gotMel, wantMel)));
  }

  void melOfGeneratedAudioMatches() {
    const TrainMel mel;
    const at::Tensor got = mel.melOfWave(fx::npy("sovits_v2/step1_y_hat.npy"));
    TIMBRE_COMPARE_TENSORS(got, fx::npy("sovits_v2/step1_y_hat_mel.npy"), 1e-4);
    const at::Tensor sliced = cutSegments(mel.specToMel(fx::npy("sovits_data/batch_spec.npy")),
                                            fx::npy("sovits_v2/inject_ids_step1.npy"), 32);
    TIMBRE_COMPARE_TENSORS(sliced, fx::npy("sovits_v2/step1_y_mel.npy"), 1e-4);
  }

  void datasetOrderReplicatesAndShuffles() {
    const int64_t distinct = data().at("distinct_items").get<int64_t>();
    const std::vector<int64_t> order = sovitsDatasetOrder(distinct);
    QCOMPARE(int64_t(order.size()), data().at("dataset_len").get<int64_t>());
    // The official list starts as list(set(names)), whose order depends on the
    // hash seed (manifest note), so the fixture's item labels may be any
    // relabelling of ours: the replication and the shuffle must agree up to one
    // fixed one-to-one map, and the lengths must follow it.
    const auto first = data().at("order_first_20").get<std::vector<int64_t>>();
    const auto firstLengths = data().at("lengths_first_20").get<std::vector<int64_t>>();
    std::map<int64_t, int64_t> label, lengthOf;
    for (size_t i = 0; i < first.size(); ++i) {
      auto [it, inserted] = label.emplace(order[i], first[i]);
      QVERIFY2(it->second == first[i], qPrintable(QString("position %1 breaks the relabelling").arg(i)));
      lengthOf[order[i]] = firstLengths[i];
    }
    std::set<int64_t> images;
    for (const auto& [ours, theirs] : label) images.insert(theirs);
    QCOMPARE(int64_t(label.size()), distinct);
    QCOMPARE(int64_t(images.size()), distinct);
    std::vector<int64_t> lengths;
    for (int64_t i : order) lengths.push_back(lengthOf.at(i));
    QCOMPARE(lengths, data().at("sampler").at("lengths").get<std::vector<int64_t>>());
    // Few items: at least two copies; many: one.
    QCOMPARE(sovitsDatasetOrder(60).size(), size_t(120));
    QCOMPARE(sovitsDatasetOrder(150).size(), size_t(150));
    QVERIFY_THROWS_EXCEPTION(Error, sovitsDatasetOrder(0));
  }

  void samplerMatchesOfficialEpochs() {
    const nlohmann::json& sampler = data().at("sampler");
    const SovitsBucketSampler s(sampler.at("lengths").get<std::vector<int64_t>>(),
                                sampler.at("batch_size").get<int64_t>());
    QCOMPARE(s.buckets(), batchesOf(sampler.at("buckets")));
    QCOMPARE(s.samplesPerBucket(), sampler.at("num_samples_per_bucket").get<std::vector<int64_t>>());
    QCOMPARE(s.batches(1), batchesOf(sampler.at("epoch1_batches")));
    QCOMPARE(s.batches(2), batchesOf(sampler.at("epoch2_batches")));
    QCOMPARE(s.batchesPerEpoch(), int64_t(34));
  }

  void samplerDropsOutOfRangeAndBuckets() {
    // 20 (too short) and 2000 (too long) are dropped; 310 goes to its own bucket.
    const SovitsBucketSampler s({20, 100, 310, 2000, 120}, 2);
    QCOMPARE(s.buckets(), (std::vector<std::vector<int64_t>>{{1, 4}, {2}}));
    QCOMPARE(s.samplesPerBucket(), (std::vector<int64_t>{2, 2}));
    for (const auto& batch : s.batches(3)) QCOMPARE(batch.size(), size_t(2));
    QVERIFY_THROWS_EXCEPTION(Error, SovitsBucketSampler({10, 2500}, 2));
  }

  void collateSortsAndPads() {
    const at::Tensor ssl = fx::npy("sovits_data/batch_ssl.npy"), spec = fx::npy("sovits_data/batch_spec.npy");
    const at::Tensor wav = fx::npy("sovits_data/batch_wav.npy"), text = fx::npy("sovits_data/batch_text.npy");
    const at::Tensor sslLen = fx::npy("sovits_data/batch_ssl_lengths.npy");
    const at::Tensor specLen = fx::npy("sovits_data/batch_spec_lengths.npy");
    const at::Tensor wavLen = fx::npy("sovits_data/batch_wav_lengths.npy");
    const at::Tensor textLen = fx::npy("sovits_data/batch_text_lengths.npy");
    std::vector<SovitsItem> items;
    for (int64_t b = 0; b < ssl.size(0); ++b)
      items.push_back(SovitsItem{ssl[b].narrow(1, 0, sslLen[b].item<int64_t>()),
                                 spec[b].narrow(1, 0, specLen[b].item<int64_t>()),
                                 wav[b][0].narrow(0, 0, wavLen[b].item<int64_t>()),
                                 text[b].narrow(0, 0, textLen[b].item<int64_t>()), at::Tensor()});
    // Hand them over shortest first: the collate must restore longest first.
    std::vector<const SovitsItem*> reversed;
    for (auto it = items.rbegin(); it != items.rend(); ++it) reversed.push_back(&*it);
    const SovitsBatch batch = collateSovits(reversed);
    QVERIFY(batch.ssl.equal(ssl));
    QVERIFY(batch.spec.equal(spec));
    QVERIFY(batch.wav.equal(wav));
    QVERIFY(batch.text.equal(text));
    QVERIFY(batch.specLengths.equal(specLen));
    QVERIFY(batch.sslLengths.equal(sslLen));
    QVERIFY(batch.wavLengths.equal(wavLen));
    QVERIFY(batch.textLengths.equal(textLen));
  }
};

QTEST_APPLESS_MAIN(TestSovitsDataOrder)
#include "TestSovitsDataOrder.moc"
