// Fine-tuned weight files in the official formats (train-tiny fixtures):
//  - the data.pkl of a SoVITS v2 / v2Pro file written for the fixture's state
//    dict, config and info is byte-identical to the one the official savee wrote;
//  - re-saving the official GPT finetuned-e1.ckpt gives its data.pkl byte for
//    byte and the same tensors;
//  - written files load, are recognised with the right version (PK / "05" /
//    "06") and decode exactly like the files they were copied from;
//  - a write into a missing or read-only folder fails naming the path and
//    leaves nothing behind; an existing file survives a failed write.
#include "checkpoint/Checkpoint.h"
#include "checkpoint/CheckpointLayout.h"
#include "checkpoint/ModelIdentity.h"
#include "checkpoint/Pickle.h"
#include "checkpoint/TorchZipWriter.h"
#include "models/sovits/SovitsModel.h"
#include "support/TestSupport.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"
#include "training/common/WeightsFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <zip.h>

#include <algorithm>
#include <fstream>

#include <unistd.h>

using namespace timbre;
namespace ck = timbre::checkpoint;
using training::OrderedTensors;

namespace {

using Bytes = std::vector<uint8_t>;

Bytes readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return Bytes(std::istreambuf_iterator<char>(in), {});
}

std::string trainTiny(const std::string& relative) { return test::sharedPath("fixtures/train-tiny/" + relative); }

// The fixture's initial weights ship xz-compressed.
std::string decompress(const std::string& xzPath, const QTemporaryDir& dir) {
  QProcess xz;
  const QString out = dir.filePath(QFileInfo(QString::fromStdString(xzPath)).completeBaseName());
  xz.setStandardOutputFile(out);
  xz.start("xz", {"-dc", QString::fromStdString(xzPath)});
  if (!xz.waitForFinished(60000) || xz.exitCode() != 0) return {};
  return out.toStdString();
}

OrderedTensors inFileOrder(const ck::Checkpoint& c) {
  OrderedTensors out;
  for (const std::string& name : c.order) out.emplace_back(name, c.tensors.at(name));
  return out;
}

// `<folder>/data.pkl` of a torch zip (header tag restored first).
Bytes dataPkl(const std::string& path, std::string* folder = nullptr) {
  Bytes bytes = readFile(path);
  if (bytes.size() < 2) return {};
  bytes[0] = 'P';
  bytes[1] = 'K';
  zip_error_t error;
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive) return {};
  Bytes out;
  for (zip_int64_t k = 0; k < zip_get_num_entries(archive, 0); ++k) {
    const std::string name = zip_get_name(archive, zip_uint64_t(k), 0);
    if (name.size() < 9 || name.compare(name.size() - 9, 9, "/data.pkl") != 0) continue;
    if (folder) *folder = name.substr(0, name.size() - 9);
    zip_stat_t st;
    zip_stat_index(archive, zip_uint64_t(k), 0, &st);
    out.resize(size_t(st.size));
    zip_file_t* f = zip_fopen_index(archive, zip_uint64_t(k), 0);
    zip_fread(f, out.data(), st.size);
    zip_fclose(f);
  }
  zip_close(archive);
  return out;
}

// Every record of a torch zip (header tag restored first): name without the top folder, bytes.
std::vector<std::pair<std::string, Bytes>> records(const std::string& path) {
  Bytes bytes = readFile(path);
  std::vector<std::pair<std::string, Bytes>> out;
  if (bytes.size() < 2) return out;
  bytes[0] = 'P';
  bytes[1] = 'K';
  zip_error_t error;
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive) return out;
  for (zip_int64_t k = 0; k < zip_get_num_entries(archive, 0); ++k) {
    zip_stat_t st;
    zip_stat_index(archive, zip_uint64_t(k), 0, &st);
    Bytes data(size_t(st.size));
    zip_file_t* f = zip_fopen_index(archive, zip_uint64_t(k), 0);
    zip_fread(f, data.data(), st.size);
    zip_fclose(f);
    const std::string name = st.name;
    out.emplace_back(name.substr(name.find('/') + 1), std::move(data));
  }
  zip_close(archive);
  return out;
}

// Where two byte strings first differ, for the failure message.
QByteArray firstDifference(const Bytes& a, const Bytes& b) {
  size_t k = 0;
  while (k < a.size() && k < b.size() && a[k] == b[k]) ++k;
  return QByteArray("sizes ") + QByteArray::number(qulonglong(a.size())) + " vs " + QByteArray::number(qulonglong(b.size())) +
         ", first difference at byte " + QByteArray::number(qulonglong(k));
}

QStringList filesIn(const QString& folder) { return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name); }

at::Tensor npy(const std::string& relative) { return tensor::readNpy(test::sharedPath("fixtures/" + relative)); }

}  // namespace

class TestWeightsFiles : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;

 private slots:
  // (a) The official savee's data.pkl, from the same names/shapes, config and info.
  void sovitsPickleMatchesOfficial_data() {
    QTest::addColumn<QString>("set");
    QTest::newRow("v2") << "sovits_v2";
    QTest::newRow("v2Pro") << "sovits_v2Pro";
  }
  void sovitsPickleMatchesOfficial() {
    QFETCH(QString, set);
    const std::string name = set.toStdString();
    const std::string version = name.substr(std::string("sovits_").size());
    const std::string init = decompress(trainTiny(name + "/s2G_" + version + "_init.pth.xz"), m_dir);
    QVERIFY2(!init.empty(), "xz -dc failed");
    const ck::Checkpoint start = ck::loadCheckpoint(init);
    QFile::remove(QString::fromStdString(init));

    // The manifest keeps the official key order; read it order-preserving.
    std::ifstream manifestFile(trainTiny("manifest.json"));
    const auto manifest = nlohmann::ordered_json::parse(manifestFile);
    const auto& described = manifest[name]["finetuned_file"];
    const nlohmann::ordered_json& config = described["config"];
    const std::string info = described["info"].get<std::string>();
    QCOMPARE(info, std::string("3epoch_3iteration"));

    const Bytes expected = readFile(trainTiny(name + "/finetuned_data.pkl"));
    const Bytes fromOrdered = training::sovitsWeightsPickle(inFileOrder(start), config, info);
    QVERIFY2(fromOrdered == expected, firstDifference(fromOrdered, expected).constData());
    // A plain (key-sorted) json config gets the official order back.
    const Bytes fromPlain = training::sovitsWeightsPickle(inFileOrder(start), nlohmann::json(config), info);
    QVERIFY2(fromPlain == expected, firstDifference(fromPlain, expected).constData());

    // The file written from it: enc_q dropped, names in the official order, fp16, the version's header.
    const ck::SovitsVersion v = *ck::parseSovitsVersion(version);
    const std::string path = m_dir.filePath(QString::fromStdString(version + ".pth")).toStdString();
    training::saveSovitsWeights(path, inFileOrder(start), config, info, v);
    std::string folder;
    QVERIFY(dataPkl(path, &folder) == expected);
    QCOMPARE(folder, std::string(training::kTimbreArchiveName));
    const ck::Checkpoint written = ck::loadCheckpoint(path);
    QCOMPARE(written.headerTag, described["header"].get<std::string>() == "PK" ? std::string() : described["header"].get<std::string>());
    std::vector<std::string> keys;
    for (const auto& k : described["keys"]) keys.push_back(k.get<std::string>());
    QCOMPARE(written.order, keys);
    for (const std::string& key : keys) {
      const at::Tensor& t = written.tensors.at(key);
      QCOMPARE(t.scalar_type(), at::kHalf);
      QVERIFY2(at::equal(t, start.tensors.at(key).to(at::kHalf)), key.c_str());
    }
    QCOMPARE(written.metadata["info"].get<std::string>(), info);
    QCOMPARE(written.config["model"]["version"].get<std::string>(), version);
    const ck::ModelIdentity id = ck::identifyModel(written);
    QCOMPARE(id.kind, ck::ModelKind::Sovits);
    QCOMPARE(std::string(ck::toString(*id.sovitsVersion)), version);

    // The same records under the official folder name make a file of the
    // official size with the official entry list (layout, padding, storages).
    const auto entries = records(path);
    QFile::remove(QString::fromStdString(path));
    const std::string top = described["zip_top_folder"][0].get<std::string>();
    std::vector<std::string> names;
    for (const auto& [entry, data] : entries) names.push_back("<top>/" + entry);
    std::vector<std::string> expectedNames;
    for (const auto& e : described["zip_entries"]) expectedNames.push_back(e.get<std::string>());
    std::vector<std::string> sortedNames = names;
    std::sort(sortedNames.begin(), sortedNames.end());
    QCOMPARE(sortedNames, expectedNames);
    QCOMPARE(names.back(), std::string("<top>/version"));
    const std::string rezipped = m_dir.filePath("rezipped.pth").toStdString();
    {
      ck::TorchZipWriter zip(rezipped, top, written.headerTag);
      for (size_t k = 0; k + 1 < entries.size(); ++k) zip.addRecord(entries[k].first, entries[k].second.data(), entries[k].second.size());
      zip.commit();
    }
    QCOMPARE(uint64_t(readFile(rezipped).size()), described["bytes"].get<uint64_t>());
    QFile::remove(QString::fromStdString(rezipped));
  }

  // (b) Re-saving the official GPT file: same data.pkl, same tensors.
  void gptResaveMatchesOfficial() {
    const std::string original = trainTiny("gpt/finetuned-e1.ckpt");
    const ck::Checkpoint official = ck::loadCheckpoint(original);
    QCOMPARE(official.metadata["info"].get<std::string>(), std::string("GPT-e1"));
    const std::string path = m_dir.filePath("tiny-e1.ckpt").toStdString();
    training::saveGptWeights(path, inFileOrder(official), official.config, "GPT-e1");

    const Bytes expected = readFile(trainTiny("gpt/finetuned-e1_data.pkl"));
    const Bytes written = dataPkl(path);
    QVERIFY2(written == expected, firstDifference(written, expected).constData());
    QVERIFY(training::gptWeightsPickle(inFileOrder(official), official.config, "GPT-e1") == expected);

    const ck::Checkpoint again = ck::loadCheckpoint(path);
    QCOMPARE(again.headerTag, std::string());
    QCOMPARE(again.order, official.order);
    for (const std::string& name : official.order) {
      QCOMPARE(again.tensors.at(name).scalar_type(), at::kHalf);
      QVERIFY2(at::equal(again.tensors.at(name), official.tensors.at(name)), name.c_str());
    }
    QCOMPARE(again.config, official.config);
    const ck::ModelIdentity id = ck::identifyModel(again);
    QCOMPARE(id.kind, ck::ModelKind::Gpt);
    QCOMPARE(id.symbolVersion, std::string("v2"));
  }

  // (c) Written SoVITS files decode exactly like the files they were copied
  // from, and both match the official decode.
  void writtenSovitsSynthesises_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("caseDir");
    QTest::newRow("v2") << "v2-tiny/sovits.pth" << "v2" << "" << "v2-tiny/case0/";
    QTest::newRow("v2Pro") << "v2pro-tiny/sovits.pth" << "v2Pro" << "05" << "v2pro-tiny/pro_case0/";
    QTest::newRow("v2ProPlus") << "v2pro-tiny/sovits_plus.pth" << "v2ProPlus" << "06" << "v2pro-tiny/proplus_case0/";
  }
  void writtenSovitsSynthesises() {
    QFETCH(QString, source);
    QFETCH(QString, version);
    QFETCH(QString, header);
    QFETCH(QString, caseDir);
    const ck::Checkpoint original = ck::loadCheckpoint(test::sharedPath("fixtures/" + source.toStdString()));
    const ck::SovitsVersion v = *ck::parseSovitsVersion(version.toStdString());
    const std::string path = m_dir.filePath("copy-" + version + ".pth").toStdString();
    training::saveSovitsWeights(path, inFileOrder(original), original.config, original.metadata["info"].get<std::string>(), v);

    const ck::Checkpoint written = ck::loadCheckpoint(path);
    QCOMPARE(QString::fromStdString(written.headerTag), header);
    const ck::ModelIdentity id = ck::identifyModel(written);
    QCOMPARE(QString(ck::toString(*id.sovitsVersion)), version);
    QCOMPARE(written.config, original.config);
    QCOMPARE(written.order, original.order);

    const sovits::SovitsModel fromOriginal = sovits::SovitsModel::load(original, v);
    const sovits::SovitsModel fromWritten = sovits::SovitsModel::load(written, v);
    const std::string dir = caseDir.toStdString();
    const bool pro = version != "v2";
    sovits::DecodeRequest request;
    request.codes = pro ? npy(dir + "semantic.npy") : npy(dir + "gpt_pred_semantic_rp1.35.npy").unsqueeze(0);
    request.phones = npy(dir + (pro ? "phones.npy" : "phones_target.npy")).unsqueeze(0);
    request.refSpecs = {npy(dir + "ref_spec.npy")};
    if (pro) request.svEmbeddings = {npy(dir + "sv_emb.npy")};
    request.noiseScale = 0.0;
    request.seed = 0;
    const at::Tensor a = fromOriginal.decode(request);
    const at::Tensor b = fromWritten.decode(request);
    QVERIFY2(at::equal(a, b), qPrintable(test::describeDiff(b, a)));  // the same fp16 weights: the same computation
    TIMBRE_COMPARE_TENSORS(b, npy(dir + "dec_wav_ns0_speed1.npy"), 1e-4);
    QFile::remove(QString::fromStdString(path));
  }

  // The inference fixture v2-tiny/sovits.pth re-saved: its data.pkl decodes
  // to the same tree. (Its bytes differ in memo references only: the script
  // that made it reused one string object for s2_ckpt_dir and data.exp_dir, and
  // for version and model.version, so Python wrote BINGETs where a trainer's
  // json-loaded config, as in train-tiny above, has separate strings.)
  void resavedOfficialSovitsDecodesAlike() {
    const std::string source = test::sharedPath("fixtures/v2-tiny/sovits.pth");
    const ck::Checkpoint original = ck::loadCheckpoint(source);
    const Bytes expected = dataPkl(source);
    const Bytes written = training::sovitsWeightsPickle(inFileOrder(original), original.config, original.metadata["info"].get<std::string>());
    const auto a = ck::unpickle(written.data(), written.size(), "written");
    const auto b = ck::unpickle(expected.data(), expected.size(), "official");
    QCOMPARE(ck::toJson(a.root), ck::toJson(b.root));
  }

  // (d) Failures name the path and leave nothing behind.
  void missingFolderFails() {
    const ck::Checkpoint gpt = ck::loadCheckpoint(test::sharedPath("fixtures/v2-tiny/gpt.ckpt"));
    const QString folder = m_dir.filePath("not-there");
    const std::string path = (folder + "/tiny-e8.ckpt").toStdString();
    try {
      training::saveGptWeights(path, inFileOrder(gpt), gpt.config, "GPT-e8");
      QFAIL("saving into a missing folder succeeded");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::Io);
      QVERIFY2(QString(e.what()).contains(QString::fromStdString(path)), e.what());
      QVERIFY2(QString(e.what()).contains("does not exist"), e.what());
    }
    QVERIFY(!QFileInfo::exists(folder));
  }

  void readOnlyFolderFails() {
    const ck::Checkpoint sovits = ck::loadCheckpoint(test::sharedPath("fixtures/v2-tiny/sovits.pth"));
    // root ignores permission bits; the read-only /sys stands in there.
    QString folder = "/sys";
    if (geteuid() != 0) {
      folder = m_dir.filePath("locked");
      QVERIFY(QDir().mkdir(folder));
      QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    const std::string path = (folder + "/timbre-test-e8.pth").toStdString();
    bool failed = false;
    try {
      training::saveSovitsWeights(path, inFileOrder(sovits), sovits.config, "8epoch_96iteration", ck::SovitsVersion::V2);
    } catch (const Error& e) {
      failed = true;
      QCOMPARE(e.code(), ErrorCode::Io);
      QVERIFY2(QString(e.what()).contains(QString::fromStdString(path)), e.what());
    }
    if (folder != "/sys") QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY2(failed, "saving into a read-only folder succeeded");
    QVERIFY(QDir(folder).entryList(QStringList{"*timbre-test-e8*"}, QDir::Files | QDir::Hidden).isEmpty());
  }

  // A failed save (a tensor that cannot be stored) leaves the previous file intact.
  void failedSaveKeepsExistingFile() {
    const ck::Checkpoint gpt = ck::loadCheckpoint(test::sharedPath("fixtures/v2-tiny/gpt.ckpt"));
    QTemporaryDir dir;
    const std::string path = dir.filePath("tiny-e8.ckpt").toStdString();
    training::saveGptWeights(path, inFileOrder(gpt), gpt.config, "GPT-e8");
    const Bytes before = readFile(path);
    OrderedTensors broken = inFileOrder(gpt);
    broken.emplace_back("model.broken", at::Tensor());
    QVERIFY_THROWS_EXCEPTION(Error, training::saveGptWeights(path, broken, gpt.config, "GPT-e9"));
    QVERIFY(readFile(path) == before);
    QCOMPARE(filesIn(dir.path()), QStringList{"tiny-e8.ckpt"});
    QCOMPARE(ck::loadCheckpoint(path).metadata["info"].get<std::string>(), std::string("GPT-e8"));
  }
};

QTEST_MAIN(TestWeightsFiles)
#include "TestWeightsFiles.moc"
