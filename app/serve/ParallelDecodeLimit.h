#pragma once
// How long a text parallel_infer may decode in one piece. The joined SoVITS
// decode (parallel_infer=true) attends over every latent frame of the whole
// text at once, so its memory grows with the square of the text length: a
// 20,000-byte request took a server past 15 GB. The limit is derived from the
// text length before any work starts: bytes → a generous estimate of latent
// frames → the attention matrices' size, compared with a per-request budget.
#include <cstddef>
#include <cstdint>

namespace timbre::serve {

// Latent frames (50 per second of audio) one byte of text can become, with
// room to spare: spelled-out letters ("aaaa…") and slow speakers give the most.
inline constexpr double kFramesPerTextByte = 8.0;
// Bytes per (frame × frame) pair of the decode's self-attention: 2 heads of
// float32 scores, the relative-position logits and the softmax alive at once.
inline constexpr double kAttentionBytesPerFramePair = 32.0;

// Estimated peak memory of a joined decode of `textBytes` bytes of text.
uint64_t estimatedJoinedDecodeBytes(std::size_t textBytes);
// The longest text whose estimate stays within `budgetBytes`.
std::size_t maxParallelTextBytes(uint64_t budgetBytes);

}  // namespace timbre::serve
