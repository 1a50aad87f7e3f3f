#pragma once
// Decides when a token-streaming run hands the decoder a chunk of new semantic
// tokens (spec §2.6, the streaming infer_panel_naive): either every
// `chunkTokens` tokens (fixed-length mode), or at the best pause: once
// chunkTokens + 2 tokens wait, the pair of consecutive tokens most similar to
// the mute token (similarity above the threshold) ends the chunk, provided the
// chunk is at least chunkTokens long. Cutting in a pause keeps the joins inaudible.
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <vector>

namespace timbre::pipeline {

// The semantic token the official streaming mode treats as silence.
inline constexpr int64_t kMuteToken = 486;

struct ChunkingOptions {
  int chunkTokens = 16;            // min_chunk_length (official default 16)
  bool fixedLength = false;        // streaming_mode 3: cut every chunkTokens tokens
  double pauseThreshold = 0.0;     // chunk_split_thershold: similarity a pause token must reach
};

class TokenChunker {
 public:
  // muteSimilarity: [vocab] float, each token's similarity to the mute token
  // (GptModel::tokenSimilarity(486)); unused in fixed-length mode.
  TokenChunker(ChunkingOptions options, at::Tensor muteSimilarity);

  // Adds one sampled token; returns how many of the waiting tokens form the
  // next chunk (0: keep waiting). Those tokens stop waiting.
  int push(int64_t token);
  // Tokens received but not yet released in a chunk.
  int waiting() const { return static_cast<int>(m_waiting.size()); }

 private:
  int bestPauseCut() const;

  ChunkingOptions m_options;
  std::vector<float> m_similarity;
  std::vector<int64_t> m_waiting;
};

}  // namespace timbre::pipeline
