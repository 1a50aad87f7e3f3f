#pragma once
// TTS.sola_algorithm: joins vocoded windows that overlap by `overlap` samples.
// For each seam the next window's start is searched within `search` samples
// for the best normalised cross-correlation with the previous tail, then the
// tail and the shifted head are cross-faded with a periodic Hann window.
#include <ATen/ATen.h>

#include <vector>

namespace timbre::cfm {

// fragments: 1-d float tensors, each longer than overlap + search (except
// possibly the last, whose head is searched as far as it reaches).
// `offsets`, when set, receives the chosen shift of each seam.
at::Tensor solaJoin(std::vector<at::Tensor> fragments, int64_t overlap, int64_t search = 320,
                    std::vector<int64_t>* offsets = nullptr);

}  // namespace timbre::cfm
