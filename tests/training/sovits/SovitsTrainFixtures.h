#pragma once
// The train-tiny SoVITS fixtures for the trainer's tests: manifest sections,
// .npy files, the xz-compressed starting weights (decompressed once per test
// process with the system's xz) and digest comparisons.
#include "checkpoint/Checkpoint.h"
#include "training/common/TensorDigest.h"
#include "training/sovits/SovitsTrainModel.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace timbre::test::sovitstrain {

const nlohmann::json& manifest();
// fixtures/train-tiny/<relative>
std::string trainTinyPath(const std::string& relative);
at::Tensor npy(const std::string& relative);
// Decompresses sovits_<version>/<file>.pth.xz into a temporary folder (kept for the
// process) and loads it. Throws std::runtime_error when xz fails.
checkpoint::Checkpoint initialWeights(const std::string& version, const std::string& stem);
// The decompressed file's path (same temporary folder, "<stem>.pth").
std::string initialWeightsPath(const std::string& version, const std::string& stem);
// The digest table of "G" or "D" for a version.
training::DigestTable digestTable(const std::string& version, const std::string& model);
// "" when every row is within tolerance, else the first few mismatches in words.
std::string compareDigest(const training::DigestTable& table, const training::TensorLookup& lookup,
                          const std::string& version, const std::string& expectedStem, double relOfNorm,
                          double absLimit, const std::vector<std::string>& skip = {});

// Weights after an AdamW step: entries within absLimit; each tensor's norm within
// absLimit plus its rounding-noise slack (SovitsDigestCheck.h: noiseLevelNormSlack),
// since Adam's first step turns noise-level gradients into ±lr steps of either sign.
std::string compareStepWeights(const training::DigestTable& table, const training::TensorLookup& weights,
                               const std::string& version, const std::string& expectedStem, double absLimit,
                               const std::vector<std::string>& skip, const std::map<std::string, double>& noiseSlack);

// "" when `mismatches` is empty, else the first few in words under `stem`.
std::string describe(const std::string& stem, const std::vector<training::DigestMismatch>& mismatches);

// The collated batch the official run trained on (sovits_data/batch_*.npy);
// withSv adds the v2Pro speaker embeddings.
training::SovitsBatch fixtureBatch(bool withSv);

inline bool closeRel(double actual, double expected, double rel) {
  return std::abs(actual - expected) <= rel * std::abs(expected);
}

}  // namespace timbre::test::sovitstrain

// A scalar within `rel` of the official value, printing both when it is not.
#define COMPARE_REL(actual, expected, rel)                                                           \
  QVERIFY2(timbre::test::sovitstrain::closeRel((actual), (expected), (rel)),                       \
           qPrintable(QStringLiteral(#actual " = %1, official %2").arg((actual), 0, 'g', 10).arg((expected), 0, 'g', 10)))
