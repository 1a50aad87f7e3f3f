#include "bench/BenchRunner.h"

#include "pipeline/StreamingDecoder.h"
#include "pipeline/TokenChunker.h"
#include "timbre/Error.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <string>
#include <vector>

namespace timbre::bench {
namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n == 0 ? 0.0 : (n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]));
}

}  // namespace

double peakRssMb() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return 0.0;
}

BenchResult runBenchmark(const gpt::GptModel& gpt, const sovits::SovitsModel& sovits, const BenchWorkload& w,
                         const BenchOptions& options, const std::function<void(const std::string&)>& log) {
  const int repeats = options.repeats;
  const bool needsSpeaker = options.needsSpeaker;
  if (repeats < 1) throw Error(ErrorCode::InvalidArgument, "repeat must be at least 1");
  // Fixed random inputs of the workload's sizes.
  at::Generator g = at::detail::createCPUGenerator(7);
  const int64_t phones = w.promptPhones + w.targetPhones;
  gpt::GptInput input;
  input.phones = at::randint(1, gpt.config().phonemeVocabSize, {phones}, g, at::kLong);
  input.bert = at::randn({gpt.config().bertDim, phones}, g) * 0.1;
  input.promptTokens = at::randint(0, gpt.config().eosToken, {w.promptSemanticTokens}, g, at::kLong);
  const int64_t specFrames = static_cast<int64_t>(w.refSeconds * 50.0);
  const at::Tensor spec = at::rand({1, sovits.config().specChannels, specFrames}, g) * 2.0;
  const at::Tensor sv = at::rand({1, 20480}, g);
  const at::Tensor targetPhones = input.phones.narrow(0, w.promptPhones, w.targetPhones).unsqueeze(0);

  gpt::SamplingParams params;  // the official defaults (top-k 15, penalty 1.35)
  params.maxSteps = w.newTokens;
  params.suppressEosSteps = w.newTokens;

  const at::Tensor muteSimilarity = gpt.tokenSimilarity(pipeline::kMuteToken);
  // Token streaming until the first chunk of audio exists; returns its time.
  auto firstStreamedAudioMs = [&](uint64_t seed) {
    const auto start = Clock::now();
    pipeline::ChunkingOptions chunking;
    chunking.chunkTokens = options.streamChunkTokens;
    chunking.fixedLength = options.streamFixedChunks;
    pipeline::TokenChunker chunker(chunking, muteSimilarity);
    const sovits::SovitsModel::Timbre timbre = sovits.timbreOf(
        {spec.to(sovits.device())}, needsSpeaker ? std::vector<at::Tensor>{sv.to(sovits.device())} : std::vector<at::Tensor>{});
    pipeline::StreamingDecodeOptions decode;
    decode.seed = 1;
    pipeline::StreamingDecoder decoder(sovits, timbre, targetPhones.to(sovits.device()), decode);
    std::vector<int64_t> tokens;
    std::size_t released = 0;
    bool heard = false;
    gpt::SamplingParams streamParams = params;
    streamParams.seed = seed;
    try {
      gpt.generate(input, streamParams, [&](int) { return !heard; }, [&](int64_t token) {
        tokens.push_back(token);
        if (const int cut = chunker.push(token); cut > 0) {
          released += std::size_t(cut);
          heard = decoder.push(at::tensor(std::vector<int64_t>(tokens.begin(), tokens.begin() + long(released))), false)
                      .numel() > 0;
        }
      });
    } catch (const Error& e) {
      if (e.code() != ErrorCode::Cancelled) throw;  // the run stops once the first audio exists
    }
    if (!heard) heard = decoder.push(at::tensor(tokens), true).numel() > 0;
    return msBetween(start, Clock::now());
  };

  std::vector<double> first, perToken, gptMs, sovitsMs, totalMs, firstAudio;
  for (int run = 0; run <= repeats; ++run) {  // run 0 warms up
    params.seed = static_cast<uint64_t>(run);
    const auto start = Clock::now();
    Clock::time_point firstTokenDone = start;
    const gpt::GptResult tokens = gpt.generate(input, params, [&](int step) {
      if (step == 1) firstTokenDone = Clock::now();
      return true;
    });
    const auto gptDone = Clock::now();
    sovits::DecodeRequest decode;
    decode.codes = tokens.predSemantic.reshape({1, 1, -1}).to(sovits.device());
    decode.phones = targetPhones.to(sovits.device());
    decode.refSpecs = {spec.to(sovits.device())};
    if (needsSpeaker) decode.svEmbeddings = {sv.to(sovits.device())};
    decode.seed = 1;
    const at::Tensor audio = sovits.decode(decode);
    const auto end = Clock::now();
    if (tokens.predSemantic.numel() != w.newTokens - 1 && tokens.predSemantic.numel() != w.newTokens)
      throw Error(ErrorCode::Internal, "the benchmark generated " + std::to_string(tokens.predSemantic.numel()) +
                                           " tokens instead of " + std::to_string(w.newTokens));
    const double streamedMs = firstStreamedAudioMs(static_cast<uint64_t>(run));
    if (run == 0) continue;
    firstAudio.push_back(streamedMs);
    first.push_back(msBetween(start, firstTokenDone));
    perToken.push_back(msBetween(firstTokenDone, gptDone) / std::max(1, w.newTokens - 1));
    gptMs.push_back(msBetween(start, gptDone));
    sovitsMs.push_back(msBetween(gptDone, end));
    totalMs.push_back(msBetween(start, end));
    if (log) log("run " + std::to_string(run) + ": total " + std::to_string(totalMs.back()) + " ms");
    (void)audio;
  }
  BenchResult r;
  r.workload = w.name;
  r.repeats = repeats;
  r.tokens = w.newTokens;
  r.gptFirstMs = median(first);
  r.gptMsPerToken = median(perToken);
  r.gptMs = median(gptMs);
  r.tokensPerSecond = r.gptMs > 0 ? 1000.0 * w.newTokens / r.gptMs : 0.0;
  r.sovitsMs = median(sovitsMs);
  r.totalMs = median(totalMs);
  r.audioSeconds = double(w.newTokens) * 0.04;  // one token = 40 ms at 25 Hz
  r.rtf = r.totalMs / 1000.0 / r.audioSeconds;
  r.firstAudioMs = median(firstAudio);
  r.streamChunkTokens = options.streamChunkTokens;
  r.streamFixedChunks = options.streamFixedChunks;
  r.peakRssMb = peakRssMb();
  return r;
}

}  // namespace timbre::bench
