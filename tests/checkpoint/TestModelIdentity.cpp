// Model identification (specification §1.2): the fixture files, plus the
// full-size official layouts from shapes/*.json (as zero-cost expanded tensors)
// with each detection rule: pretrained MD5, header tag, file size, text-embedding rows.
#include "checkpoint/Checkpoint.h"
#include "checkpoint/ModelIdentity.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"

#include <QtTest/QtTest>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace timbre::checkpoint;
using timbre::test::sharedPath;

namespace {

// A checkpoint with the names and shapes of an official layout; no memory per element.
Checkpoint fromShapes(const std::string& file, uint64_t sizeBytes, const std::string& tag = "", const std::string& md5 = "") {
  const auto json = timbre::test::readJsonFile(sharedPath("fixtures/shapes/" + file));
  Checkpoint c;
  c.path = file;
  c.fileSizeBytes = sizeBytes;
  c.headerTag = tag;
  c.md5First8KiB = md5.empty() ? std::string(32, '0') : md5;
  const at::Tensor one = at::zeros({1}, at::kHalf);
  for (const auto& [name, entry] : json["state_dict"].items()) {
    std::vector<int64_t> shape = entry[0].get<std::vector<int64_t>>();
    c.tensors[name] = shape.empty() ? one.reshape({}) : one.reshape(std::vector<int64_t>(shape.size(), 1)).expand(shape);
  }
  return c;
}

QString describe(const ModelIdentity& id) {
  return QString("%1 %2 lora=%3 symbols=%4 source=%5")
      .arg(toString(id.kind))
      .arg(id.sovitsVersion ? toString(*id.sovitsVersion) : "-")
      .arg(id.lora)
      .arg(QString::fromStdString(id.symbolVersion))
      .arg(QString::fromStdString(id.versionSource));
}

constexpr uint64_t kMiB = 1024 * 1024;

}  // namespace

class TestModelIdentity : public QObject {
  Q_OBJECT

 private slots:
  void fixtureFiles() {
    struct Case {
      const char* path;
      ModelKind kind;
      std::optional<SovitsVersion> version;
      const char* symbols;
    };
    const Case cases[] = {
        {"fixtures/v2-tiny/gpt.ckpt", ModelKind::Gpt, std::nullopt, "v2"},
        {"fixtures/v2-tiny/sovits.pth", ModelKind::Sovits, SovitsVersion::V2, "v2"},
        {"fixtures/v2pro-tiny/sovits.pth", ModelKind::Sovits, SovitsVersion::V2Pro, "v2"},
        {"fixtures/v2pro-tiny/sovits_plus.pth", ModelKind::Sovits, SovitsVersion::V2ProPlus, "v2"},
        {"fixtures/aux-tiny/hubert", ModelKind::Hubert, std::nullopt, ""},
        {"fixtures/aux-tiny/hubert/pytorch_model.bin", ModelKind::Hubert, std::nullopt, ""},
        {"fixtures/aux-tiny/bert/pytorch_model.bin", ModelKind::Bert, std::nullopt, ""},
        {"fixtures/aux-tiny/eres2net/eres2netv2_tiny.ckpt", ModelKind::SpeakerVerification, std::nullopt, ""},
        {"fixtures/e2e-tiny/GPT_SoVITS/pretrained_models/chinese-hubert-base", ModelKind::Hubert, std::nullopt, ""},
        {"fixtures/e2e-tiny/GPT_SoVITS/pretrained_models/chinese-roberta-wwm-ext-large", ModelKind::Bert, std::nullopt, ""},
    };
    for (const auto& k : cases) {
      const ModelIdentity id = identifyModel(loadCheckpoint(sharedPath(k.path)));
      QVERIFY2(id.kind == k.kind && id.sovitsVersion == k.version && id.symbolVersion == k.symbols && !id.lora,
               qPrintable(QString(k.path) + ": " + describe(id)));
    }
  }

  void manifestsAgree() {
    // v2-tiny: detected_model_version; v2pro-tiny: header + model_version per file.
    const auto v2 = timbre::test::readJsonFile(sharedPath("fixtures/v2-tiny/manifest.json"));
    const ModelIdentity sovits = identifyModel(loadCheckpoint(sharedPath("fixtures/v2-tiny/sovits.pth")));
    QCOMPARE(QString(toString(*sovits.sovitsVersion)), QString::fromStdString(v2["detected_model_version"].get<std::string>()));
    QCOMPARE(sovits.versionSource, std::string("file-size"));
    const auto pro = timbre::test::readJsonFile(sharedPath("fixtures/v2pro-tiny/manifest.json"))["model_files"];
    for (const auto& [file, info] : pro.items()) {
      const ModelIdentity id = identifyModel(loadCheckpoint(sharedPath("fixtures/v2pro-tiny/" + file)));
      QCOMPARE(QString(toString(*id.sovitsVersion)), QString::fromStdString(info["model_version"].get<std::string>()));
      const auto detected = info["detected_by_get_sovits_version_from_path_fast"];
      QCOMPARE(id.symbolVersion, detected[0].get<std::string>());
      QCOMPARE(QString(toString(*id.sovitsVersion)), QString::fromStdString(detected[1].get<std::string>()));
      QCOMPARE(id.lora, detected[2].get<bool>());
      QCOMPARE(id.versionSource, std::string("header"));
    }
  }

  void fullSizeLayouts() {
    struct Case {
      const char* shapes;
      uint64_t size;
      const char* tag;
      const char* md5;
      ModelKind kind;
      std::optional<SovitsVersion> version;
      bool lora;
      const char* symbols;
    };
    const Case cases[] = {
        // Headerless files go by size; the text embedding then decides v1/v2.
        {"sovits_v1.json", 80 * kMiB, "", "", ModelKind::Sovits, SovitsVersion::V1, false, "v1"},
        {"sovits_v2.json", 100 * kMiB, "", "", ModelKind::Sovits, SovitsVersion::V2, false, "v2"},
        {"sovits_v1.json", 100 * kMiB, "", "", ModelKind::Sovits, SovitsVersion::V1, false, "v1"},
        {"sovits_v2.json", 80 * kMiB, "", "", ModelKind::Sovits, SovitsVersion::V2, false, "v2"},
        {"sovits_v3.json", 750 * kMiB, "", "", ModelKind::Sovits, SovitsVersion::V3, false, "v2"},
        // The pretrained hashes win over everything.
        {"sovits_v1.json", 80 * kMiB, "", "dc3c97e17592963677a4a1681f30c653", ModelKind::Sovits, SovitsVersion::V1, false, "v1"},
        {"sovits_v2.json", 100 * kMiB, "", "6642b37f3dbb1f76882b69937c95a5f3", ModelKind::Sovits, SovitsVersion::V2, false, "v2"},
        {"sovits_v3.json", 750 * kMiB, "", "43797be674a37c1c83ee81081941ed0f", ModelKind::Sovits, SovitsVersion::V3, false, "v2"},
        {"sovits_v4.json", 750 * kMiB, "", "4f26b9476d0c5033e04162c486074374", ModelKind::Sovits, SovitsVersion::V4, false, "v2"},
        {"sovits_v2Pro.json", 160 * kMiB, "", "c7e9fce2223f3db685cdfa1e6368728a", ModelKind::Sovits, SovitsVersion::V2Pro, false, "v2"},
        {"sovits_v2ProPlus.json", 200 * kMiB, "", "66b313e39455b57ab1b0bc0b239c9d0a", ModelKind::Sovits, SovitsVersion::V2ProPlus, false, "v2"},
        // Header tags.
        {"sovits_v1.json", 80 * kMiB, "00", "", ModelKind::Sovits, SovitsVersion::V1, false, "v1"},
        {"sovits_v2.json", 80 * kMiB, "01", "", ModelKind::Sovits, SovitsVersion::V2, false, "v2"},
        {"sovits_v3.json", 750 * kMiB, "02", "", ModelKind::Sovits, SovitsVersion::V3, false, "v2"},
        {"sovits_v3.json", 50 * kMiB, "03", "", ModelKind::Sovits, SovitsVersion::V3, true, "v2"},
        {"sovits_v4.json", 50 * kMiB, "04", "", ModelKind::Sovits, SovitsVersion::V4, true, "v2"},
        {"sovits_v2Pro.json", 160 * kMiB, "05", "", ModelKind::Sovits, SovitsVersion::V2Pro, false, "v2"},
        {"sovits_v2ProPlus.json", 200 * kMiB, "06", "", ModelKind::Sovits, SovitsVersion::V2ProPlus, false, "v2"},
        // Other kinds.
        {"gpt_v1.json", 150 * kMiB, "", "", ModelKind::Gpt, std::nullopt, false, "v1"},
        {"gpt_v2.json", 150 * kMiB, "", "", ModelKind::Gpt, std::nullopt, false, "v2"},
        {"vocoder_v4.json", 55 * kMiB, "", "", ModelKind::Vocoder, std::nullopt, false, ""},
    };
    for (const auto& k : cases) {
      const ModelIdentity id = identifyModel(fromShapes(k.shapes, k.size, k.tag, k.md5));
      const QString what = QString("%1 tag '%2' md5 %3: ").arg(k.shapes, k.tag, k.md5) + describe(id);
      QVERIFY2(id.kind == k.kind, qPrintable(what));
      QVERIFY2(id.sovitsVersion == k.version, qPrintable(what));
      QVERIFY2(id.lora == k.lora, qPrintable(what));
      QVERIFY2(id.symbolVersion == k.symbols, qPrintable(what));
    }
    QCOMPARE(identifyModel(fromShapes("vocoder_v4.json", 55 * kMiB)).variant, std::string("hifigan"));
  }

  void loraFileWithoutTextEmbedding() {
    // A v4 LoRA export holds only some tensors; the header says what it is.
    Checkpoint c;
    c.path = "lora.pth";
    c.headerTag = "04";
    c.fileSizeBytes = 10 * kMiB;
    c.tensors["cfm.estimator.transformer_blocks.0.attn.to_q.lora_A.weight"] = at::zeros({8, 1024});
    c.metadata = {{"lora_rank", 8}};
    const ModelIdentity id = identifyModel(c);
    QCOMPARE(id.kind, ModelKind::Sovits);
    QCOMPARE(id.sovitsVersion, std::optional<SovitsVersion>(SovitsVersion::V4));
    QVERIFY(id.lora);
    QCOMPARE(id.symbolVersion, std::string("v2"));
  }

  void smallHeaderlessNewerLayouts() {
    // Beyond the official size rule: a small headerless file whose layout proves v3/v4 or Pro.
    Checkpoint v4 = fromShapes("sovits_v4.json", 20 * kMiB);
    v4.config = {{"model", {{"version", "v4"}}}};
    QCOMPARE(identifyModel(v4).sovitsVersion, std::optional<SovitsVersion>(SovitsVersion::V4));
    QCOMPARE(identifyModel(v4).versionSource, std::string("file-size+layout"));
    QCOMPARE(identifyModel(fromShapes("sovits_v3.json", 20 * kMiB)).sovitsVersion, std::optional<SovitsVersion>(SovitsVersion::V3));
    QCOMPARE(identifyModel(fromShapes("sovits_v2Pro.json", 20 * kMiB)).sovitsVersion, std::optional<SovitsVersion>(SovitsVersion::V2Pro));
    QCOMPARE(identifyModel(fromShapes("sovits_v2ProPlus.json", 20 * kMiB)).sovitsVersion,
             std::optional<SovitsVersion>(SovitsVersion::V2ProPlus));
  }

  void bigvganAndUnknown() {
    Checkpoint bigvgan;
    bigvgan.path = "bigvgan_generator.pt";
    bigvgan.tensors["conv_pre.weight_v"] = at::zeros({1});
    bigvgan.tensors["activation_post.act.alpha"] = at::zeros({1});
    QCOMPARE(identifyModel(bigvgan).kind, ModelKind::Vocoder);
    QCOMPARE(identifyModel(bigvgan).variant, std::string("bigvgan"));

    Checkpoint other;
    other.path = "resnet.pth";
    other.tensors["fc.weight"] = at::zeros({1});
    try {
      identifyModel(other);
      QFAIL("expected UnsupportedFormat");
    } catch (const timbre::Error& e) {
      QCOMPARE(e.code(), timbre::ErrorCode::UnsupportedFormat);
      QVERIFY2(std::string(e.what()).find("resnet.pth") != std::string::npos, e.what());
    }
  }

  void names() {
    QCOMPARE(QString(toString(ModelKind::SpeakerVerification)), QString("sv"));
    QCOMPARE(QString(toString(SovitsVersion::V2ProPlus)), QString("v2ProPlus"));
    QCOMPARE(parseSovitsVersion("v2Pro"), std::optional<SovitsVersion>(SovitsVersion::V2Pro));
    QCOMPARE(parseSovitsVersion("v5"), std::optional<SovitsVersion>());
  }
};

QTEST_MAIN(TestModelIdentity)
#include "TestModelIdentity.moc"
