#include "serve/ParallelDecodeLimit.h"

#include <cmath>

namespace timbre::serve {

uint64_t estimatedJoinedDecodeBytes(std::size_t textBytes) {
  const double frames = kFramesPerTextByte * double(textBytes);
  return uint64_t(kAttentionBytesPerFramePair * frames * frames);
}

std::size_t maxParallelTextBytes(uint64_t budgetBytes) {
  return std::size_t(std::sqrt(double(budgetBytes) / kAttentionBytesPerFramePair) / kFramesPerTextByte);
}

}  // namespace timbre::serve
