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

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

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
};

int runBench(const BenchOptions& o) {
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
      ->required()
      ->check(CLI::ExistingFile);
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
