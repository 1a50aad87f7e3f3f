#include "training/gpt/GptTrainBench.h"

#include "models/gpt/GptConfig.h"
#include "timbre/Error.h"
#include "training/common/TrainingThreads.h"
#include "training/gpt/GptTrainModel.h"
#include "training/gpt/ScaledAdam.h"

#include <ATen/CPUGeneratorImpl.h>

#include <chrono>

namespace timbre::training::gpt {
namespace {

// configs/s1longer-v2.yaml, the model every released v2+ GPT has.
nlohmann::json fullSizeConfig() {
  return {{"model",
           {{"vocab_size", 1025}, {"phoneme_vocab_size", 732}, {"embedding_dim", 512}, {"hidden_dim", 512},
            {"head", 16}, {"linear_units", 2048}, {"n_layer", 24}, {"dropout", 0}, {"EOS", 1024}}},
          {"data", {{"max_sec", 54}}}};
}

GptTrainModel randomModel(at::Device device, at::Generator& generator) {
  const timbre::gpt::GptConfig config = timbre::gpt::GptConfig::fromJson(fullSizeConfig());
  ParameterSet parameters;
  parameters.setWhat("<random GPT>");
  for (const auto& [name, shape] : timbre::gpt::gptParameterShapes(config)) {
    at::Tensor t = at::normal(0.0, 0.02, shape, generator);
    if (name.find("norm") != std::string::npos || name.find("alpha") != std::string::npos) t = t.abs() + 1.0;
    parameters.add(name, t.to(device));
  }
  return GptTrainModel(config, std::move(parameters));
}

void synchronize(const GptTrainModel& model) {
  (void)model.parameters().entries().front().tensor.sum().item<double>();
}

}  // namespace

GptUpdateBenchmark benchmarkGptUpdate(int64_t batchSize, at::Device device, int updates, int64_t phones,
                                      int64_t tokens, int warmup) {
  if (batchSize < 1 || updates < 1 || phones < 1 || tokens < 1 || warmup < 0)
    throw Error(ErrorCode::InvalidArgument, "GPT training benchmark: batch size, updates and lengths must be at least 1");
  at::Generator generator = at::detail::createCPUGenerator(20261206);
  GptTrainModel model = randomModel(device, generator);
  std::vector<std::pair<std::string, at::Tensor>> named;
  for (const auto& e : model.parameters().entries()) named.emplace_back(e.name, e.tensor);
  ScaledAdam optimizer(named);

  GptBatch batch;
  batch.phonemeIds = at::randint(1, 700, {batchSize, phones}, generator, at::kLong);
  batch.phonemeLens = at::full({batchSize}, phones, at::kLong);
  batch.semanticIds = at::randint(0, 1024, {batchSize, tokens}, generator, at::kLong);
  batch.semanticLens = at::full({batchSize}, tokens, at::kLong);
  batch.bert = at::normal(0.0, 0.5, {batchSize, 1024, phones}, generator);
  batch = batch.to(device);

  const TrainingThreadsScope threads(TrainerKind::Gpt, device);  // as the trainer runs
  auto update = [&] {
    ForwardOptions options;
    options.training = true;
    model.forwardOld(batch, options).loss.backward();
    optimizer.setLearningRate(officialGptLearningRate(optimizer.steps()));
    optimizer.step();
    model.parameters().zeroGrad();
  };
  for (int i = 0; i < warmup; ++i) update();
  synchronize(model);
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < updates; ++i) update();
  synchronize(model);
  GptUpdateBenchmark out;
  out.secondsPerUpdate = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / updates;
  out.batchSize = batchSize;
  out.phones = phones;
  out.tokens = tokens;
  out.updates = updates;
  return out;
}

}  // namespace timbre::training::gpt
