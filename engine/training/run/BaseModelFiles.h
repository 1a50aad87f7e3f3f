#pragma once
// The pretrained files a fine-tune starts from, found the way `say --models`
// finds a model set, then checked for what training needs beyond inference: the
// SoVITS generator must still have its posterior encoder (enc_q), and its
// discriminator must be there.
#include <string>

namespace timbre::training {

struct TrainingRunOptions;

struct BaseModelFiles {
  std::string sovits;         // pretrained s2G (.pth, with enc_q)
  std::string discriminator;  // pretrained s2D (.pth)
  std::string gpt;            // pretrained s1 (.ckpt)
  std::string hubert, bert, speaker;
};

// Throws timbre::Error naming the folder or file and what is missing.
BaseModelFiles findBaseModelFiles(const TrainingRunOptions& options);

// The discriminator beside a generator: the WebUI's name rule (s2G… → s2D…),
// else the only .pth in that folder holding a discriminator. Empty when none.
std::string findDiscriminatorBeside(const std::string& generatorPath);

}  // namespace timbre::training
