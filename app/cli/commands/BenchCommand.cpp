// timbre-cli bench: time the synthesis core on a workload, with real models or
// full-size random ones, and print medians (or one JSON object).
#include "CommandRegistry.h"

#include "bench/BenchRunner.h"
#include "bench/BenchWorkload.h"
#include "bench/RandomModels.h"
#include "checkpoint/Checkpoint.h"
#include "checkpoint/ModelIdentity.h"
#include "core/Runtime.h"
#include "pipeline/ModelFolder.h"
#include "timbre/Error.h"
#include "training/gpt/GptTrainBench.h"
#include "training/sovits/SovitsTrainingBenchmark.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>
#include <algorithm>

namespace timbre::cli {
namespace {

struct BenchOptions {
  std::string workload;
  std::string models;
  std::string randomWeights;  // v2 | v2Pro
  std::string device = "cpu";
  bool halfDecoder = false;
  int repeat = 3;
  int threads = 0;
  int streamChunk = 16;
  int streamMode = 2;  // api_v2 streaming_mode: 2 cuts at pauses, 3 every --stream-chunk tokens
  bool json = false;
  // --train: training speed instead of synthesis speed.
  bool train = false;
  int64_t sovitsBatch = 4, gptBatch = 8;
  double speechMinutes = 1.0;
};

// The default recipe on N minutes of speech, as the official trainers would
// batch it: 5 s clips, replicated to about 100 items, SoVITS 8 epochs at its
// batch size, GPT 15 epochs at min(batch, items/4).
struct RecipeShape {
  int64_t clips = 0, items = 0, sovitsIterations = 0, gptBatches = 0, gptBatch = 0;
};

RecipeShape defaultRecipe(double minutes, int64_t sovitsBatch, int64_t gptBatch) {
  RecipeShape r;
  r.clips = std::max<int64_t>(1, int64_t(minutes * 60.0 / 5.0 + 0.5));
  r.items = r.clips < 100 ? r.clips * std::max<int64_t>(2, 100 / r.clips) : r.clips;
  r.sovitsIterations = 8 * ((r.items + sovitsBatch - 1) / sovitsBatch);
  r.gptBatch = std::max<int64_t>(1, std::min(gptBatch, r.items / 4));
  r.gptBatches = 15 * ((r.items + r.gptBatch - 1) / r.gptBatch);
  return r;
}

int runTrainBench(const BenchOptions& o) {
  if (o.threads > 0) timbre::setComputeThreads(o.threads);
  const at::Device device(o.device);
  const auto version = checkpoint::parseSovitsVersion(o.randomWeights.empty() ? "v2" : o.randomWeights);
  if (!version) {
    std::cerr << "timbre-cli bench: --random-weights takes v1, v2, v2Pro or v2ProPlus\n";
    return kExitUsage;
  }
  const RecipeShape recipe = defaultRecipe(o.speechMinutes, o.sovitsBatch, o.gptBatch);
  training::SovitsTrainingBenchmarkOptions so;
  so.version = *version;
  so.batchSize = o.sovitsBatch;
  so.iterations = o.repeat;
  so.device = device;
  const training::SovitsTrainingBenchmarkResult sovits = training::benchmarkSovitsTraining(so);
  const training::gpt::GptUpdateBenchmark gpt =
      training::gpt::benchmarkGptUpdate(recipe.gptBatch, device, o.repeat, 60, 125, 1);
  const double projected = sovits.secondsPerIteration * double(recipe.sovitsIterations) +
                           gpt.secondsPerUpdate * double(recipe.gptBatches);
  const double rss = bench::peakRssMb();
  if (o.json) {
    nlohmann::json j = {{"version", checkpoint::toString(*version)},
                        {"device", o.device},
                        {"sovits_batch", o.sovitsBatch},
                        {"sovits_s_per_iteration", sovits.secondsPerIteration},
                        {"gpt_batch", recipe.gptBatch},
                        {"gpt_s_per_batch", gpt.secondsPerUpdate},
                        {"recipe_minutes_of_speech", o.speechMinutes},
                        {"recipe_sovits_iterations", recipe.sovitsIterations},
                        {"recipe_gpt_batches", recipe.gptBatches},
                        {"recipe_projected_s", projected},
                        {"peak_rss_mb", rss}};
    std::cout << j.dump() << "\n";
    return kExitOk;
  }
  std::printf("training, full-size %s with random weights on %s\n", checkpoint::toString(*version), o.device.c_str());
  std::printf("  SoVITS   %8.2f s per iteration (batch %lld of 5 s clips; G %lld + D %lld parameters)\n",
              sovits.secondsPerIteration, (long long)o.sovitsBatch, (long long)sovits.generatorParameters,
              (long long)sovits.discriminatorParameters);
  std::printf("  GPT      %8.2f s per batch (batch %lld, 60 phones, 125 tokens)\n", gpt.secondsPerUpdate,
              (long long)recipe.gptBatch);
  std::printf("  recipe   %.1f min of speech = %lld clips -> %lld items: SoVITS 8 epochs = %lld iterations, "
              "GPT 15 epochs = %lld batches\n",
              o.speechMinutes, (long long)recipe.clips, (long long)recipe.items, (long long)recipe.sovitsIterations,
              (long long)recipe.gptBatches);
  std::printf("  projected %.1f min   peak RSS %.0f MiB\n", projected / 60.0, rss);
  return kExitOk;
}

int runBench(const BenchOptions& o) {
  if (o.train) return runTrainBench(o);
  if (o.workload.empty()) {
    std::cerr << "timbre-cli bench: --workload is required (or --train)\n";
    return kExitUsage;
  }
  if (o.models.empty() == o.randomWeights.empty()) {
    std::cerr << "timbre-cli bench: give exactly one of --models DIR or --random-weights v2|v2Pro\n";
    return kExitUsage;
  }
  const bench::BenchWorkload workload = bench::BenchWorkload::load(o.workload);
  if (o.threads > 0) timbre::setComputeThreads(o.threads);
  const at::Device device(o.device);
  const at::ScalarType decoderType = o.halfDecoder ? at::kHalf : at::kFloat;
  std::unique_ptr<gpt::GptModel> gpt;
  std::unique_ptr<sovits::SovitsModel> sovits;
  checkpoint::SovitsVersion version = checkpoint::SovitsVersion::V2;
  if (!o.randomWeights.empty()) {
    const auto parsed = checkpoint::parseSovitsVersion(o.randomWeights);
    if (!parsed) {
      std::cerr << "timbre-cli bench: --random-weights takes v1, v2, v2Pro or v2ProPlus\n";
      return kExitUsage;
    }
    version = *parsed;
    gpt = std::make_unique<gpt::GptModel>(bench::randomGpt(version, device));
    sovits = std::make_unique<sovits::SovitsModel>(bench::randomSovits(version, device, decoderType));
  } else {
    const pipeline::ModelPaths paths = pipeline::findModels(o.models);
    const auto sovitsFile = checkpoint::loadCheckpoint(paths.sovits);
    version = *checkpoint::identifyModel(sovitsFile).sovitsVersion;
    gpt = std::make_unique<gpt::GptModel>(gpt::GptModel::load(checkpoint::loadCheckpoint(paths.gpt), device));
    sovits = std::make_unique<sovits::SovitsModel>(sovits::SovitsModel::load(sovitsFile, version, device, decoderType));
  }
  const bool pro = version == checkpoint::SovitsVersion::V2Pro || version == checkpoint::SovitsVersion::V2ProPlus;
  std::function<void(const std::string&)> log;
  if (!o.json) log = [](const std::string& line) { std::cerr << "  " << line << "\n"; };
  bench::BenchOptions options;
  options.repeats = o.repeat;
  options.needsSpeaker = pro;
  options.streamChunkTokens = o.streamChunk;
  options.streamFixedChunks = o.streamMode == 3;
  const bench::BenchResult r = bench::runBenchmark(*gpt, *sovits, workload, options, log);

  if (o.json) {
    const nlohmann::json j = {{"workload", r.workload},
                              {"device", o.device},
                              {"threads", timbre::computeThreads()},
                              {"repeats", r.repeats},
                              {"tokens", r.tokens},
                              {"rtf", r.rtf},
                              {"gpt_first_ms", r.gptFirstMs},
                              {"gpt_ms_per_token", r.gptMsPerToken},
                              {"tokens_per_s", r.tokensPerSecond},
                              {"gpt_ms", r.gptMs},
                              {"sovits_ms", r.sovitsMs},
                              {"total_ms", r.totalMs},
                              {"audio_s", r.audioSeconds},
                              {"first_audio_ms", r.firstAudioMs},
                              {"stream_chunk_tokens", r.streamChunkTokens},
                              {"stream_mode", r.streamFixedChunks ? 3 : 2},
                              {"peak_rss_mb", r.peakRssMb},
                              {"peak_gpu_mb", nullptr}};
    std::cout << j.dump() << "\n";
    return kExitOk;
  }
  std::printf("workload %s: %d tokens, %.2f s of audio, %s, %d threads, median of %d runs\n", r.workload.c_str(),
              r.tokens, r.audioSeconds, o.device.c_str(), timbre::computeThreads(), r.repeats);
  std::printf("  GPT      first pass %8.1f ms   per token %7.2f ms   %7.1f tokens/s   total %8.1f ms\n", r.gptFirstMs,
              r.gptMsPerToken, r.tokensPerSecond, r.gptMs);
  std::printf("  SoVITS   decode     %8.1f ms\n", r.sovitsMs);
  std::printf("  total    %8.1f ms   RTF %.3f   peak RSS %.0f MiB\n", r.totalMs, r.rtf, r.peakRssMb);
  std::printf("  streaming (mode %d, chunks of %s%d tokens): first audio after %.1f ms\n", r.streamFixedChunks ? 3 : 2,
              r.streamFixedChunks ? "" : "at least ", r.streamChunkTokens, r.firstAudioMs);
  return kExitOk;
}

}  // namespace

void registerBenchCommand(CLI::App& app, CommandList& commands) {
  auto o = std::make_shared<BenchOptions>();
  CLI::App* bench = app.add_subcommand("bench", "Time GPT and SoVITS on a workload (see ../shared/bench)");
  bench->add_option("--workload", o->workload, "Workload JSON (prompt/target phones, tokens to generate)")
      ->check(CLI::ExistingFile);
  bench->add_flag("--train", o->train,
                  "Time fine-tuning instead: seconds per SoVITS iteration and GPT batch on full-size random models, "
                  "peak RSS and the projected time of the default recipe");
  bench->add_option("--sovits-batch-size", o->sovitsBatch, "--train: SoVITS batch size")->capture_default_str()
      ->check(CLI::Range(1, 64));
  bench->add_option("--gpt-batch-size", o->gptBatch, "--train: GPT batch size")->capture_default_str()
      ->check(CLI::Range(1, 64));
  bench->add_option("--speech-minutes", o->speechMinutes, "--train: minutes of speech for the projection")
      ->capture_default_str()->check(CLI::Range(0.1, 600.0));
  bench->add_option("--models", o->models, "Model folder (as for say)");
  bench->add_option("--random-weights", o->randomWeights, "Full-size random models of this version: v2 or v2Pro");
  bench->add_option("--device", o->device, "cpu or cuda")->capture_default_str();
  bench->add_flag("--half-decoder", o->halfDecoder, "fp16 SoVITS decoder (CUDA)");
  bench->add_option("--threads", o->threads, "CPU threads (0: every hardware thread)")->capture_default_str()->check(CLI::NonNegativeNumber);
  bench->add_option("--stream-chunk", o->streamChunk, "Tokens per chunk in the streaming first-audio run")
      ->capture_default_str()
      ->check(CLI::Range(1, 500));
  bench->add_option("--stream-mode", o->streamMode,
                    "Streaming mode of the first-audio run: 2 cuts at the first pause after --stream-chunk tokens, "
                    "3 after exactly --stream-chunk tokens")
      ->capture_default_str()
      ->check(CLI::IsMember({2, 3}));
  bench->add_option("--repeat", o->repeat, "Timed runs after one warm-up")->capture_default_str()->check(CLI::PositiveNumber);
  bench->add_flag("--json", o->json, "Print one JSON object");
  commands.push_back({bench, [o] { return runBench(*o); }});
}

}  // namespace timbre::cli
