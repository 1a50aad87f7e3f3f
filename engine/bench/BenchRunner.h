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
  double firstAudioMs = 0;     // until the first audio exists (no token streaming yet: the whole piece)
  double peakRssMb = 0;
};

// needsSpeaker: pass a random speaker embedding (v2Pro/v2ProPlus).
BenchResult runBenchmark(const gpt::GptModel& gpt, const sovits::SovitsModel& sovits, const BenchWorkload& workload,
                         int repeats, bool needsSpeaker, const std::function<void(const std::string&)>& log = {});

// Peak resident set size of this process in MiB (VmHWM).
double peakRssMb();

}  // namespace timbre::bench
