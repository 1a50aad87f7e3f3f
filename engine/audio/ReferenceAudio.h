#pragma once
// The official reference preprocessing for the SoVITS reference encoder
// (spec §2.3, TTS._get_ref_spec): mono, torchaudio-sinc resampling to the
// model rate, peak normalisation, linear spectrogram.
#include "audio/AudioBuffer.h"
#include "audio/Spectrogram.h"

#include <ATen/core/Tensor.h>

namespace timbre::audio {

// Every SoVITS version computes the reference spectrogram at 32 kHz.
inline constexpr int kReferenceRateHz = 32000;

// audio (any rate/channels) -> [1, N] float32 at rateHz: channel mean (see
// mixToMono for > 2 channels), resampleSinc() when the rate differs, then
// normalizePeak(). Throws timbre::Error(Audio) for an empty buffer.
at::Tensor referenceWaveform(const AudioBuffer& audio, int rateHz = kReferenceRateHz);

// referenceWaveform() -> linearSpectrogram(): [1, nFft/2+1, frames].
at::Tensor referenceSpectrogram(const AudioBuffer& audio, int rateHz = kReferenceRateHz,
                                const SpectrogramOptions& options = {});

}  // namespace timbre::audio
