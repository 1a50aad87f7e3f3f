#pragma once
// The GPT training set as the official Text2SemanticDataset builds it
// (AR/data/dataset.py), its batch-size rule and bucket sampler
// (AR/data/data_module.py, AR/data/bucket_sampler.py) and its collate.
#include "text/PhoneTable.h"
#include "training/gpt/GptBatch.h"

#include <ATen/ATen.h>

#include <string>
#include <vector>

namespace timbre::training::gpt {

// One prepared utterance: the 6-name2semantic row joined with its
// 2-name2text phones and its 3-bert features.
struct GptSourceItem {
  std::string name;                 // the item key (the wav's basename)
  std::vector<std::string> phones;  // phone symbols
  std::vector<int64_t> semantic;    // semantic tokens, 25 per second
  at::Tensor bert;                  // [1024, phones] float, or undefined (English: zeros)
};

struct GptTrainItem {
  std::string name;
  std::vector<int64_t> phoneIds;
  std::vector<int64_t> semantic;
  at::Tensor bert;  // [1024, phones] float CPU, or undefined
  double seconds() const { return static_cast<double>(semantic.size()) / 25.0; }
};

struct DroppedItem {
  std::string name;
  std::string reason;  // for a person: which limit, and the item's value
};

struct GptDatasetOptions {
  int maxSec = 54;               // config data.max_sec: tokens > maxSec·25 are dropped, phones > maxSec·25/2.5
  double minPhonesPerSecond = 3;
  double maxPhonesPerSecond = 25;
  int minItems = 100;            // smaller sets are replicated max(2, int(100/n)) times
  text::PhoneTableVersion phoneTable = text::PhoneTableVersion::V2;
};

struct GptDataset {
  std::vector<GptTrainItem> items;   // kept items, replicated (replicas share their BERT tensor)
  std::vector<DroppedItem> dropped;  // in source order
  int64_t distinctItems = 0;         // kept before replication
  int replication = 1;
};

// Applies the official filters in the official order (token count, unknown
// phone, phone count, phones per second) and the replication. Throws
// timbre::Error(InvalidArgument) listing the reasons when nothing is left (the
// official trainer dies there with a ZeroDivisionError), and when a BERT
// tensor's length differs from its phones (naming the item).
GptDataset buildGptDataset(const std::vector<GptSourceItem>& source, const GptDatasetOptions& options = {});

// max(min(requested // (2 if dpo), datasetLength // 4), 1): the official rule
// that keeps at least four batches per epoch.
int64_t gptBatchSize(int64_t requested, int64_t datasetLength, bool dpo);

// The bucket sampler: items sorted by duration (stable), buckets closed when an
// item reaches the bucket's limit (2 s, +2 s per closed bucket). Each epoch:
// Python random.seed(epoch), every bucket shuffled (a copy), concatenated, cut
// into chunks of batchSize, the chunks shuffled; the DataLoader then cuts the
// concatenation into batches of batchSize again.
class GptBucketSampler {
 public:
  GptBucketSampler(const std::vector<double>& seconds, int64_t batchSize);
  const std::vector<std::vector<int64_t>>& buckets() const { return m_buckets; }
  int64_t batchSize() const { return m_batchSize; }
  // epoch: 0-based (Lightning's current_epoch).
  std::vector<int64_t> epochIndices(int epoch) const;
  std::vector<std::vector<int64_t>> epochBatches(int epoch) const;
  int64_t batchesPerEpoch() const;

 private:
  std::vector<std::vector<int64_t>> m_buckets;
  int64_t m_batchSize;
  int64_t m_size = 0;
};

std::vector<double> itemSeconds(const GptDataset& dataset);

// Text2SemanticDataset.collate of the given items: phones padded with 0,
// tokens with padToken (1024), BERT zero-padded (zeros for items without one).
GptBatch collateGptBatch(const GptDataset& dataset, const std::vector<int64_t>& indices, int64_t padToken = 1024);

}  // namespace timbre::training::gpt
