// The weight-file reader loads every fixture weight file with the right names,
// shapes, dtypes, values, configs and metadata; synthetic files cover every
// storage dtype, shared storages with offsets/strides, folder prefixes and
// safetensors. Expected values were read from the files with Python's own
// zipfile/pickle/struct (not this reader).
#include "CheckpointTestFiles.h"
#include "checkpoint/Checkpoint.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"

#include <QtTest/QtTest>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

using namespace timbre::checkpoint;
using timbre::test::sharedPath;

namespace {

double valueAt(const Checkpoint& c, const std::string& name, std::vector<int64_t> index) {
  at::Tensor t = c.tensor(name);
  for (int64_t i : index) t = t[i];
  return t.item<double>();
}

std::vector<int64_t> shape(const Checkpoint& c, const std::string& name) { return c.tensor(name).sizes().vec(); }

// Every key of a tiny file must exist in the full-size official layout (shapes/*.json).
void checkNamesInOfficialLayout(const Checkpoint& c, const std::string& shapesFile) {
  const auto full = timbre::test::readJsonFile(sharedPath("fixtures/shapes/" + shapesFile))["state_dict"];
  for (const auto& [name, t] : c.tensors) QVERIFY2(full.contains(name), qPrintable(QString::fromStdString(name + " not in " + shapesFile)));
}

}  // namespace

class TestCheckpointReader : public QObject {
  Q_OBJECT

 private slots:
  void gptCkpt() {
    const Checkpoint c = loadCheckpoint(sharedPath("fixtures/v2-tiny/gpt.ckpt"));
    const auto manifest = timbre::test::readJsonFile(sharedPath("fixtures/v2-tiny/manifest.json"));
    QCOMPARE(c.container, std::string("torch-zip"));
    QCOMPARE(c.headerTag, std::string());
    QCOMPARE(c.stateDictKey, std::string("weight"));
    QCOMPARE(c.fileSizeBytes, uint64_t(697938));
    QCOMPARE(c.md5First8KiB, std::string("486445eee2ac9b0ff87fc268bfcb9cf3"));
    QCOMPARE(int(c.tensors.size()), manifest["model_files"]["gpt.ckpt"]["n_tensors"].get<int>());
    QCOMPARE(int(c.tensors.size()), 31);
    QCOMPARE(c.metadata["info"].get<std::string>(), std::string("GPT-e8"));
    QCOMPARE(c.config["data"]["max_sec"].get<int>(), 54);
    QCOMPARE(c.config["model"], manifest["gpt_config_model"]);
    for (const auto& [name, t] : c.tensors) {
      QCOMPARE(t.scalar_type(), at::kHalf);
      QVERIFY(name.rfind("model.", 0) == 0);
    }
    QCOMPARE(shape(c, "model.bert_proj.weight"), (std::vector<int64_t>{64, 1024}));
    QCOMPARE(shape(c, "model.ar_text_embedding.word_embeddings.weight"), (std::vector<int64_t>{732, 64}));
    QCOMPARE(shape(c, "model.ar_audio_embedding.word_embeddings.weight"), (std::vector<int64_t>{1025, 64}));
    QCOMPARE(shape(c, "model.h.layers.1.self_attn.in_proj_weight"), (std::vector<int64_t>{192, 64}));
    QCOMPARE(valueAt(c, "model.ar_audio_position.alpha", {0}), 0.97412109375);
    QCOMPARE(valueAt(c, "model.bert_proj.weight", {5, 7}), -0.02227783203125);
    QCOMPARE(valueAt(c, "model.ar_text_embedding.word_embeddings.weight", {731, 63}), -1.23828125);
    QCOMPARE(valueAt(c, "model.h.layers.1.self_attn.in_proj_weight", {100, 3}), 0.074462890625);
    checkNamesInOfficialLayout(c, "gpt_v2.json");
  }

  void sovitsV2Pth() {
    const Checkpoint c = loadCheckpoint(sharedPath("fixtures/v2-tiny/sovits.pth"));
    const auto manifest = timbre::test::readJsonFile(sharedPath("fixtures/v2-tiny/manifest.json"));
    QCOMPARE(c.headerTag, std::string());
    QCOMPARE(c.md5First8KiB, std::string("d8b9f16f3ffe4966e3674fac7e4947d3"));
    QCOMPARE(c.fileSizeBytes, uint64_t(32807472));
    QCOMPARE(int(c.tensors.size()), manifest["model_files"]["sovits.pth"]["n_tensors"].get<int>());
    QCOMPARE(c.metadata["info"].get<std::string>(), std::string("8epoch_96iteration"));
    // HParams → nested objects; every model/data field of the manifest is there with its value.
    for (const auto& [key, value] : manifest["sovits_config_model"].items())
      QVERIFY2(c.config["model"][key] == value, key.c_str());
    for (const auto& [key, value] : manifest["sovits_config_data"].items())
      QVERIFY2(c.config["data"][key] == value, key.c_str());
    QVERIFY(c.config["data"]["mel_fmax"].is_null());
    QCOMPARE(c.config["model"]["gin_channels"].get<int>(), 512);
    QVERIFY(c.config.contains("train") && c.config["train"].is_object());
    for (const auto& [name, t] : c.tensors) {
      QCOMPARE(t.scalar_type(), at::kHalf);
      QVERIFY2(name.find("enc_q") == std::string::npos, name.c_str());
    }
    QCOMPARE(shape(c, "enc_p.text_embedding.weight"), (std::vector<int64_t>{732, 192}));
    QCOMPARE(shape(c, "enc_p.ssl_proj.weight"), (std::vector<int64_t>{192, 768, 1}));
    QCOMPARE(shape(c, "quantizer.vq.layers.0._codebook.embed"), (std::vector<int64_t>{1024, 768}));
    QCOMPARE(valueAt(c, "enc_p.text_embedding.weight", {10, 20}), 1.9072265625);
    QCOMPARE(valueAt(c, "dec.conv_post.weight", {0, 1, 6}), -0.26123046875);
    QCOMPARE(valueAt(c, "quantizer.vq.layers.0._codebook.embed", {1000, 767}), 0.21630859375);
    QCOMPARE(valueAt(c, "flow.flows.0.enc.in_layers.0.weight_g", {5, 0, 0}), 0.61328125);
    checkNamesInOfficialLayout(c, "sovits_v2.json");
  }

  void sovitsV2ProWithHeader_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("shapes");
    QTest::newRow("v2Pro") << "sovits.pth" << "05" << "sovits_v2Pro.json";
    QTest::newRow("v2ProPlus") << "sovits_plus.pth" << "06" << "sovits_v2ProPlus.json";
  }
  void sovitsV2ProWithHeader() {
    QFETCH(QString, file);
    QFETCH(QString, tag);
    QFETCH(QString, shapes);
    const auto manifest = timbre::test::readJsonFile(sharedPath("fixtures/v2pro-tiny/manifest.json"))["model_files"][file.toStdString()];
    const Checkpoint c = loadCheckpoint(sharedPath("fixtures/v2pro-tiny/" + file.toStdString()));
    QCOMPARE(c.headerTag, tag.toStdString());
    QCOMPARE(c.headerTag, manifest["header"].get<std::string>());
    QCOMPARE(c.fileSizeBytes, manifest["size_bytes"].get<uint64_t>());
    QCOMPARE(int(c.tensors.size()), manifest["n_tensors"].get<int>());
    QCOMPARE(c.config["model"]["gin_channels"].get<int>(), 48);
    QCOMPARE(c.config["model"]["version"].get<std::string>(), manifest["model_version"].get<std::string>());
    QCOMPARE(c.config["model"]["upsample_kernel_sizes"], manifest["sovits_config_model"]["upsample_kernel_sizes"]);
    QCOMPARE(c.metadata["info"].get<std::string>(), std::string("8epoch_96iteration"));
    QCOMPARE(shape(c, "sv_emb.weight"), (std::vector<int64_t>{48, 20480}));
    QCOMPARE(shape(c, "ge_to512.weight"), (std::vector<int64_t>{512, 48}));
    QCOMPARE(shape(c, "prelu.weight"), (std::vector<int64_t>{48}));
    if (tag == "05") {
      QCOMPARE(c.md5First8KiB, std::string("0af1535cee3ca65443665f2bda72076f"));
      QCOMPARE(valueAt(c, "sv_emb.weight", {47, 20479}), -0.0018835067749023438);
      QCOMPARE(valueAt(c, "prelu.weight", {3}), 0.280517578125);
      QCOMPARE(valueAt(c, "ge_to512.weight", {511, 47}), 0.1402587890625);
    } else {
      QCOMPARE(shape(c, "dec.ups.0.weight_v"), (std::vector<int64_t>{96, 48, 20}));
      QCOMPARE(valueAt(c, "dec.ups.0.weight_v", {95, 47, 19}), 0.032958984375);
      QCOMPARE(valueAt(c, "sv_emb.bias", {0}), -0.001567840576171875);
    }
    checkNamesInOfficialLayout(c, shapes.toStdString());
  }

  void hubertFolderAndFile() {
    const auto manifest = timbre::test::readJsonFile(sharedPath("fixtures/aux-tiny/manifest.json"))["hubert"];
    const Checkpoint folder = loadCheckpoint(sharedPath("fixtures/aux-tiny/hubert"));
    QCOMPARE(folder.weightPath, sharedPath("fixtures/aux-tiny/hubert") + "/pytorch_model.bin");
    QCOMPARE(folder.config["hidden_size"].get<int>(), 64);
    QCOMPARE(folder.config["num_hidden_layers"], manifest["config"]["num_hidden_layers"]);  // config.json was read
    QCOMPARE(int(folder.tensors.size()), manifest["state_dict_keys"].get<int>());
    int64_t parameters = 0;
    for (const auto& [name, t] : folder.tensors) {
      QCOMPARE(t.scalar_type(), at::kHalf);
      parameters += t.numel();
    }
    QCOMPARE(parameters, manifest["n_parameters"].get<int64_t>());
    QCOMPARE(valueAt(folder, "encoder.pos_conv_embed.conv.weight_g", {0, 0, 5}), 0.4052734375);
    QCOMPARE(valueAt(folder, "feature_extractor.conv_layers.0.conv.weight", {3, 0, 9}), -0.1912841796875);
    const Checkpoint file = loadCheckpoint(sharedPath("fixtures/aux-tiny/hubert/pytorch_model.bin"));
    QVERIFY(file.config.is_null());
    QCOMPARE(file.tensors.size(), folder.tensors.size());
  }

  void bertFile() {
    const auto manifest = timbre::test::readJsonFile(sharedPath("fixtures/aux-tiny/manifest.json"))["bert"];
    const Checkpoint c = loadCheckpoint(sharedPath("fixtures/aux-tiny/bert/pytorch_model.bin"));
    QCOMPARE(c.stateDictKey, std::string());
    std::set<std::string> expected;
    for (const auto& key : manifest["state_dict_keys"]) expected.insert(key.get<std::string>());
    std::set<std::string> actual;
    for (const auto& [name, t] : c.tensors) actual.insert(name);
    QCOMPARE(actual, expected);
    QCOMPARE(shape(c, "bert.embeddings.word_embeddings.weight"), (std::vector<int64_t>{407, 64}));
    QCOMPARE(valueAt(c, "bert.embeddings.word_embeddings.weight", {406, 63}), -0.00818634033203125);
    QVERIFY(c.metadata.empty());
  }

  void eres2netCkpt() {
    const auto manifest = timbre::test::readJsonFile(sharedPath("fixtures/aux-tiny/manifest.json"))["eres2net"];
    const Checkpoint c = loadCheckpoint(sharedPath("fixtures/aux-tiny/eres2net/eres2netv2_tiny.ckpt"));
    QCOMPARE(int(c.tensors.size()), manifest["state_dict_entries"].get<int>());
    QCOMPARE(c.tensor("bn1.num_batches_tracked").scalar_type(), at::kLong);
    QCOMPARE(c.tensor("bn1.num_batches_tracked").dim(), int64_t(0));
    QCOMPARE(c.tensor("bn1.num_batches_tracked").item<int64_t>(), int64_t(1000));
    QCOMPARE(c.tensor("conv1.weight").scalar_type(), at::kFloat);
    QCOMPARE(shape(c, "conv1.weight"), (std::vector<int64_t>{8, 1, 3, 3}));
    QCOMPARE(c.tensor("bn1.running_var")[3].item<float>(), 0.7341742515563965f);
    QCOMPARE(c.tensor("conv1.weight")[0][0][1][2].item<float>(), -0.15187034010887146f);
    int64_t parameters = 0;
    for (const auto& [name, t] : c.tensors) {
      const bool buffer = name.find("running_") != std::string::npos || name.find("num_batches_tracked") != std::string::npos;
      if (!buffer) parameters += t.numel();
    }
    QCOMPARE(parameters, manifest["n_parameters"].get<int64_t>());
  }

  void e2eAuxFiles() {
    const auto models = timbre::test::readJsonFile(sharedPath("fixtures/e2e-tiny/models.json"));
    const Checkpoint hubert = loadCheckpoint(sharedPath("fixtures/e2e-tiny/" + models["hubert"]["folder"].get<std::string>()));
    QCOMPARE(hubert.config["hidden_size"].get<int>(), 768);
    QCOMPARE(valueAt(hubert, "feature_extractor.conv_layers.0.conv.weight", {3, 0, 9}), -0.546875);
    const Checkpoint bert = loadCheckpoint(sharedPath("fixtures/e2e-tiny/" + models["bert"]["folder"].get<std::string>()));
    QCOMPARE(bert.config["hidden_size"].get<int>(), 1024);
    QCOMPARE(bert.fileSizeBytes, models["bert"]["files"]["pytorch_model.bin"]["bytes"].get<uint64_t>());
    QVERIFY(bert.has("bert.embeddings.word_embeddings.weight"));
  }

  void fromMemoryMatchesFile() {
    const std::string path = sharedPath("fixtures/v2-tiny/gpt.ckpt");
    std::ifstream in(path, std::ios::binary);
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const Checkpoint c = loadCheckpointFromMemory(bytes, "memory:gpt");
    const Checkpoint d = loadCheckpoint(path);
    QCOMPARE(c.path, std::string("memory:gpt"));
    QCOMPARE(c.tensors.size(), d.tensors.size());
    for (const auto& [name, t] : d.tensors) QVERIFY(at::equal(c.tensor(name), t));
  }

  void everyStorageDtype() {
    using timbre::test::PickleWriter;
    using timbre::test::rawBytes;
    PickleWriter w;
    w.proto().global("collections", "OrderedDict").emptyTuple().reduce().mark();
    w.str("f16").tensor("HalfStorage", "0", 2, 0, {2}, {1});
    w.str("f32").tensor("FloatStorage", "1", 2, 0, {2}, {1});
    w.str("f64").tensor("DoubleStorage", "2", 2, 0, {2}, {1});
    w.str("bf16").tensor("BFloat16Storage", "3", 2, 0, {2}, {1});
    w.str("i64").tensor("LongStorage", "4", 2, 0, {2}, {1});
    w.str("i32").tensor("IntStorage", "5", 2, 0, {2}, {1});
    w.str("i16").tensor("ShortStorage", "6", 2, 0, {2}, {1});
    w.str("i8").tensor("CharStorage", "7", 2, 0, {2}, {1});
    w.str("u8").tensor("ByteStorage", "8", 2, 0, {2}, {1});
    w.str("b").tensor("BoolStorage", "9", 2, 0, {2}, {1});
    w.setitems().stop();
    std::map<std::string, timbre::test::Bytes> storages{
        {"0", rawBytes(std::vector<uint16_t>{0x3C00, 0xC000})},  // 1.0, -2.0
        {"1", rawBytes(std::vector<float>{0.25f, -3.5f})},
        {"2", rawBytes(std::vector<double>{1e-300, 2.5})},
        {"3", rawBytes(std::vector<uint16_t>{0x3F80, 0xC040})},  // 1.0, -3.0
        {"4", rawBytes(std::vector<int64_t>{int64_t(1) << 40, -7})},
        {"5", rawBytes(std::vector<int32_t>{-100000, 5})},
        {"6", rawBytes(std::vector<int16_t>{-300, 12})},
        {"7", rawBytes(std::vector<int8_t>{-128, 127})},
        {"8", rawBytes(std::vector<uint8_t>{255, 0})},
        {"9", rawBytes(std::vector<uint8_t>{1, 0})},
    };
    const Checkpoint c = loadCheckpointFromMemory(timbre::test::makeTorchZip("my.model-1", w.bytes(), storages), "dtypes.pth");
    QCOMPARE(c.stateDictKey, std::string());
    QCOMPARE(c.tensor("f16").scalar_type(), at::kHalf);
    QCOMPARE(c.tensor("f16")[1].item<float>(), -2.0f);
    QCOMPARE(c.tensor("f32")[1].item<float>(), -3.5f);
    QCOMPARE(c.tensor("f64")[0].item<double>(), 1e-300);
    QCOMPARE(c.tensor("bf16").scalar_type(), at::kBFloat16);
    QCOMPARE(c.tensor("bf16")[1].item<float>(), -3.0f);
    QCOMPARE(c.tensor("i64")[0].item<int64_t>(), int64_t(1) << 40);
    QCOMPARE(c.tensor("i32")[0].item<int32_t>(), -100000);
    QCOMPARE(c.tensor("i16")[0].item<int16_t>(), int16_t(-300));
    QCOMPARE(c.tensor("i8")[0].item<int8_t>(), int8_t(-128));
    QCOMPARE(c.tensor("u8")[0].item<uint8_t>(), uint8_t(255));
    QCOMPARE(c.tensor("b").scalar_type(), at::kBool);
    QCOMPARE(c.tensor("b")[0].item<bool>(), true);
    QCOMPARE(c.tensor("b")[1].item<bool>(), false);
  }

  void sharedStorageViews() {
    using timbre::test::PickleWriter;
    // One 12-float storage: "a" is the whole [3,4]; "t" its transpose (strides 1,4);
    // "row" is row 2 (offset 8); "p" a Parameter wrapping a strided [2,2] view.
    PickleWriter w;
    w.proto().global("collections", "OrderedDict").emptyTuple().reduce().mark();
    w.str("state_dict").emptyDict().mark();
    w.str("a").tensor("FloatStorage", "s", 12, 0, {3, 4}, {4, 1});
    w.str("t").tensor("FloatStorage", "s", 12, 0, {4, 3}, {1, 4});
    w.str("row").tensor("FloatStorage", "s", 12, 8, {4}, {1});
    w.str("p").global("torch._utils", "_rebuild_parameter").mark();
    w.tensor("FloatStorage", "s", 12, 1, {2, 2}, {4, 2}).boolean(true).global("collections", "OrderedDict").emptyTuple().reduce();
    w.tuple().reduce();
    w.str("nested").emptyDict().str("x").tensor("FloatStorage", "s", 12, 11, {1}, {1}).setitem();
    w.setitems();
    w.str("epoch").integer(7);
    w.setitems().stop();
    std::vector<float> values(12);
    for (int k = 0; k < 12; ++k) values[size_t(k)] = float(k) * 0.5f;
    const Checkpoint c = loadCheckpointFromMemory(
        timbre::test::makeTorchZip("archive", w.bytes(), {{"s", timbre::test::rawBytes(values)}}), "shared.ckpt");
    QCOMPARE(c.stateDictKey, std::string("state_dict"));
    QCOMPARE(c.metadata["epoch"].get<int>(), 7);
    QCOMPARE(int(c.tensors.size()), 5);
    QCOMPARE(c.tensor("a")[1][2].item<float>(), 3.0f);
    QCOMPARE(c.tensor("t")[2][1].item<float>(), 3.0f);
    QCOMPARE(c.tensor("row")[3].item<float>(), 5.5f);
    QCOMPARE(c.tensor("p")[1][1].item<float>(), 3.5f);  // offset 1 + 4 + 2
    QCOMPARE(c.tensor("nested.x")[0].item<float>(), 5.5f);
    // Views of one buffer, as torch.load gives them.
    QCOMPARE(c.tensor("t").data_ptr<float>(), c.tensor("a").data_ptr<float>());
    QVERIFY(c.tensor("a").is_alias_of(c.tensor("row")));
  }

  void unknownDataClassBecomesDict() {
    using timbre::test::PickleWriter;
    PickleWriter p;  // utils.HParams via NEWOBJ + BUILD, and mylib.Cfg via REDUCE () + BUILD, tuples, None, bytes
    p.global("utils", "HParams").emptyTuple().newobj().emptyDict().mark();
    p.str("model").global("mylib.conf", "Cfg").emptyTuple().reduce().emptyDict().str("k").integer(3).setitem().build();
    p.str("rates").mark().integer(10).integer(8).tuple();
    p.str("none").none();
    p.str("blob").global("_codecs", "encode").str("ab\xc3\xbf").str("latin1").tuple2().reduce();
    p.str("tags").global("builtins", "set").emptyList().mark().str("x").str("y").appends().tuple1().reduce();
    p.setitems().build();
    const Checkpoint c = loadCheckpointFromMemory(timbre::test::wrapPayloadInTorchZip(p.bytes()), "hparams.pth");
    QCOMPARE(c.config["model"]["k"].get<int>(), 3);
    QCOMPARE(c.config["rates"], nlohmann::json::array({10, 8}));
    QVERIFY(c.config["none"].is_null());
    QCOMPARE(c.config["blob"].get<std::string>(), std::string("YWL/"));  // base64 of 'a','b',0xFF
    QCOMPARE(c.config["tags"], nlohmann::json::array({"x", "y"}));
    QCOMPARE(c.tensor("w")[0].item<float>(), 1.5f);
  }

  void safetensorsFile() {
    const std::string header =
        R"({"__metadata__":{"format":"pt"},"b.weight":{"dtype":"F16","shape":[2],"data_offsets":[8,12]},)"
        R"("a.weight":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
    std::vector<uint8_t> bytes(8);
    for (int k = 0; k < 8; ++k) bytes[size_t(k)] = uint8_t(uint64_t(header.size()) >> (8 * k));
    bytes.insert(bytes.end(), header.begin(), header.end());
    const auto a = timbre::test::rawBytes(std::vector<float>{4.0f, -1.25f});
    const auto b = timbre::test::rawBytes(std::vector<uint16_t>{0x3800, 0xBC00});  // 0.5, -1.0
    bytes.insert(bytes.end(), a.begin(), a.end());
    bytes.insert(bytes.end(), b.begin(), b.end());
    const Checkpoint c = loadCheckpointFromMemory(bytes, "model.safetensors");
    QCOMPARE(c.container, std::string("safetensors"));
    QCOMPARE(c.metadata["format"].get<std::string>(), std::string("pt"));
    QCOMPARE(c.tensor("a.weight")[1].item<float>(), -1.25f);
    QCOMPARE(c.tensor("b.weight").scalar_type(), at::kHalf);
    QCOMPARE(c.tensor("b.weight")[0].item<float>(), 0.5f);
    QCOMPARE(c.tensor("b.weight")[1].item<float>(), -1.0f);
  }

  void missingTensorNamesFileAndTensor() {
    const Checkpoint c = loadCheckpoint(sharedPath("fixtures/v2-tiny/gpt.ckpt"));
    try {
      c.tensor("model.nope");
      QFAIL("expected an error");
    } catch (const timbre::Error& e) {
      QCOMPARE(e.code(), timbre::ErrorCode::ModelMismatch);
      QVERIFY(std::string(e.what()).find("gpt.ckpt") != std::string::npos);
      QVERIFY(std::string(e.what()).find("model.nope") != std::string::npos);
    }
  }
};

QTEST_MAIN(TestCheckpointReader)
#include "TestCheckpointReader.moc"
