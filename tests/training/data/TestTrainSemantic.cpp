// Semantic tokens (3-get-semantic.py) with the base SoVITS's quantizer: the
// given 4-cnhubert features through the v2 and v2Pro starting generators
// (shipped as .pth.xz) give 6-name2semantic.tsv byte for byte.
#include "checkpoint/Checkpoint.h"
#include "models/sovits/SovitsModel.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"
#include "tensor/Npy.h"
#include "training/data/AtomicFile.h"
#include "training/data/PrepFiles.h"
#include "training/data/XzFile.h"

#include <QtTest/QtTest>

using namespace timbre;
using namespace timbre::training::data;

class TestTrainSemantic : public QObject {
  Q_OBJECT

  nlohmann::json m_items;

  static std::string tiny(const std::string& rel) { return test::sharedPath("fixtures/train-tiny/" + rel); }

  void checkVersion(const std::string& folder, const std::string& file, checkpoint::SovitsVersion version,
                    const std::string& expectedTsv, const std::string& lengthKey) {
    const std::string path = tiny(folder + "/" + file);
    const auto checkpoint = checkpoint::loadCheckpointFromMemory(readXzFile(path), path);
    const auto model = sovits::SovitsModel::load(checkpoint, version);
    std::vector<Name2SemanticLine> lines;
    for (const auto& item : m_items) {
      const std::string name = item.at("name");
      const at::Tensor codes = model.extractLatent(tensor::readNpy(tiny("prep/cnhubert/" + name + ".npy")));
      QCOMPARE(codes.numel(), item.at("semantic_len").at(lengthKey).get<int64_t>());
      lines.push_back({name, codes});
    }
    const std::string actual = name2SemanticBytes(lines);
    const std::string expected = readWholeFile(tiny("prep/" + expectedTsv));
    QVERIFY2(actual == expected, qPrintable(QString::fromStdString(expectedTsv + " differs:\n" + actual)));
  }

 private slots:
  void initTestCase() {
    m_items = test::readJsonFile(tiny("manifest.json")).at("prep").at("items");
    QCOMPARE(m_items.size(), size_t(5));
  }

  void v2TokensMatchOfficial() {
    checkVersion("sovits_v2", "s2G_v2_init.pth.xz", checkpoint::SovitsVersion::V2, "6-name2semantic.tsv", "v2");
  }

  void v2ProTokensMatchOfficial() {
    checkVersion("sovits_v2Pro", "s2G_v2Pro_init.pth.xz", checkpoint::SovitsVersion::V2Pro,
                 "6-name2semantic_v2Pro.tsv", "v2Pro");
  }

  void brokenXzIsRefusedByName() {
    try {
      readXzFile(tiny("prep/tiny.list"));
      QFAIL("no error");
    } catch (const timbre::Error& e) {
      QCOMPARE(e.code(), ErrorCode::CorruptFile);
      QVERIFY(std::string(e.what()).find("tiny.list") != std::string::npos);
    }
  }
};

QTEST_GUILESS_MAIN(TestTrainSemantic)
#include "TestTrainSemantic.moc"
