#include "SovitsTrainFixtures.h"

#include "support/SharedData.h"
#include "tensor/Npy.h"
#include "training/sovits/SovitsDigestCheck.h"

#include <QProcess>
#include <QTemporaryDir>


#include <map>
#include <memory>
#include <stdexcept>

namespace timbre::test::sovitstrain {

const nlohmann::json& manifest() {
  static const nlohmann::json m = readJsonFile(trainTinyPath("manifest.json"));
  return m;
}

std::string trainTinyPath(const std::string& relative) { return sharedPath("fixtures/train-tiny/" + relative); }

at::Tensor npy(const std::string& relative) { return tensor::readNpy(trainTinyPath(relative)); }

std::string initialWeightsPath(const std::string& version, const std::string& stem) {
  static QTemporaryDir folder;
  const std::string source = trainTinyPath("sovits_" + version + "/" + stem + ".pth.xz");
  const QString target = folder.filePath(QString::fromStdString(stem + ".pth"));
  if (!QFile::exists(target)) {
    QProcess xz;
    xz.setStandardOutputFile(target + ".partial");
    xz.start("xz", {"-dc", QString::fromStdString(source)});
    if (!xz.waitForFinished(120000) || xz.exitCode() != 0)
      throw std::runtime_error("xz -dc " + source + " failed");
    QFile::rename(target + ".partial", target);
  }
  return target.toStdString();
}

checkpoint::Checkpoint initialWeights(const std::string& version, const std::string& stem) {
  return checkpoint::loadCheckpoint(initialWeightsPath(version, stem));
}

training::DigestTable digestTable(const std::string& version, const std::string& model) {
  const std::string section = "sovits_" + version;
  return training::DigestTable::load(manifest().at(section).at(model + "_digest_table"),
                                     trainTinyPath(section + "/" + model + "_digest_index.npy"));
}

std::string compareDigest(const training::DigestTable& table, const training::TensorLookup& lookup,
                          const std::string& version, const std::string& expectedStem, double relOfNorm,
                          double absLimit, const std::vector<std::string>& skip) {
  const std::string base = "sovits_" + version + "/" + expectedStem;
  return describe(expectedStem, table.compare(table.sample(lookup), table.stats(lookup), npy(base + ".npy"),
                                              npy(base + "_stats.npy"), relOfNorm, absLimit, skip));
}

std::string compareStepWeights(const training::DigestTable& table, const training::TensorLookup& weights,
                               const std::string& version, const std::string& expectedStem, double absLimit,
                               const std::vector<std::string>& skip, const std::map<std::string, double>& noiseSlack) {
  const std::string base = "sovits_" + version + "/" + expectedStem;
  return describe(expectedStem, training::compareWithNormSlack(table, table.sample(weights), table.stats(weights),
                                                               npy(base + ".npy"), npy(base + "_stats.npy"), absLimit,
                                                               skip, noiseSlack));
}

std::string describe(const std::string& stem, const std::vector<training::DigestMismatch>& mismatches) {
  std::string out;
  for (size_t i = 0; i < mismatches.size() && i < 6; ++i)
    out += mismatches[i].name + ": error " + std::to_string(mismatches[i].error) + " > " +
           std::to_string(mismatches[i].limit) + " (" + mismatches[i].detail + "); ";
  if (!mismatches.empty()) out = stem + ": " + std::to_string(mismatches.size()) + " tensors off: " + out;
  return out;
}

training::SovitsBatch fixtureBatch(bool withSv) {
  training::SovitsBatch b;
  b.ssl = npy("sovits_data/batch_ssl.npy");
  b.sslLengths = npy("sovits_data/batch_ssl_lengths.npy");
  b.spec = npy("sovits_data/batch_spec.npy");
  b.specLengths = npy("sovits_data/batch_spec_lengths.npy");
  b.wav = npy("sovits_data/batch_wav.npy");
  b.wavLengths = npy("sovits_data/batch_wav_lengths.npy");
  b.text = npy("sovits_data/batch_text.npy");
  b.textLengths = npy("sovits_data/batch_text_lengths.npy");
  if (withSv) b.sv = npy("sovits_data/batch_sv_emb.npy");
  return b;
}

}  // namespace timbre::test::sovitstrain
