#include "training/gpt/GptDataset.h"

#include "timbre/Error.h"
#include "training/common/PythonRandom.h"

#include <algorithm>
#include <numeric>

namespace timbre::training::gpt {
namespace {

constexpr double kTokensPerSecond = 25.0;  // hz "25hz"

std::string number(double v) {
  std::string s = std::to_string(v);
  while (s.size() > 1 && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

GptDataset buildGptDataset(const std::vector<GptSourceItem>& source, const GptDatasetOptions& options) {
  const text::PhoneTable& table = text::PhoneTable::get(options.phoneTable);
  const double maxTokens = options.maxSec * kTokensPerSecond;
  const double maxPhones = options.maxSec * kTokensPerSecond / 2.5;
  GptDataset out;
  std::vector<GptTrainItem> kept;
  for (const auto& item : source) {
    const auto drop = [&](const std::string& reason) { out.dropped.push_back({item.name, reason}); };
    if (static_cast<double>(item.semantic.size()) > maxTokens) {
      drop(std::to_string(item.semantic.size()) + " semantic tokens (" + number(item.semantic.size() / kTokensPerSecond) +
           " s), more than " + number(maxTokens) + " (" + std::to_string(options.maxSec) + " s)");
      continue;
    }
    GptTrainItem t;
    t.name = item.name;
    std::string unknown;
    for (const auto& phone : item.phones) {
      const auto id = table.id(phone);
      if (!id) {
        unknown = phone;
        break;
      }
      t.phoneIds.push_back(*id);
    }
    if (!unknown.empty()) {
      drop("unknown phone '" + unknown + "'");
      continue;
    }
    if (static_cast<double>(t.phoneIds.size()) > maxPhones) {
      drop(std::to_string(t.phoneIds.size()) + " phones, more than " + number(maxPhones));
      continue;
    }
    const double perSecond =
        static_cast<double>(t.phoneIds.size()) / (static_cast<double>(item.semantic.size()) / kTokensPerSecond);
    if (item.semantic.empty() || perSecond > options.maxPhonesPerSecond || perSecond < options.minPhonesPerSecond) {
      drop(number(perSecond) + " phones per second, outside [" + number(options.minPhonesPerSecond) + ", " +
           number(options.maxPhonesPerSecond) + "] (the text does not match the audio's length)");
      continue;
    }
    if (item.bert.defined()) {
      if (item.bert.dim() != 2 || item.bert.size(1) != static_cast<int64_t>(t.phoneIds.size()))
        throw Error(ErrorCode::InvalidArgument,
                    item.name + ": the BERT features cover " +
                        (item.bert.dim() == 2 ? std::to_string(item.bert.size(1)) : std::string("?")) +
                        " phones, the text has " + std::to_string(t.phoneIds.size()) +
                        " (stale features from an earlier text?)");
      t.bert = item.bert.to(at::kCPU, at::kFloat).contiguous();
    }
    t.semantic = item.semantic;
    kept.push_back(std::move(t));
  }
  out.distinctItems = static_cast<int64_t>(kept.size());
  if (kept.empty()) {
    std::string reasons;
    for (const auto& d : out.dropped) reasons += "\n  " + d.name + ": " + d.reason;
    throw Error(ErrorCode::InvalidArgument, "no usable GPT training items (" + std::to_string(source.size()) +
                                                " given)" + (reasons.empty() ? std::string() : ":" + reasons));
  }
  if (out.distinctItems < options.minItems)
    out.replication = std::max<int>(2, static_cast<int>(options.minItems / out.distinctItems));
  for (int r = 0; r < out.replication; ++r) out.items.insert(out.items.end(), kept.begin(), kept.end());
  return out;
}

int64_t gptBatchSize(int64_t requested, int64_t datasetLength, bool dpo) {
  return std::max<int64_t>(std::min<int64_t>(requested / (dpo ? 2 : 1), datasetLength / 4), 1);
}

std::vector<double> itemSeconds(const GptDataset& dataset) {
  std::vector<double> out;
  for (const auto& item : dataset.items) out.push_back(item.seconds());
  return out;
}

GptBucketSampler::GptBucketSampler(const std::vector<double>& seconds, int64_t batchSize)
    : m_batchSize(std::max<int64_t>(1, batchSize)), m_size(static_cast<int64_t>(seconds.size())) {
  std::vector<int64_t> order(seconds.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) { return seconds[a] < seconds[b]; });
  const double width = 2.0;
  double limit = width;
  std::vector<int64_t> current;
  for (int64_t id : order) {
    if (seconds[id] < limit) {
      current.push_back(id);
    } else {
      // Closes the bucket even when empty, and raises the limit once only, like the official loop.
      m_buckets.push_back(std::move(current));
      current = {id};
      limit += width;
    }
  }
  if (!current.empty()) m_buckets.push_back(std::move(current));
}

std::vector<int64_t> GptBucketSampler::epochIndices(int epoch) const {
  PythonRandom rng(epoch);
  std::vector<int64_t> all;
  for (const auto& bucket : m_buckets) {
    std::vector<int64_t> copy = bucket;
    rng.shuffle(copy);
    all.insert(all.end(), copy.begin(), copy.end());
  }
  std::vector<std::vector<int64_t>> chunks;
  for (size_t i = 0; i < all.size(); i += m_batchSize)
    chunks.emplace_back(all.begin() + i, all.begin() + std::min(all.size(), i + m_batchSize));
  rng.shuffle(chunks);
  std::vector<int64_t> out;
  for (const auto& c : chunks) out.insert(out.end(), c.begin(), c.end());
  return out;
}

std::vector<std::vector<int64_t>> GptBucketSampler::epochBatches(int epoch) const {
  const std::vector<int64_t> indices = epochIndices(epoch);
  std::vector<std::vector<int64_t>> out;
  for (size_t i = 0; i < indices.size(); i += m_batchSize)
    out.emplace_back(indices.begin() + i, indices.begin() + std::min(indices.size(), i + m_batchSize));
  return out;
}

int64_t GptBucketSampler::batchesPerEpoch() const { return (m_size + m_batchSize - 1) / m_batchSize; }

GptBatch collateGptBatch(const GptDataset& dataset, const std::vector<int64_t>& indices, int64_t padToken) {
  const int64_t count = static_cast<int64_t>(indices.size());
  int64_t maxPhones = 0, maxTokens = 0;
  for (int64_t i : indices) {
    const auto& item = dataset.items.at(i);
    maxPhones = std::max<int64_t>(maxPhones, item.phoneIds.size());
    maxTokens = std::max<int64_t>(maxTokens, item.semantic.size());
  }
  GptBatch b;
  b.phonemeIds = at::zeros({count, maxPhones}, at::kLong);
  b.phonemeLens = at::zeros({count}, at::kLong);
  b.semanticIds = at::full({count, maxTokens}, padToken, at::kLong);
  b.semanticLens = at::zeros({count}, at::kLong);
  b.bert = at::zeros({count, 1024, maxPhones}, at::kFloat);
  auto phones = b.phonemeIds.accessor<int64_t, 2>();
  auto tokens = b.semanticIds.accessor<int64_t, 2>();
  for (int64_t r = 0; r < count; ++r) {
    const auto& item = dataset.items.at(indices[r]);
    for (size_t j = 0; j < item.phoneIds.size(); ++j) phones[r][j] = item.phoneIds[j];
    for (size_t j = 0; j < item.semantic.size(); ++j) tokens[r][j] = item.semantic[j];
    b.phonemeLens[r] = static_cast<int64_t>(item.phoneIds.size());
    b.semanticLens[r] = static_cast<int64_t>(item.semantic.size());
    if (item.bert.defined()) b.bert[r].narrow(1, 0, item.bert.size(1)).copy_(item.bert);
  }
  return b;
}

}  // namespace timbre::training::gpt
