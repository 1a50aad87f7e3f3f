#pragma once
// The train-tiny GPT fixtures (../shared/fixtures/train-tiny/gpt) for the GPT
// training tests: the manifest section, the collated batches, the starting
// model and digest comparisons that leave out the attention key-bias slices,
// whose gradients are rounding noise (manifest gpt.zero_gradient_slices).
#include "checkpoint/Checkpoint.h"
#include "support/TestSupport.h"
#include "tensor/Npy.h"
#include "timbre/Error.h"
#include "training/common/TensorDigest.h"
#include "training/gpt/GptBatch.h"
#include "training/gpt/GptDigestCheck.h"
#include "training/gpt/GptDataset.h"
#include "training/gpt/GptPrepFiles.h"

#include <QString>
#include <nlohmann/json.hpp>

#include <string>
#include <tuple>
#include <vector>

namespace timbre::test::gpttrain {

inline std::string path(const std::string& relative) {
  return sharedPath("fixtures/train-tiny/" + relative);
}
inline const nlohmann::json& manifest() {
  static const nlohmann::json m = readJsonFile(path("manifest.json"));
  return m;
}
inline const nlohmann::json& gptSection() { return manifest().at("gpt"); }
inline at::Tensor npy(const std::string& name) { return tensor::readNpy(path("gpt/" + name)); }
inline checkpoint::Checkpoint initialCheckpoint() { return checkpoint::loadCheckpoint(path("gpt/s1_init.ckpt")); }

// "unequal" (items 0, 1, 2) or "equal" (items 2, 3, 4).
inline training::gpt::GptBatch batch(const std::string& which) {
  const std::string p = "batch_" + which + "_";
  return {npy(p + "phoneme_ids.npy"), npy(p + "phoneme_ids_len.npy"), npy(p + "semantic_ids.npy"),
          npy(p + "semantic_ids_len.npy"), npy(p + "bert_feature.npy")};
}

inline training::DigestTable digestTable() {
  return training::DigestTable::load(gptSection().at("param_digest_table"), path("gpt/param_digest_index.npy"));
}

inline std::vector<training::gpt::ZeroGradientSlice> zeroGradientSlices() {
  return training::gpt::zeroGradientSlices(gptSection().at("zero_gradient_slices"));
}

// Every digest row within relOfNorm·‖expected‖ (+ absLimit; absLimit alone when
// relOfNorm is 0), the key-bias slices left out. Returns the failures.
inline QString compareDigest(const training::TensorLookup& lookup, const std::string& valuesFile,
                             double relOfNorm, double absLimit) {
  const training::DigestTable table = digestTable();
  QString failures;
  for (const auto& m : training::gpt::compareDigestOutsideSlices(
           table, tensor::readNpy(path("gpt/param_digest_index.npy")), table.sample(lookup), table.stats(lookup),
           npy(valuesFile + ".npy"), npy(valuesFile + "_stats.npy"), relOfNorm, absLimit, zeroGradientSlices()))
    failures += QString::fromStdString(m.name + ": " + m.detail + " > " + std::to_string(m.limit) + "; ");
  return failures;
}

// The set's official prepared files as GPT training items.
inline std::vector<training::gpt::GptSourceItem> preparedItems() {
  return training::gpt::readGptPrepFiles(path("prep/6-name2semantic.tsv"), path("prep/2-name2text.txt"),
                                         path("prep/bert"))
      .items;
}

}  // namespace timbre::test::gpttrain
