#pragma once
// GPT training items from the official prepared files of an experiment
// folder: 6-name2semantic.tsv (header, then "name\tcodes"), 2-name2text.txt
// ("name\tphones\tword2ph\ttext") and the BERT features as
// <bertFolder>/<name>.npy ([1024, phones] float32; absent = zeros, as the
// official dataset treats a missing 3-bert file). Rows are taken in the TSV's
// order, as Text2SemanticDataset does.
#include "training/gpt/GptDataset.h"

#include <string>
#include <vector>

namespace timbre::training::gpt {

struct GptPrepFiles {
  std::vector<GptSourceItem> items;
  std::vector<DroppedItem> dropped;  // TSV rows without a 2-name2text line
};

// Throws timbre::Error(Io) naming an unreadable file and (CorruptFile) naming
// the file and line of a malformed row.
GptPrepFiles readGptPrepFiles(const std::string& name2semanticPath, const std::string& name2textPath,
                              const std::string& bertFolder);

}  // namespace timbre::training::gpt
