#include "models/sovits/FrameNoise.h"

#include <ATen/CPUGeneratorImpl.h>

#include <vector>

namespace timbre::sovits {
namespace {
// Frames per independently seeded block: big enough that seeding costs nothing
// next to the draw, small enough that a stream chunk draws little it does not use.
constexpr int64_t kBlockFrames = 32;
}  // namespace

at::Tensor frameNoise(uint64_t seed, int64_t channels, int64_t begin, int64_t end) {
  const auto options = at::TensorOptions().dtype(at::kFloat);
  if (end <= begin) return at::empty({1, channels, 0}, options);
  std::vector<at::Tensor> blocks;
  for (int64_t block = begin / kBlockFrames; block * kBlockFrames < end; ++block) {
    // Block seeds spread by a large odd constant so neighbouring seeds do not share blocks.
    at::Generator generator =
        at::detail::createCPUGenerator(seed * 0x9E3779B97F4A7C15ull + static_cast<uint64_t>(block) + 1);
    const at::Tensor draw = at::randn({kBlockFrames, channels}, generator, options);  // frame-major
    const int64_t from = std::max(begin, block * kBlockFrames), to = std::min(end, (block + 1) * kBlockFrames);
    blocks.push_back(draw.narrow(0, from - block * kBlockFrames, to - from));
  }
  return at::cat(blocks, 0).t().unsqueeze(0).contiguous();
}

}  // namespace timbre::sovits
