#pragma once
// Log mel filterbank features computed the way Kaldi's compute-fbank-feats does
// (and torchaudio.compliance.kaldi.fbank / GPT-SoVITS's eres2net/kaldi.py, which
// the speaker encoder was trained on). Deterministic: no dither, no VTLN warp.
#include <ATen/ATen.h>

namespace timbre::speaker {

enum class FbankWindow { Povey, Hanning, Hamming, Rectangular, Blackman };

// Kaldi's option names and defaults, except numMelBins (Kaldi: 23) which is
// 80 here because that is what GPT-SoVITS's speaker model reads.
struct FbankOptions {
  int numMelBins = 80;
  double sampleRate = 16000;
  double frameLengthMs = 25.0;
  double frameShiftMs = 10.0;
  double preemphasis = 0.97;
  bool removeDcOffset = true;
  bool roundToPowerOfTwo = true;  // zero-pad each frame to the next power of two for the FFT
  bool snipEdges = true;          // only frames that fit completely; otherwise reflect at the ends
  FbankWindow window = FbankWindow::Povey;
  double blackmanCoeff = 0.42;
  double lowFreq = 20.0;
  double highFreq = 0.0;          // <= 0: offset from Nyquist
  bool usePower = true;           // power spectrum (else magnitude)
  bool useLogFbank = true;        // log(max(energy, float epsilon))
  bool useEnergy = false;         // prepend (or append with htkCompat) the frame log energy
  bool rawEnergy = true;          // energy before preemphasis and windowing
  double energyFloor = 1.0;       // floor on the log energy (0: none)
  bool htkCompat = false;
  bool subtractMean = false;      // subtract each feature's mean over the utterance
};

// Frames the options give for numSamples (0 when the wave is shorter than one
// frame with snipEdges).
int64_t fbankFrameCount(int64_t numSamples, const FbankOptions& options = {});

// wave [N] or [1, N] (16 kHz, [-1, 1] scale as GPT-SoVITS passes it) ->
// [frames, numMelBins (+1 with useEnergy)] float32 on the wave's device.
// Computed in float32 whatever the input dtype. Throws timbre::Error(InvalidArgument)
// for another shape, a non-floating wave, a wave shorter than one frame or bad options.
at::Tensor kaldiFbank(const at::Tensor& wave, const FbankOptions& options = {});

// The triangular mel filters [numMelBins, paddedWindow / 2 + 1] (last column zero),
// float32 on the CPU, computed with the same float32 operations as the reference.
at::Tensor kaldiMelBanks(const FbankOptions& options = {});

}  // namespace timbre::speaker
