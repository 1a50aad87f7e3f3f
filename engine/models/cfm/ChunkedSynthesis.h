#pragma once
// TTS.using_vocoder_synthesis's serial loop: the reference's features and
// normalised mel become the CFM prompt (at most T_ref frames), the target
// features are cut into chunks of T_chunk − T_min frames, and each chunk's
// prompt is the tail of the chunk before (spec §2.8.3–5 with the §9.4 fix).
#include "models/cfm/CfmSampler.h"
#include "models/cfm/CfmVersion.h"

#include <functional>
#include <vector>

namespace timbre::cfm {

struct CfmPrompt {
  at::Tensor features;  // [1, C, T_min]
  at::Tensor mel;       // [1, mel, T_min] normalised
  int64_t chunkFrames = 0;  // T_chunk − T_min
};

// featuresRef [1, C, Tf] (decode_encp of the prompt), melRef [1, mel, M]
// normalised: both cut to T_min = min(Tf, M), then to their last T_ref frames.
CfmPrompt makeCfmPrompt(const at::Tensor& featuresRef, const at::Tensor& melRef, const CfmVersion& version);

// The standard normal [1, mel, frames] for chunk k (the official torch.randn).
using ChunkNoise = std::function<at::Tensor(int64_t chunk, int64_t frames)>;

// featuresTodo [1, C, N] -> one normalised mel [1, mel, chunk] per chunk.
// `firstTrace` receives chunk 0's first DiT evaluation. `cancelled`, when set,
// is polled before each chunk (throws timbre::Error(Cancelled)).
std::vector<at::Tensor> synthesizeMelChunks(const Dit& dit, const CfmPrompt& prompt, const at::Tensor& featuresTodo,
                                            int steps, const ChunkNoise& noise, CfmTrace* firstTrace = nullptr,
                                            const std::function<bool()>& cancelled = {});

}  // namespace timbre::cfm
