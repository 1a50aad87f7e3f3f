#include "training/gpt/GptTrainer.h"

#include "checkpoint/Checkpoint.h"
#include "timbre/Error.h"
#include "training/common/TrainingState.h"
#include "training/common/TrainingThreads.h"
#include "training/common/WeightsFiles.h"
#include "training/gpt/DpoRejects.h"
#include "training/gpt/GptTrainModel.h"
#include "training/gpt/ScaledAdam.h"

#include <ATen/CPUGeneratorImpl.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <mutex>

namespace fs = std::filesystem;

namespace timbre::training::gpt {
namespace {

// One generator position per batch: a run resumed at an epoch boundary draws
// the same dropout masks and rejects as an uninterrupted one.
uint64_t batchSeed(uint64_t seed, int64_t globalBatch) { return seed * 1000003ull + uint64_t(globalBatch); }

at::Generator dropoutGenerator(at::Device device, uint64_t seed) {
  if (device.is_cpu()) return at::detail::createCPUGenerator(seed);
  at::Generator generator = at::globalContext().defaultGenerator(device);
  std::lock_guard<std::mutex> lock(generator.mutex());
  generator.set_current_seed(seed);
  return generator;
}

std::vector<std::pair<std::string, at::Tensor>> namedParameters(const ParameterSet& parameters) {
  std::vector<std::pair<std::string, at::Tensor>> out;
  for (const auto& e : parameters.entries())
    if (!e.buffer && !e.frozen) out.emplace_back(e.name, e.tensor);
  return out;
}

// The base file's config with this run's settings, as the WebUI writes them into the YAML.
nlohmann::json runConfig(const nlohmann::json& base, const GptTrainingOptions& o) {
  nlohmann::json config = base.is_object() ? base : nlohmann::json::object();
  nlohmann::json& train = config["train"];
  if (!train.is_object()) train = nlohmann::json::object();
  train["batch_size"] = o.batchSize;
  train["epochs"] = o.epochs;
  train["save_every_n_epoch"] = o.saveEveryEpochs;
  train["exp_name"] = o.experimentName;
  train["if_dpo"] = o.dpo;
  train["if_save_latest"] = true;
  train["if_save_every_weights"] = true;
  train["half_weights_save_dir"] = o.weightsFolder;
  train["precision"] = "32";
  train["seed"] = o.seed;
  config["pretrained_s1"] = o.baseModel;
  return config;
}

bool finite(const at::Tensor& loss) { return std::isfinite(loss.item<double>()); }

}  // namespace

std::vector<GptSourceItem> gptSourceItems(const data::PreparedDataset& dataset) {
  std::vector<GptSourceItem> out;
  for (const auto& item : dataset.items) {
    GptSourceItem s;
    s.name = item.name;
    s.phones = item.phones;
    const at::Tensor semantic = item.semantic.to(at::kCPU, at::kLong).contiguous().reshape({-1});
    s.semantic.assign(semantic.data_ptr<int64_t>(), semantic.data_ptr<int64_t>() + semantic.numel());
    s.bert = item.bert;
    out.push_back(std::move(s));
  }
  return out;
}

GptTrainer::GptTrainer(GptTrainingOptions options) : m_options(std::move(options)) {}

std::string GptTrainer::statePath() const {
  return (fs::path(m_options.stateFolder) / (m_options.experimentName + "_gpt_state.pth")).string();
}

std::string GptTrainer::weightsPath(int epoch) const {
  return (fs::path(m_options.weightsFolder) / (m_options.experimentName + "-e" + std::to_string(epoch) + ".ckpt"))
      .string();
}

GptTrainingResult GptTrainer::run(const data::PreparedDataset& dataset, const ProgressCallback& progress,
                                  const std::atomic<bool>* cancel) {
  const auto table = dataset.version == checkpoint::SovitsVersion::V1 ? text::PhoneTableVersion::V1
                                                                       : text::PhoneTableVersion::V2;
  return run(gptSourceItems(dataset), table, progress, cancel);
}

GptTrainingResult GptTrainer::run(const std::vector<GptSourceItem>& items, text::PhoneTableVersion phoneTable,
                                  const ProgressCallback& progress, const std::atomic<bool>* cancel) {
  const auto started = std::chrono::steady_clock::now();
  const GptTrainingOptions& o = m_options;
  const TrainingThreadsScope threads(TrainerKind::Gpt, o.device);
  if (o.epochs < 1 || o.saveEveryEpochs < 1 || o.batchSize < 1)
    throw Error(ErrorCode::InvalidArgument, "GPT training: epochs, batch size and save interval must be at least 1");

  const checkpoint::Checkpoint base = checkpoint::loadCheckpoint(o.baseModel);
  GptTrainModel model = GptTrainModel::fromCheckpoint(base, o.device);
  GptDatasetOptions datasetOptions;
  datasetOptions.maxSec = model.config().maxSec;
  datasetOptions.phoneTable = phoneTable;
  datasetOptions.minItems = int(o.replicateBelow);
  const GptDataset set = buildGptDataset(items, datasetOptions);
  for (const auto& item : set.items)
    for (int64_t id : item.phoneIds)
      if (id >= model.config().phonemeVocabSize)
        throw Error(ErrorCode::ModelMismatch, o.baseModel + ": the GPT knows " +
                                                  std::to_string(model.config().phonemeVocabSize) +
                                                  " phones, the item '" + item.name + "' uses id " + std::to_string(id) +
                                                  " (a GPT of another version?)");

  GptTrainingResult result;
  result.dropped = set.dropped;
  result.datasetItems = int64_t(set.items.size());
  result.batchSize = gptBatchSize(o.batchSize, result.datasetItems, o.dpo);
  const GptBucketSampler sampler(itemSeconds(set), result.batchSize);
  const int64_t perEpoch = sampler.batchesPerEpoch();

  ParameterSet& parameters = model.parameters();
  ScaledAdam optimizer(namedParameters(parameters));

  std::vector<std::string> names;
  for (const auto& item : set.items) names.push_back(item.name);
  const nlohmann::json fingerprint = {{"items", names},
                                      {"batch_size", result.batchSize},
                                      {"schedule", UpdateSchedule::kindName(o.schedule.kind)},
                                      {"accumulate", o.schedule.accumulate},
                                      {"dpo", o.dpo}};
  const std::string state = statePath();
  if (o.resume && fs::exists(state)) {
    TrainingState saved = loadTrainingState(state);
    if (saved.stage != "gpt" || saved.extra.value("dataset", nlohmann::json()) != fingerprint)
      throw Error(ErrorCode::InvalidArgument, state + " is the resume state of another GPT run (other clips, batch size "
                                                      "or schedule); remove it or start without resuming");
    at::NoGradGuard noGrad;
    for (auto& entry : parameters.entries()) {
      const auto it = saved.parameters.find(entry.name);
      if (it == saved.parameters.end() || !it->second.sizes().equals(entry.tensor.sizes()))
        throw Error(ErrorCode::ModelMismatch, state + ": the GPT tensor '" + entry.name + "' is missing or misshapen");
      entry.tensor.copy_(it->second);
      // Gradients the official schedule carries over the epoch boundary.
      const auto pending = saved.parameters.find("grad/" + entry.name);
      if (pending != saved.parameters.end()) entry.tensor.mutable_grad() = pending->second.to(o.device, at::kFloat);
    }
    optimizer.loadState(saved.optimizers["scaled_adam"], state);
    result.resumedFromEpoch = saved.epoch;
    result.lastEpoch = saved.epoch;
    result.steps = saved.step;
    result.skippedBatches = saved.extra.value("skipped_batches", int64_t(0));
    result.statePath = state;
  }

  const nlohmann::json config = runConfig(base.config, o);
  double pendingLoss = 0, pendingAccuracy = 0;
  int64_t pendingBatches = 0, contributed = 0;
  if (result.resumedFromEpoch > 0) {
    // Batches whose gradients were carried over the saved epoch's end (compat schedule).
    const TrainingState saved = loadTrainingState(state);
    contributed = pendingBatches = saved.extra.value("pending_batches", int64_t(0));
  }
  for (int epoch = result.lastEpoch + 1; epoch <= o.epochs; ++epoch) {
    const auto batches = sampler.epochBatches(epoch - 1);  // the official sampler counts epochs from 0
    for (size_t b = 0; b < batches.size(); ++b) {
      if (cancel && cancel->load()) {
        result.cancelled = true;
        return result;
      }
      const int64_t global = int64_t(epoch - 1) * perEpoch + int64_t(b);
      const GptBatch batch = collateGptBatch(set, batches[b]).to(o.device);
      ForwardOptions forward;
      forward.training = true;
      forward.generator = dropoutGenerator(o.device, batchSeed(o.seed, global));
      at::Tensor loss;
      double accuracy = 0;
      if (o.dpo) {
        at::Generator rejectRng = at::detail::createCPUGenerator(batchSeed(o.seed ^ 0x5eedull, global));
        const auto [rejects, lengths] = makeRejects(batch.semanticIds, rejectRng);
        const DpoResult r = model.forwardDpo(batch, rejects, lengths, forward);
        loss = r.loss;
        accuracy = r.top3Accuracy;
      } else {
        const ForwardResult r = model.forwardOld(batch, forward);
        loss = r.loss;
        accuracy = r.top3Accuracy;
      }
      if (finite(loss)) {
        loss.backward();
        pendingLoss += loss.item<double>();
        pendingAccuracy += accuracy;
        ++pendingBatches;
        ++contributed;
      } else {
        ++result.skippedBatches;
      }
      if (!o.schedule.updatesAfter(int64_t(b), perEpoch)) continue;
      if (contributed > 0) {
        optimizer.setLearningRate(officialGptLearningRate(optimizer.steps()));
        optimizer.step();
        ++result.steps;
      }
      parameters.zeroGrad();
      if (progress && contributed > 0) {
        GptProgress p;
        p.epoch = epoch;
        p.step = result.steps;
        p.batchInEpoch = int64_t(b) + 1;
        p.batchesPerEpoch = perEpoch;
        p.loss = pendingLoss;
        p.top3Accuracy = pendingBatches > 0 ? pendingAccuracy / double(pendingBatches) : 0.0;
        p.skippedBatches = result.skippedBatches;
        p.elapsedSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        progress(p);
      }
      pendingLoss = pendingAccuracy = 0;
      pendingBatches = contributed = 0;
    }
    result.lastEpoch = epoch;
    if (epoch % o.saveEveryEpochs == 0 || epoch == o.epochs) {
      fs::create_directories(o.weightsFolder);
      fs::create_directories(o.stateFolder);
      const std::string weights = weightsPath(epoch);
      saveGptWeights(weights, parameters.stateDict(), config, "GPT-e" + std::to_string(epoch));
      result.savedWeights.push_back(weights);

      TrainingState saved;
      saved.stage = "gpt";
      saved.epoch = epoch;
      saved.step = result.steps;
      for (const auto& entry : parameters.entries()) {
        saved.parameters[entry.name] = entry.tensor.detach().to(at::kCPU).clone();
        if (entry.tensor.grad().defined()) saved.parameters["grad/" + entry.name] = entry.tensor.grad().to(at::kCPU).clone();
      }
      saved.optimizers["scaled_adam"] = optimizer.saveState();
      saved.extra = {{"dataset", fingerprint}, {"skipped_batches", result.skippedBatches}, {"seed", o.seed},
                     {"epochs", o.epochs}, {"pending_batches", contributed}};
      saveTrainingState(state, saved);
      result.statePath = state;
    }
  }
  return result;
}

}  // namespace timbre::training::gpt
