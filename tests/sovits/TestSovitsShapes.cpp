// SoVITS structure without the parity fixtures' numbers: the parameter names
// and shapes of the full-size official models, config parsing, the errors for
// missing or misshapen tensors, and decode lengths on a synthetic model.
#include "models/sovits/SovitsModel.h"
#include "models/sovits/SovitsParameterShapes.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"

#include <QtTest/QtTest>

#include <ATen/CPUGeneratorImpl.h>

#include <fstream>
#include <functional>

using namespace timbre;
using namespace timbre::sovits;

namespace {

// The v2pro-tiny v2Pro config, as the HParams tree the checkpoint reader exposes.
nlohmann::json tinyProConfig() {
  const nlohmann::json manifest = test::readJsonFile(test::sharedPath("fixtures/v2pro-tiny/manifest.json"));
  const nlohmann::json& file = manifest["model_files"]["sovits.pth"];
  return {{"model", file["sovits_config_model"]}, {"data", file["sovits_config_data"]}};
}

// A checkpoint holding every tensor the config asks for, fp16 like the saver writes.
checkpoint::Checkpoint syntheticCheckpoint(const SovitsConfig& config, uint64_t seed) {
  checkpoint::Checkpoint ckpt;
  ckpt.path = "synthetic.pth";
  at::Generator gen = at::detail::createCPUGenerator(seed);
  for (const auto& [name, shape] : sovitsParameterShapes(config)) {
    at::Tensor t = at::randn(shape, gen, at::TensorOptions().dtype(at::kFloat)) * 0.05;
    if (name.find("weight_g") != std::string::npos) t = t.abs() + 0.5;
    ckpt.tensors[name] = t.to(at::kHalf);
  }
  return ckpt;
}

QString firstMessage(const std::function<void()>& action, ErrorCode expected, bool* thrown) {
  *thrown = false;
  try {
    action();
  } catch (const Error& e) {
    *thrown = e.code() == expected;
    return QString::fromStdString(e.what());
  }
  return {};
}

}  // namespace

class TestSovitsShapes : public QObject {
  Q_OBJECT

 private slots:
  void officialShapes_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("version");
    QTest::newRow("v1") << "sovits_v1.json" << int(SovitsVersion::V1);
    QTest::newRow("v2") << "sovits_v2.json" << int(SovitsVersion::V2);
    QTest::newRow("v2Pro") << "sovits_v2Pro.json" << int(SovitsVersion::V2Pro);
    QTest::newRow("v2ProPlus") << "sovits_v2ProPlus.json" << int(SovitsVersion::V2ProPlus);
  }

  // Building from the official constructor arguments gives exactly the listed
  // state dict minus the enc_q.* keys the saver drops.
  void officialShapes() {
    QFETCH(QString, file);
    QFETCH(int, version);
    const nlohmann::json table = test::readJsonFile(test::sharedPath("fixtures/shapes/" + file.toStdString()));
    const auto v = static_cast<SovitsVersion>(version);
    QCOMPARE(QString::fromStdString(table["version"].get<std::string>()), QString(sovitsVersionName(v)));
    const SovitsConfig config = SovitsConfig::fromJson(table["constructor_args"], v);
    QCOMPARE(config.symbolCount(), table["symbols_count"].get<int64_t>());

    ParameterShapes expected;
    for (const auto& [name, entry] : table["state_dict"].items()) {
      if (name.find("enc_q") != std::string::npos) continue;
      expected[name] = entry[0].get<std::vector<int64_t>>();
    }
    QCOMPARE(int64_t(expected.size()), table["n_tensors"].get<int64_t>() -
                                           int64_t(table["saver"]["dropped_keys"].size()));
    const ParameterShapes actual = sovitsParameterShapes(config);
    for (const auto& [name, shape] : expected) {
      auto it = actual.find(name);
      if (it == actual.end()) QFAIL(qPrintable("missing " + QString::fromStdString(name)));
      if (it->second != shape)
        QFAIL(qPrintable(QString::fromStdString(name + ": " + formatShape(it->second) + " vs " + formatShape(shape))));
    }
    for (const auto& [name, shape] : actual)
      if (!expected.count(name)) QFAIL(qPrintable("unexpected " + QString::fromStdString(name)));
    QCOMPARE(actual.size(), expected.size());
  }

  // The HParams tree (model + data) and the flat constructor form agree.
  void hparamsTree() {
    const SovitsConfig c = SovitsConfig::fromJson(tinyProConfig(), SovitsVersion::V2Pro);
    QCOMPARE(c.ginChannels, int64_t(48));
    QCOMPARE(c.interChannels, int64_t(64));
    QCOMPARE(c.filterChannels, int64_t(64));
    QCOMPARE(c.nLayers, int64_t(2));
    QCOMPARE(c.upsampleInitialChannel, int64_t(64));
    QCOMPARE(c.specChannels, int64_t(1025));
    QCOMPARE(c.samplingRateHz, 32000);
    QCOMPARE(c.hopLength, int64_t(640));
    QCOMPARE(c.styleBins(), int64_t(704));
    QCOMPARE(sovitsParameterShapes(c).at("sv_emb.weight"), (std::vector<int64_t>{48, 20480}));
    QCOMPARE(sovitsParameterShapes(c).at("ge_to512.weight"), (std::vector<int64_t>{512, 48}));
  }

  void rejectsUnsupportedConfigs() {
    nlohmann::json config = tinyProConfig();
    config["model"]["resblock"] = "2";
    bool ok = false;
    QString message = firstMessage([&] { SovitsConfig::fromJson(config, SovitsVersion::V2Pro); },
                                   ErrorCode::UnsupportedFormat, &ok);
    QVERIFY2(ok && message.contains("resblock"), qPrintable(message));

    // v2 adds ge straight into the 512-wide MRTE, so gin 48 cannot be a v2 model.
    message = firstMessage([&] { SovitsConfig::fromJson(tinyProConfig(), SovitsVersion::V2); },
                           ErrorCode::UnsupportedFormat, &ok);
    QVERIFY2(ok && message.contains("gin_channels"), qPrintable(message));

    // v3/v4 are a different architecture (CFM + vocoder): refused by name, not misbuilt.
    const nlohmann::json v3 = test::readJsonFile(test::sharedPath("fixtures/shapes/sovits_v3.json"));
    message = firstMessage([&] { SovitsConfig::fromJson(v3, SovitsVersion::V3); }, ErrorCode::UnsupportedFormat, &ok);
    QVERIFY2(ok && message.contains("v3") && message.contains("not supported"), qPrintable(message));
  }

  // The official Generator floors upsample_initial_channel // 2**(i+1), so a
  // width that does not halve evenly five times is a valid model (issue #18).
  void oddUpsampleWidthLoads() {
    nlohmann::json config = tinyProConfig();
    config["model"]["upsample_initial_channel"] = 770;
    const SovitsConfig wide = SovitsConfig::fromJson(config, SovitsVersion::V2ProPlus);
    const ParameterShapes shapes = sovitsParameterShapes(wide);
    QCOMPARE(shapes.at("dec.ups.0.weight_v"), (std::vector<int64_t>{770, 385, 16}));
    QCOMPARE(shapes.at("dec.ups.1.weight_v"), (std::vector<int64_t>{385, 192, 16}));
    QCOMPARE(shapes.at("dec.ups.4.weight_v"), (std::vector<int64_t>{48, 24, 2}));
    QCOMPARE(shapes.at("dec.resblocks.14.convs1.0.weight_v"), (std::vector<int64_t>{24, 24, 11}));
    QCOMPARE(shapes.at("dec.conv_post.weight"), (std::vector<int64_t>{1, 24, 7}));

    // A small odd width builds and decodes end to end.
    config["model"]["upsample_initial_channel"] = 70;
    const SovitsConfig odd = SovitsConfig::fromJson(config, SovitsVersion::V2ProPlus);
    QCOMPARE(sovitsParameterShapes(odd).at("dec.conv_post.weight"), (std::vector<int64_t>{1, 2, 7}));
    const SovitsModel model = SovitsModel::load(syntheticCheckpoint(odd, 4), odd);
    at::Generator gen = at::detail::createCPUGenerator(5);
    DecodeRequest request;
    request.codes = at::randint(0, 1024, {1, 1, 4}, gen, at::kLong);
    request.phones = at::randint(1, 732, {1, 3}, gen, at::kLong);
    request.refSpecs = {at::rand({1, 1025, 20}, gen, at::kFloat)};
    request.svEmbeddings = {at::rand({1, 20480}, gen, at::kFloat)};
    request.seed = 1;
    const at::Tensor wav = model.decode(request);
    QCOMPARE(wav.size(0), int64_t(2 * 4 * 640));
    QVERIFY(wav.isfinite().all().item<bool>());

    // Only a width that floors to zero channels is refused, and the error says why.
    config["model"]["upsample_initial_channel"] = 16;
    bool ok = false;
    const QString message = firstMessage([&] { SovitsConfig::fromJson(config, SovitsVersion::V2ProPlus); },
                                         ErrorCode::UnsupportedFormat, &ok);
    QVERIFY2(ok && message.contains("upsample_initial_channel 16") && message.contains("no channels"),
             qPrintable(message));
  }

  void missingTensorIsNamed() {
    const SovitsConfig c = SovitsConfig::fromJson(tinyProConfig(), SovitsVersion::V2Pro);
    checkpoint::Checkpoint ckpt = syntheticCheckpoint(c, 1);
    ckpt.tensors.erase("flow.flows.4.enc.cond_layer.weight_v");
    bool ok = false;
    const QString message = firstMessage([&] { SovitsModel::load(ckpt, c); }, ErrorCode::ModelMismatch, &ok);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.contains("synthetic.pth"), qPrintable(message));
    QVERIFY2(message.contains("flow.flows.4.enc.cond_layer.weight_v"), qPrintable(message));
    QVERIFY2(message.contains("missing"), qPrintable(message));
    QVERIFY2(message.contains("[1536, 48, 1]"), qPrintable(message));
  }

  void misshapenTensorIsNamed() {
    const SovitsConfig c = SovitsConfig::fromJson(tinyProConfig(), SovitsVersion::V2Pro);
    checkpoint::Checkpoint ckpt = syntheticCheckpoint(c, 2);
    ckpt.tensors["dec.cond.weight"] = at::zeros({64, 1024, 1}, at::kHalf);
    bool ok = false;
    const QString message = firstMessage([&] { SovitsModel::load(ckpt, c); }, ErrorCode::ModelMismatch, &ok);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.contains("synthetic.pth"), qPrintable(message));
    QVERIFY2(message.contains("dec.cond.weight"), qPrintable(message));
    QVERIFY2(message.contains("[64, 1024, 1]"), qPrintable(message));
    QVERIFY2(message.contains("expects [64, 48, 1]"), qPrintable(message));
  }

  // Output lengths, speed, seeded noise and reference averaging on random weights.
  void syntheticDecode() {
    const SovitsConfig c = SovitsConfig::fromJson(tinyProConfig(), SovitsVersion::V2Pro);
    const checkpoint::Checkpoint ckpt = syntheticCheckpoint(c, 3);
    const SovitsModel model = SovitsModel::load(ckpt, c);
    QCOMPARE(model.samplingRateHz(), 32000);

    at::Generator gen = at::detail::createCPUGenerator(7);
    DecodeRequest request;
    request.codes = at::randint(0, 1024, {1, 1, 9}, gen, at::kLong);
    request.phones = at::randint(1, 732, {1, 5}, gen, at::kLong);
    request.refSpecs = {at::rand({1, 1025, 40}, gen, at::kFloat)};
    request.svEmbeddings = {at::rand({1, 20480}, gen, at::kFloat)};
    request.seed = 11;
    DecodeTrace trace;
    const at::Tensor wav = model.decode(request, &trace);
    QCOMPARE(wav.dim(), int64_t(1));
    QCOMPARE(wav.size(0), int64_t(2 * 9 * 640));
    QVERIFY(wav.isfinite().all().item<bool>());
    QCOMPARE(trace.ge.sizes().vec(), (std::vector<int64_t>{1, 48, 1}));
    QCOMPARE(trace.ge512.sizes().vec(), (std::vector<int64_t>{1, 512, 1}));
    QCOMPARE(trace.z.sizes().vec(), (std::vector<int64_t>{1, 64, 18}));
    // Same seed, same audio; a different seed changes it.
    QVERIFY(at::equal(model.decode(request), wav));
    request.seed = 12;
    QVERIFY(!at::equal(model.decode(request), wav));

    request.speed = 1.25;
    QCOMPARE(model.decode(request).size(0), int64_t((int64_t(18 / 1.25) + 1) * 640));
    request.speed = 1.0;

    // Two references: ge is the mean of the fused per-reference vectors.
    request.refSpecs.push_back(at::rand({1, 1025, 31}, gen, at::kFloat));
    request.svEmbeddings.push_back(at::rand({1, 20480}, gen, at::kFloat));
    DecodeTrace two;
    model.decode(request, &two);
    QCOMPARE(int(two.gePerRef.size()), 2);
    TIMBRE_COMPARE_TENSORS(two.ge, (two.gePerRef[0] + two.gePerRef[1]) / 2, 1e-6);

    // A missing speaker embedding is a caller error.
    request.svEmbeddings.pop_back();
    bool ok = false;
    const QString message = firstMessage([&] { model.decode(request); }, ErrorCode::InvalidArgument, &ok);
    QVERIFY2(ok, qPrintable(message));
  }
};

QTEST_GUILESS_MAIN(TestSovitsShapes)
#include "TestSovitsShapes.moc"
