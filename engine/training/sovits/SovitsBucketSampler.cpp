#include "training/sovits/SovitsBucketSampler.h"

#include "timbre/Error.h"
#include "training/common/PythonRandom.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <string>

namespace timbre::training {

namespace {

// at::randperm(n) from a generator, as a plain list.
std::vector<int64_t> permutation(int64_t n, at::Generator& generator) {
  const at::Tensor perm = at::randperm(n, generator, at::TensorOptions().dtype(at::kLong));
  const int64_t* p = perm.data_ptr<int64_t>();
  return std::vector<int64_t>(p, p + n);
}

}  // namespace

std::vector<int64_t> sovitsDatasetOrder(int64_t distinctItems, int64_t minimumItems) {
  if (distinctItems <= 0)
    throw Error(ErrorCode::InvalidArgument, "the SoVITS training set has no usable items");
  const int64_t copies = distinctItems < minimumItems ? std::max<int64_t>(2, minimumItems / distinctItems) : 1;
  std::vector<int64_t> order;
  order.reserve(size_t(copies * distinctItems));
  for (int64_t c = 0; c < copies; ++c)
    for (int64_t i = 0; i < distinctItems; ++i) order.push_back(i);
  PythonRandom random(1234);
  random.shuffle(order);
  return order;
}

std::vector<int64_t> sovitsBucketBoundaries() {
  return {32, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900};
}

SovitsBucketSampler::SovitsBucketSampler(std::vector<int64_t> lengths, int64_t batchSize,
                                         std::vector<int64_t> boundaries)
    : m_lengths(std::move(lengths)), m_batchSize(batchSize) {
  if (batchSize < 1) throw Error(ErrorCode::InvalidArgument, "the batch size must be at least 1");
  std::vector<std::vector<int64_t>> buckets(boundaries.size() > 0 ? boundaries.size() - 1 : 0);
  for (size_t i = 0; i < m_lengths.size(); ++i) {
    // bucket b holds boundaries[b] < length <= boundaries[b+1]
    for (size_t b = 0; b + 1 < boundaries.size(); ++b)
      if (boundaries[b] < m_lengths[i] && m_lengths[i] <= boundaries[b + 1]) {
        buckets[b].push_back(int64_t(i));
        break;
      }
  }
  for (auto& bucket : buckets) {
    if (bucket.empty()) continue;
    const int64_t size = int64_t(bucket.size());
    const int64_t rem = (batchSize - size % batchSize) % batchSize;
    m_samplesPerBucket.push_back(size + rem);
    m_buckets.push_back(std::move(bucket));
  }
  if (m_buckets.empty())
    throw Error(ErrorCode::InvalidArgument,
                "no training clip is between 0.64 s and 38 s long (" + std::to_string(m_lengths.size()) + " items)");
}

int64_t SovitsBucketSampler::batchesPerEpoch() const {
  int64_t total = 0;
  for (int64_t n : m_samplesPerBucket) total += n / m_batchSize;
  return total;
}

std::vector<std::vector<int64_t>> SovitsBucketSampler::batches(int64_t epoch) const {
  at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(uint64_t(epoch));
  std::vector<std::vector<int64_t>> shuffled;
  for (const auto& bucket : m_buckets) shuffled.push_back(permutation(int64_t(bucket.size()), generator));

  std::vector<std::vector<int64_t>> batches;
  for (size_t b = 0; b < m_buckets.size(); ++b) {
    const std::vector<int64_t>& bucket = m_buckets[b];
    const int64_t size = int64_t(bucket.size());
    // ids + ids·(rem // len) + ids[: rem % len]
    std::vector<int64_t> ids = shuffled[b];
    const int64_t rem = m_samplesPerBucket[b] - size;
    for (int64_t r = 0; r < rem / size; ++r) ids.insert(ids.end(), shuffled[b].begin(), shuffled[b].end());
    ids.insert(ids.end(), shuffled[b].begin(), shuffled[b].begin() + rem % size);
    for (size_t j = 0; j + size_t(m_batchSize) <= ids.size(); j += size_t(m_batchSize)) {
      std::vector<int64_t> batch;
      for (size_t k = j; k < j + size_t(m_batchSize); ++k) batch.push_back(bucket[size_t(ids[k])]);
      batches.push_back(std::move(batch));
    }
  }
  const std::vector<int64_t> order = permutation(int64_t(batches.size()), generator);
  std::vector<std::vector<int64_t>> out;
  for (int64_t i : order) out.push_back(batches[size_t(i)]);
  return out;
}

}  // namespace timbre::training
