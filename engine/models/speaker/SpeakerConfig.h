#pragma once
// The sizes of an ERes2NetV2 speaker encoder, read off the tensor shapes of its
// state_dict (the file carries no config): the released sv model has
// m_channels 64, widths 24/48/96/192 (baseWidth 24), scale 4, expansion 4,
// blocks 3,4,6,3 and 80 mel bins.
#include "checkpoint/Checkpoint.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace timbre::speaker {

struct SpeakerConfig {
  int64_t mChannels = 0;                 // stem channels (conv1.weight dim 0)
  int64_t expansion = 0;                 // block output = planes * expansion
  int64_t scale = 0;                     // Res2Net splits per block
  std::array<int64_t, 4> widths{};       // split width of each stage (floor(planes * baseWidth / 64))
  std::array<int64_t, 4> numBlocks{};    // blocks per stage
  std::array<int64_t, 4> affInner{};     // AFF hidden channels inside stage blocks (0: stage has none)
  int64_t fuseInner = 0;                 // hidden channels of the stage-3/4 fusion AFF (fuse34)
  int64_t featDim = 80;                  // mel bins the model reads
  int64_t embeddingSize = 0;             // seg_1 outputs (unused by forward3; 0 when the file lacks seg_1)

  // planes of stage k (0-based): mChannels * 2^k
  int64_t planes(int stage) const { return mChannels << stage; }
  // stage-4 / fused output channels: mChannels * 8 * expansion
  int64_t outChannels() const { return planes(3) * expansion; }
  // frequency rows left after the three stride-2 stages
  int64_t outFreq() const;
  // forward3 embedding size: outChannels() * outFreq() (20480 for the released model)
  int64_t embeddingDim() const { return outChannels() * outFreq(); }
};

using ParameterShapes = std::map<std::string, std::vector<int64_t>>;

// Reads the sizes from the tensor shapes. Throws timbre::Error(ModelMismatch)
// naming the file, the tensor, the shape found and what was expected when the
// file is not an ERes2NetV2 state_dict.
SpeakerConfig inferSpeakerConfig(const checkpoint::Checkpoint& checkpoint);

// Every tensor forward3 needs, with its shape (BatchNorm: weight, bias,
// running_mean, running_var; the unused pooling/seg_1 layers are not listed).
ParameterShapes speakerParameterShapes(const SpeakerConfig& config);

}  // namespace timbre::speaker
