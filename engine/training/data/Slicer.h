#pragma once
// Cutting a long recording at its pauses, as GPT-SoVITS's tools/slicer2.py
// (Slicer) with the WebUI's defaults, and the level mix tools/slice_audio.py
// applies to every piece before writing it as 32 kHz PCM16.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace timbre::training::data {

// In the WebUI's units; converted as Slicer.__init__ does.
struct SlicerSettings {
  int sampleRateHz = 32000;
  double thresholdDb = -34.0;
  double minLengthMs = 4000.0;
  double minIntervalMs = 300.0;
  double hopSizeMs = 10.0;
  double maxSilenceKeptMs = 500.0;
  // slice_audio.py's post-normalisation: chunk/peak*(maxLevel*alpha) + (1-alpha)*chunk.
  double maxLevel = 0.9;
  double alpha = 0.25;
};

// The settings in frames/samples (Slicer.__init__). Throws timbre::Error
// (InvalidArgument) unless minLength >= minInterval >= hop and maxSilenceKept >= hop.
struct SlicerFrames {
  double threshold = 0;   // linear RMS
  int64_t hop = 0;        // samples
  int64_t window = 0;     // samples
  int64_t minLength = 0;  // frames
  int64_t minInterval = 0;
  int64_t maxSilenceKept = 0;
};
SlicerFrames slicerFrames(const SlicerSettings& settings);

// slicer2.get_rms: frames of `window` every `hop` over the zero-padded signal,
// sqrt(mean(x²)) in float32 with NumPy's pairwise summation; len/hop + 1 values.
std::vector<float> slicerRms(const std::vector<float>& samples, int64_t window, int64_t hop);

struct SliceRange {
  int64_t start = 0;  // first sample (also the file name's start)
  int64_t end = 0;    // the name's end: frame * hop, may pass the input's end
  int64_t sampleCount(int64_t inputLength) const { return std::min(end, inputLength) - start; }
};

// Slicer.slice on mono float samples. Inputs of at most minLength samples (the
// official comparison of samples with frames) come back whole.
std::vector<SliceRange> sliceAtSilences(const std::vector<float>& samples, const SlicerSettings& settings = {});

// slice_audio.py's level mix and int16 conversion of one piece (float32 as
// NumPy computes it, truncation toward zero). An all-zero piece gives zeros
// (the official code divides by 0 there).
std::vector<int16_t> mixSliceToPcm16(const float* samples, int64_t count, const SlicerSettings& settings = {});

// "%s_%010d_%010d.wav": e.g. "long.wav_0000020800_0000152320.wav".
std::string sliceFileName(const std::string& inputBasename, const SliceRange& range);

}  // namespace timbre::training::data
