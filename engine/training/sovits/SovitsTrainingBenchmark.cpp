#include "training/sovits/SovitsTrainingBenchmark.h"

#include "models/sovits/SovitsConfig.h"
#include "models/sovits/SovitsParameterShapes.h"
#include "models/sovits/SovitsVersion.h"
#include "timbre/Error.h"
#include "training/common/TrainingThreads.h"
#include "training/sovits/SovitsIteration.h"

#include <ATen/CPUGeneratorImpl.h>

#include <chrono>

namespace timbre::training {

namespace {

using checkpoint::SovitsVersion;

// configs/s2.json and its Pro variants (the sizes the released models have).
nlohmann::json officialHparams(SovitsVersion version) {
  const bool pro = sovits::usesSpeakerEmbedding(version), plus = version == SovitsVersion::V2ProPlus;
  return {{"model",
           {{"inter_channels", 192}, {"hidden_channels", 192}, {"filter_channels", 768}, {"n_heads", 2},
            {"n_layers", 6}, {"kernel_size", 3}, {"p_dropout", pro ? 0.0 : 0.1}, {"resblock", "1"},
            {"resblock_kernel_sizes", {3, 7, 11}}, {"resblock_dilation_sizes", {{1, 3, 5}, {1, 3, 5}, {1, 3, 5}}},
            {"upsample_rates", {10, 8, 2, 2, 2}}, {"upsample_initial_channel", plus ? 768 : 512},
            {"upsample_kernel_sizes", {plus ? 20 : 16, 16, 8, 2, 2}}, {"n_layers_q", 3},
            {"use_spectral_norm", false}, {"gin_channels", pro ? 1024 : 512}, {"semantic_frame_rate", "25hz"},
            {"freeze_quantizer", true}}},
          {"data", {{"sampling_rate", 32000}, {"filter_length", 2048}, {"hop_length", 640}, {"win_length", 2048}}}};
}

// Small normals; weight-norm gains set to ‖v‖ so every effective weight equals v.
void fillRandom(checkpoint::Checkpoint& c, const std::vector<std::pair<std::string, std::vector<int64_t>>>& shapes,
                at::Generator& generator) {
  for (const auto& [name, shape] : shapes) {
    at::Tensor t = at::normal(0.0, 0.02, shape, generator);
    if (name.size() > 9 && name.compare(name.size() - 9, 9, ".weight_g") == 0) t = t.abs() + 0.1;
    if (name.find("inited") != std::string::npos) t = at::ones(shape);
    c.tensors[name] = t;
    c.order.push_back(name);
  }
}

// The posterior encoder SynthesizerTrn builds (1025 → hidden, WN 16 layers k5, gin), which
// the inference shape table leaves out.
void addPosteriorShapes(std::vector<std::pair<std::string, std::vector<int64_t>>>& shapes,
                        const sovits::SovitsConfig& c) {
  const int64_t h = c.hiddenChannels, layers = 16;
  auto weightNormed = [&](const std::string& prefix, std::vector<int64_t> v) {
    std::vector<int64_t> g(v.size(), 1);
    g[0] = v[0];
    shapes.push_back({prefix + ".bias", {v[0]}});
    shapes.push_back({prefix + ".weight_g", g});
    shapes.push_back({prefix + ".weight_v", v});
  };
  shapes.push_back({"enc_q.pre.weight", {h, c.specChannels, 1}});
  shapes.push_back({"enc_q.pre.bias", {h}});
  for (int64_t i = 0; i < layers; ++i) weightNormed("enc_q.enc.in_layers." + std::to_string(i), {2 * h, h, 5});
  for (int64_t i = 0; i < layers; ++i)
    weightNormed("enc_q.enc.res_skip_layers." + std::to_string(i), {i + 1 < layers ? 2 * h : h, h, 1});
  weightNormed("enc_q.enc.cond_layer", {2 * h * layers, c.ginChannels, 1});
  shapes.push_back({"enc_q.proj.weight", {2 * c.interChannels, h, 1}});
  shapes.push_back({"enc_q.proj.bias", {2 * c.interChannels}});
}

int64_t countParameters(const ParameterSet& set) {
  int64_t n = 0;
  for (const auto& entry : set.entries())
    if (!entry.buffer) n += entry.tensor.numel();
  return n;
}

}  // namespace

SovitsTrainingBenchmarkResult benchmarkSovitsTraining(const SovitsTrainingBenchmarkOptions& options) {
  const SovitsVersion version = options.version;
  if (options.batchSize < 1 || options.clipSeconds <= 0.7 || options.iterations < 1)
    throw Error(ErrorCode::InvalidArgument, "training benchmark: batch size, clip length (> 0.7 s) and iterations must be positive");
  if (version != SovitsVersion::V1 && version != SovitsVersion::V2 && version != SovitsVersion::V2Pro &&
      version != SovitsVersion::V2ProPlus)
    throw Error(ErrorCode::InvalidArgument, "training benchmark: only v1, v2, v2Pro and v2ProPlus train this way");

  const nlohmann::json hps = officialHparams(version);
  const sovits::SovitsConfig config = sovits::SovitsConfig::fromJson(hps, version);
  at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(20261206);

  checkpoint::Checkpoint g;
  g.path = g.weightPath = "<random SoVITS for training>";
  g.config = hps;
  const sovits::ParameterShapes inference = sovits::sovitsParameterShapes(config);
  std::vector<std::pair<std::string, std::vector<int64_t>>> gShapes(inference.begin(), inference.end());
  addPosteriorShapes(gShapes, config);
  fillRandom(g, gShapes, generator);
  ParameterSet gParams = SovitsTrainModel::parametersFrom(g, options.device);
  const SovitsTrainModel model = SovitsTrainModel::load(gParams, hps, version);

  const bool pro = sovits::usesSpeakerEmbedding(version);
  checkpoint::Checkpoint d;
  d.path = d.weightPath = "<random discriminator>";
  fillRandom(d, MultiPeriodDiscriminator::parameterShapes(pro ? 8 : 6), generator);
  ParameterSet dParams = ParameterSet::fromCheckpoint(d, nullptr, options.device);
  const MultiPeriodDiscriminator discriminator(dParams);

  // A batch of equal clips of random content (the work does not depend on the values).
  const int64_t b = options.batchSize, hop = config.hopLength;
  const int64_t frames = int64_t(options.clipSeconds * config.samplingRateHz / hop);
  const int64_t padded = 2 * (frames / 2 + 1), phones = std::max<int64_t>(4, frames / 6);
  const at::TensorOptions f = at::TensorOptions().dtype(at::kFloat);
  SovitsBatch batch;
  batch.ssl = at::normal(0.0, 1.0, {b, 768, padded}, generator);
  batch.spec = at::rand({b, config.specChannels, padded}, generator, f);
  batch.wav = at::rand({b, 1, frames * hop}, generator, f).mul_(0.2).sub_(0.1);
  batch.text = at::randint(1, config.symbolCount(), {b, phones}, generator, at::TensorOptions().dtype(at::kLong));
  batch.sslLengths = batch.specLengths = at::full({b}, frames, at::kLong);
  batch.wavLengths = at::full({b}, frames * hop, at::kLong);
  batch.textLengths = at::full({b}, phones, at::kLong);
  if (pro) batch.sv = at::normal(0.0, 1.0, {b, 20480}, generator);
  batch = SovitsBatch{batch.ssl.to(options.device), batch.sslLengths.to(options.device),
                      batch.spec.to(options.device), batch.specLengths.to(options.device),
                      batch.wav.to(options.device), batch.wavLengths.to(options.device),
                      batch.text.to(options.device), batch.textLengths.to(options.device),
                      batch.sv.defined() ? batch.sv.to(options.device) : batch.sv};

  AdamW optimG = makeSovitsGeneratorOptimizer(gParams, 1e-4, 0.4);
  AdamW optimD = makeSovitsDiscriminatorOptimizer(dParams, 1e-4);
  const TrainMel mel(MelOptions{}, options.device);
  SovitsIteration iteration(model, discriminator, dParams, optimG, optimD, mel, SovitsIteration::Weights{});

  const TrainingThreadsScope threads(TrainerKind::Sovits, options.device);  // as the trainer runs
  // The warm-up run pays for first-touch allocations and kernel selection.
  const at::Generator* rng = options.device.is_cpu() ? &generator : nullptr;
  iteration.run(batch, {}, true, rng);
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < options.iterations; ++i) iteration.run(batch, {}, true, rng);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  SovitsTrainingBenchmarkResult result;
  result.secondsPerIteration = seconds / options.iterations;
  result.generatorParameters = countParameters(gParams);
  result.discriminatorParameters = countParameters(dParams);
  return result;
}

}  // namespace timbre::training
