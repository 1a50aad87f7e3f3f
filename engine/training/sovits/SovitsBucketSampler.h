#pragma once
// The order in which s2_train visits its items:
//  - the dataset list (module/data_utils.py::TextAudioSpeakerLoader): fewer than
//    100 items are replicated max(2, int(100/n)) times, then shuffled once with
//    random.seed(1234) (CPython's MT19937, so portable);
//  - the batches (DistributedBucketSampler, one replica): items bucketed by
//    length between the boundaries, each bucket padded to a multiple of the
//    batch size with its own shuffled ids, and per epoch a torch.randperm per
//    bucket and one over the batches, from a CPU generator seeded with the
//    epoch (libtorch's generator gives the same permutations as PyTorch's).
#include <cstdint>
#include <vector>

namespace timbre::training {

// Positions into the distinct-item list, in dataset order (before the length
// filter, which keeps this order). `minimumItems` is the official 100 (tests
// lower it to train on one copy). Throws timbre::Error(InvalidArgument) for n = 0.
std::vector<int64_t> sovitsDatasetOrder(int64_t distinctItems, int64_t minimumItems = 100);

// s2_train.py's boundaries in spectrogram frames (50 per second).
std::vector<int64_t> sovitsBucketBoundaries();

class SovitsBucketSampler {
 public:
  // lengths: per dataset item (filesize // 1280). Items at or below the first
  // boundary or above the last are dropped, as the official sampler does.
  SovitsBucketSampler(std::vector<int64_t> lengths, int64_t batchSize,
                      std::vector<int64_t> boundaries = sovitsBucketBoundaries());

  // The batches of one epoch (1-based, as set_epoch receives it), each a list of dataset indices.
  std::vector<std::vector<int64_t>> batches(int64_t epoch) const;
  // len(loader): batches per epoch.
  int64_t batchesPerEpoch() const;

  const std::vector<std::vector<int64_t>>& buckets() const { return m_buckets; }
  const std::vector<int64_t>& samplesPerBucket() const { return m_samplesPerBucket; }

 private:
  std::vector<int64_t> m_lengths;
  int64_t m_batchSize;
  std::vector<std::vector<int64_t>> m_buckets;
  std::vector<int64_t> m_samplesPerBucket;
};

}  // namespace timbre::training
