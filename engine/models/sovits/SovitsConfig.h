#pragma once
// Every size of a SynthesizerTrn, read from the HParams tree stored in the
// .pth file (config["model"], config["data"]). Sizes the official code fixes
// regardless of the config are the k* constants below.
#include "models/sovits/SovitsVersion.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

namespace timbre::sovits {

// Fixed by the official model code, not by the config.
inline constexpr int64_t kSslChannels = 768;          // HuBERT feature width
inline constexpr int64_t kCodebookSize = 1024;        // VQ bins
inline constexpr int64_t kMrteHidden = 512;           // MRTE() default hidden_size
inline constexpr int64_t kMrteContentChannels = 192;  // MRTE() default content/out channels
inline constexpr int64_t kMrteHeads = 4;
inline constexpr int64_t kRelativeWindow = 4;         // attentions.Encoder window_size
inline constexpr int64_t kStyleHidden = 128;          // MelStyleEncoder defaults
inline constexpr int64_t kStyleKernel = 5;
inline constexpr int64_t kStyleHeads = 2;
inline constexpr int64_t kV2StyleBins = 704;          // v2+ ref encoder sees spec bins [0, 704)
inline constexpr int64_t kFlowCount = 4;              // ResidualCouplingBlock(…, 5, 1, 4)
inline constexpr int64_t kFlowKernel = 5;
inline constexpr int64_t kFlowWnLayers = 4;
inline constexpr int64_t kSpeakerEmbeddingDim = 20480;  // ERes2NetV2 output fed to sv_emb
inline constexpr int64_t kProTextTimbreDim = 512;       // ge_to512
inline constexpr int64_t kV1Symbols = 322;
inline constexpr int64_t kV2Symbols = 732;

struct SovitsConfig {
  SovitsVersion version = SovitsVersion::V2;
  int64_t specChannels = 1025;  // filter_length / 2 + 1
  int64_t interChannels = 192;
  int64_t hiddenChannels = 192;
  int64_t filterChannels = 768;
  int64_t nHeads = 2;
  int64_t nLayers = 6;
  int64_t kernelSize = 3;
  std::vector<int64_t> resblockKernelSizes{3, 7, 11};
  std::vector<std::vector<int64_t>> resblockDilationSizes{{1, 3, 5}, {1, 3, 5}, {1, 3, 5}};
  std::vector<int64_t> upsampleRates{10, 8, 2, 2, 2};
  int64_t upsampleInitialChannel = 512;
  std::vector<int64_t> upsampleKernelSizes{16, 16, 8, 2, 2};
  int64_t ginChannels = 512;
  bool semantic25Hz = true;  // semantic_frame_rate "25hz" (stride-2 ssl_proj, ×2 upsample)
  int samplingRateHz = 32000;
  int64_t hopLength = 640;

  // Rows of enc_p.text_embedding: 322 (v1) or 732.
  int64_t symbolCount() const;
  // Spectrum bins the reference encoder reads: all (v1) or the first 704.
  int64_t styleBins() const;
  // Output samples per latent frame (product of upsample_rates).
  int64_t upsampleFactor() const;

  // Accepts the HParams tree ({"model": {...}, "data": {...}}) as the checkpoint
  // reader exposes it, or a flat SynthesizerTrn constructor-argument object
  // (with spec_channels). Missing sizes fall back to the official s2.json values.
  // Throws timbre::Error(UnsupportedFormat) for configurations this decoder does
  // not implement (resblock "2", mismatched list lengths, odd inter_channels, an
  // upsample_initial_channel that leaves a stage with no channels).
  static SovitsConfig fromJson(const nlohmann::json& config, SovitsVersion version);
  // The same tree for SynthesizerTrnV3 (v3/v4): only the text-encoder sizes
  // matter there; the dec.* sizes are read but unused.
  static SovitsConfig fromJsonV3V4(const nlohmann::json& config, SovitsVersion version);

 private:
  static SovitsConfig parse(const nlohmann::json& config, SovitsVersion version);
};

}  // namespace timbre::sovits
