#include "training/sovits/SovitsTrainer.h"

#include "checkpoint/Checkpoint.h"
#include "timbre/Error.h"
#include "training/common/TrainingState.h"
#include "training/common/TrainingThreads.h"
#include "training/common/WeightsFiles.h"
#include "training/sovits/SovitsBucketSampler.h"
#include "training/sovits/SovitsCollate.h"

#include <ATen/CPUGeneratorImpl.h>

#include <chrono>
#include <filesystem>
#include <mutex>

namespace timbre::training {

namespace {

namespace fs = std::filesystem;

constexpr int64_t kWavHeaderBytes = 44;  // the official length counts the PCM16 file, header included
constexpr int64_t kSampleRate = 32000;

struct TrainingSet {
  std::vector<SovitsItem> items;      // one per distinct prepared item (cached spectrogram)
  std::vector<int64_t> order;         // dataset order: indices into items, after the duration filter
  std::vector<int64_t> lengths;       // per dataset position: file bytes // (2·hop)
  std::vector<std::string> names;     // the distinct items' names (resume fingerprint)
};

int64_t wavFileBytes(const data::PreparedItem& item) {
  std::error_code error;
  if (!item.wav32kPath.empty()) {
    const auto size = fs::file_size(item.wav32kPath, error);
    if (!error) return int64_t(size);
  }
  return kWavHeaderBytes + 2 * item.wav32k.numel();
}

// TextAudioSpeakerLoader: replicate + shuffle the distinct items, keep 0.6 s < duration < 54 s,
// and the per-item tensors the collate needs (spec computed once here).
TrainingSet buildTrainingSet(const data::PreparedDataset& dataset, const TrainMel& mel, bool withSpeakerEmbedding,
                             int64_t hop, int64_t replicateBelow) {
  TrainingSet set;
  std::vector<bool> usable;
  std::vector<int64_t> bytes;
  for (const auto& prepared : dataset.items) {
    if (!prepared.wav32k.defined() || !prepared.hubert.defined() || !prepared.phoneIds.defined())
      throw Error(ErrorCode::InvalidArgument, "the prepared item '" + prepared.name + "' lacks its audio or features");
    if (withSpeakerEmbedding && !prepared.speakerEmbedding.defined())
      throw Error(ErrorCode::InvalidArgument, "the prepared item '" + prepared.name +
                                                  "' has no speaker embedding, which v2Pro/v2ProPlus training needs");
    const int64_t size = wavFileBytes(prepared);
    const double duration = double(size) / kSampleRate / 2;
    usable.push_back(duration > 0.6 && duration < 54.0);
    bytes.push_back(size);

    SovitsItem item;
    item.wav = prepared.wav32k.to(at::kCPU, at::kFloat).reshape({-1});
    item.text = prepared.phoneIds.to(at::kCPU, at::kLong).reshape({-1});
    if (usable.back()) {
      at::NoGradGuard noGrad;
      item.spec = mel.spectrogram(item.wav.unsqueeze(0))[0];
      at::Tensor ssl = prepared.hubert.to(at::kCPU, at::kFloat);
      if (ssl.dim() == 3) ssl = ssl[0];
      // The loader pads HuBERT by one repeated frame whenever its length differs from the spec's.
      if (ssl.size(1) != item.spec.size(1)) ssl = at::cat({ssl, ssl.narrow(1, ssl.size(1) - 1, 1)}, 1);
      item.ssl = ssl.contiguous();
      if (withSpeakerEmbedding) item.sv = prepared.speakerEmbedding.to(at::kCPU, at::kFloat).reshape({-1});
    }
    set.items.push_back(std::move(item));
    set.names.push_back(prepared.name);
  }
  for (int64_t i : sovitsDatasetOrder(int64_t(dataset.items.size()), replicateBelow)) {
    if (!usable[size_t(i)]) continue;
    set.order.push_back(i);
    set.lengths.push_back(bytes[size_t(i)] / (2 * hop));
  }
  if (set.order.empty())
    throw Error(ErrorCode::InvalidArgument,
                "no prepared clip lasts between 0.6 s and 54 s, so there is nothing to train SoVITS on");
  return set;
}

nlohmann::json trainingHparams(const checkpoint::Checkpoint& base, const SovitsTrainingOptions& options,
                               checkpoint::SovitsVersion version) {
  nlohmann::json hps = base.config.is_object() ? base.config : nlohmann::json::object();
  if (!hps.contains("model")) {
    if (hps.empty()) throw Error(ErrorCode::ModelMismatch, base.path + ": the file has no model configuration");
    hps = nlohmann::json{{"model", hps}};
  }
  nlohmann::json& train = hps["train"];
  if (!train.is_object()) train = nlohmann::json::object();
  train["epochs"] = options.epochs;
  train["batch_size"] = options.batchSize;
  train["learning_rate"] = options.learningRate;
  train["text_low_lr_rate"] = options.textLowLrRate;
  train["lr_decay"] = options.lrDecay;
  train["save_every_epoch"] = options.saveEveryEpochs;
  train["fp16_run"] = false;
  train["seed"] = options.seed;
  train["pretrained_s2G"] = options.baseGenerator;
  hps["name"] = options.experimentName;
  hps["version"] = checkpoint::toString(version);
  hps["model"]["version"] = checkpoint::toString(version);
  return hps;
}

checkpoint::SovitsVersion versionOf(const checkpoint::Checkpoint& generator, const data::PreparedDataset& dataset) {
  const auto identity = checkpoint::identifyModel(generator);
  return identity.sovitsVersion ? *identity.sovitsVersion : dataset.version;
}

// Dropout, enc_q's noise and the slice starts of epoch e come from a generator
// seeded by (seed, e), so a run resumed at an epoch boundary draws what an
// uninterrupted run draws.
uint64_t epochSeed(uint64_t seed, int epoch) { return seed * 1000003ull + uint64_t(epoch); }

std::string weightsName(const SovitsTrainingOptions& options, int epoch, int64_t step) {
  return options.experimentName + "_e" + std::to_string(epoch) + "_s" + std::to_string(step) + ".pth";
}

}  // namespace

SovitsTrainer::SovitsTrainer(SovitsTrainingOptions options) : m_options(std::move(options)) {}

std::string SovitsTrainer::statePath() const {
  return (fs::path(m_options.stateFolder) / (m_options.experimentName + "_sovits_state.pth")).string();
}

std::string SovitsTrainer::discriminatorPath() const {
  if (!m_options.baseDiscriminator.empty()) return m_options.baseDiscriminator;
  const fs::path g(m_options.baseGenerator);
  std::string file = g.filename().string();
  const auto at = file.find("s2G");
  if (at != std::string::npos) file.replace(at, 3, "s2D");
  return (g.parent_path() / file).string();
}

SovitsTrainingResult SovitsTrainer::run(const data::PreparedDataset& dataset, const ProgressCallback& progress,
                                        const std::atomic<bool>* cancel) {
  const SovitsTrainingOptions& o = m_options;
  const TrainingThreadsScope threads(TrainerKind::Sovits, o.device);
  if (o.epochs < 1 || o.batchSize < 1 || o.saveEveryEpochs < 1)
    throw Error(ErrorCode::InvalidArgument, "SoVITS training needs at least 1 epoch, a batch of 1 and saving every >= 1 epochs");
  if (o.weightsFolder.empty() || o.stateFolder.empty())
    throw Error(ErrorCode::InvalidArgument, "SoVITS training needs a weights folder and a state folder");
  const std::string dPath = discriminatorPath();
  if (!fs::exists(dPath))
    throw Error(ErrorCode::Io, "the pretrained SoVITS discriminator is missing: expected " + dPath +
                                   " (the s2D file that belongs to " + o.baseGenerator + ")");
  const auto started = std::chrono::steady_clock::now();

  const checkpoint::Checkpoint base = checkpoint::loadCheckpoint(o.baseGenerator);
  const checkpoint::SovitsVersion version = versionOf(base, dataset);
  const nlohmann::json hps = trainingHparams(base, o, version);
  ParameterSet gParams = SovitsTrainModel::parametersFrom(base, o.device);
  const SovitsTrainModel generator = SovitsTrainModel::load(gParams, hps, version);
  ParameterSet dParams = MultiPeriodDiscriminator::loadParameters(dPath, o.device);
  const MultiPeriodDiscriminator discriminator(dParams);

  const TrainMel mel(MelOptions{}, o.device);
  const TrainMel cpuMel;
  const bool pro = version == checkpoint::SovitsVersion::V2Pro || version == checkpoint::SovitsVersion::V2ProPlus;
  const TrainingSet set = buildTrainingSet(dataset, cpuMel, pro, generator.config().hopLength, o.replicateBelow);
  const SovitsBucketSampler sampler(set.lengths, o.batchSize);

  AdamW optimG = makeSovitsGeneratorOptimizer(gParams, o.learningRate, o.textLowLrRate);
  AdamW optimD = makeSovitsDiscriminatorOptimizer(dParams, o.learningRate);
  ExponentialLr scheduleG(optimG, o.lrDecay), scheduleD(optimD, o.lrDecay);

  SovitsTrainingResult result;
  const std::string state = statePath();
  const nlohmann::json fingerprint = {{"items", set.names},
                                      {"batch_size", o.batchSize},
                                      {"replicate_below", o.replicateBelow},
                                      {"version", checkpoint::toString(version)}};
  if (o.resume && fs::exists(state)) {
    TrainingState saved = loadTrainingState(state);
    if (saved.stage != "sovits" || saved.extra.value("dataset", nlohmann::json()) != fingerprint)
      throw Error(ErrorCode::InvalidArgument, state + " is the resume state of another SoVITS run (other clips, batch size "
                                                      "or version); remove it or start without resuming");
    for (auto& entry : gParams.entries()) {
      auto it = saved.parameters.find("G/" + entry.name);
      if (it == saved.parameters.end() || !it->second.sizes().equals(entry.tensor.sizes()))
        throw Error(ErrorCode::ModelMismatch, state + ": the generator tensor '" + entry.name + "' is missing or misshapen");
      at::NoGradGuard noGrad;
      entry.tensor.copy_(it->second);
    }
    for (auto& entry : dParams.entries()) {
      auto it = saved.parameters.find("D/" + entry.name);
      if (it == saved.parameters.end() || !it->second.sizes().equals(entry.tensor.sizes()))
        throw Error(ErrorCode::ModelMismatch, state + ": the discriminator tensor '" + entry.name + "' is missing or misshapen");
      at::NoGradGuard noGrad;
      entry.tensor.copy_(it->second);
    }
    optimG.restoreState(saved.optimizers["G"], state);
    optimD.restoreState(saved.optimizers["D"], state);
    result.resumedFromEpoch = saved.epoch;
    result.lastEpoch = saved.epoch;
    result.steps = saved.step;
    result.skippedSteps = saved.extra.value("skipped_steps", int64_t(0));
    result.statePath = state;
  }

  // ExponentialLR is stepped epoch_str times before training: epoch e runs at lr·γ^e.
  const int firstEpoch = result.lastEpoch + 1;
  scheduleG.advanceTo(firstEpoch);
  scheduleD.advanceTo(firstEpoch);

  SovitsIteration iteration(generator, discriminator, dParams, optimG, optimD, mel, SovitsIteration::Weights{});
  const int64_t perEpoch = sampler.batchesPerEpoch();
  for (int epoch = firstEpoch; epoch <= o.epochs; ++epoch) {
    at::Generator cpuRng = at::make_generator<at::CPUGeneratorImpl>(epochSeed(o.seed, epoch));
    const at::Generator* rng = &cpuRng;
    if (!o.device.is_cpu()) {
      // Device draws come from the device's default generator, seeded the same way.
      at::Generator deviceRng = at::globalContext().defaultGenerator(o.device);
      std::lock_guard<std::mutex> lock(deviceRng.mutex());
      deviceRng.set_current_seed(epochSeed(o.seed, epoch));
      rng = nullptr;
    }
    const auto batches = sampler.batches(epoch);
    for (size_t b = 0; b < batches.size(); ++b) {
      if (cancel && cancel->load()) {
        result.cancelled = true;
        return result;
      }
      std::vector<const SovitsItem*> items;
      for (int64_t position : batches[b]) items.push_back(&set.items[size_t(set.order[size_t(position)])]);
      const SovitsBatch batch = batchOn(collateSovits(items), o.device);
      const SovitsIterationResult step = iteration.run(batch, {}, /*training=*/true, rng);
      ++result.steps;
      const bool skipped = step.discriminatorSkipped || step.generatorSkipped;
      if (skipped) ++result.skippedSteps;
      if (progress) {
        SovitsProgress p;
        p.epoch = epoch;
        p.step = result.steps;
        p.stepInEpoch = int64_t(b) + 1;
        p.stepsPerEpoch = perEpoch;
        p.losses = step.losses;
        p.skipped = skipped;
        p.elapsedSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        progress(p);
      }
    }
    result.lastEpoch = epoch;
    if (epoch % o.saveEveryEpochs == 0 || epoch == o.epochs) {
      fs::create_directories(o.weightsFolder);
      fs::create_directories(o.stateFolder);
      const std::string weights = (fs::path(o.weightsFolder) / weightsName(o, epoch, result.steps)).string();
      saveSovitsWeights(weights, gParams.stateDict(), hps,
                        std::to_string(epoch) + "epoch_" + std::to_string(result.steps) + "iteration", version);
      result.savedWeights.push_back(weights);

      TrainingState saved;
      saved.stage = "sovits";
      saved.epoch = epoch;
      saved.step = result.steps;
      for (const auto& [name, tensor] : gParams.stateDict()) saved.parameters["G/" + name] = tensor.to(at::kCPU);
      for (const auto& [name, tensor] : dParams.stateDict()) saved.parameters["D/" + name] = tensor.to(at::kCPU);
      saved.optimizers["G"] = optimG.saveState();
      saved.optimizers["D"] = optimD.saveState();
      saved.extra = {{"dataset", fingerprint}, {"skipped_steps", result.skippedSteps}, {"seed", o.seed},
                     {"epochs", o.epochs}};
      saveTrainingState(state, saved);
      result.statePath = state;
    }
    scheduleG.step();
    scheduleD.step();
  }
  return result;
}

}  // namespace timbre::training
