#pragma once
// Times the synthesis core on a workload: GPT prefill and per-token steps, the
// SoVITS decode, and the process's peak memory. Medians over the repeats,
// after one warm-up run.
#include "bench/BenchWorkload.h"
#include "models/gpt/GptModel.h"
#include "models/sovits/SovitsModel.h"

#include <functional>
#include <string>

namespace timbre::bench {

struct BenchResult {
  std::string workload;
  int repeats = 0;
  int tokens = 0;
  double gptFirstMs = 0;       // prefill + first token
  double gptMsPerToken = 0;    // every later token
  double tokensPerSecond = 0;  // over the whole GPT run
  double gptMs = 0;
  double sovitsMs = 0;
  double totalMs = 0;
  double audioSeconds = 0;
  double rtf = 0;              // total / audio
  double firstAudioMs = 0;     // token streaming: from the start until the first audio chunk is ready
  int streamChunkTokens = 0;   // the chunk length that first audio was measured with
  bool streamFixedChunks = false;  // ... and whether chunks were cut at pauses (mode 2) or every N tokens (mode 3)
  double peakRssMb = 0;
};

struct BenchOptions {
  int repeats = 3;
  bool needsSpeaker = false;   // pass a random speaker embedding (v2Pro/v2ProPlus)
  int streamChunkTokens = 16;  // min_chunk_length of the streaming first-audio run
  // Cut every streamChunkTokens (api_v2 streaming_mode 3) instead of at the
  // best pause after them (mode 2), which on random weights may come later.
  bool streamFixedChunks = false;
};

// Each run times the whole workload (GPT, then one decode), then a token-streaming
// run of the same request up to its first audio chunk.
BenchResult runBenchmark(const gpt::GptModel& gpt, const sovits::SovitsModel& sovits, const BenchWorkload& workload,
                         const BenchOptions& options, const std::function<void(const std::string&)>& log = {});

// Peak resident set size of this process in MiB (VmHWM).
double peakRssMb();

}  // namespace timbre::bench
