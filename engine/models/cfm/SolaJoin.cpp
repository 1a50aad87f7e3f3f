#include "models/cfm/SolaJoin.h"

#include "timbre/Error.h"

namespace timbre::cfm {

at::Tensor solaJoin(std::vector<at::Tensor> fragments, int64_t overlap, int64_t search, std::vector<int64_t>* offsets) {
  if (fragments.empty()) throw Error(ErrorCode::InvalidArgument, "SOLA: no fragments to join");
  for (size_t i = 0; i + 1 < fragments.size(); ++i) {
    const at::Tensor f1 = fragments[i].to(at::kFloat), f2 = fragments[i + 1].to(at::kFloat);
    if (f1.size(0) < overlap || f2.size(0) < overlap)
      throw Error(ErrorCode::InvalidArgument, "SOLA: a fragment is shorter than the overlap");
    const at::Tensor tail = f1.narrow(0, f1.size(0) - overlap, overlap);
    const at::Tensor head = f2.narrow(0, 0, std::min(f2.size(0), overlap + search));
    // Cross-correlation at each shift over the energy of the shifted head.
    const at::Tensor corr = at::conv1d(head.view({1, 1, -1}), tail.view({1, 1, -1})).view(-1);
    const at::Tensor energy = at::conv1d(head.pow(2).view({1, 1, -1}), at::ones_like(tail).view({1, 1, -1})).view(-1) + 1e-8;
    const int64_t shift = (corr / energy.sqrt()).argmax().item<int64_t>();
    if (offsets) offsets->push_back(shift);
    at::Tensor next = f2.narrow(0, shift, f2.size(0) - shift).clone();
    const at::Tensor window = at::hann_window(2 * overlap, at::TensorOptions().dtype(at::kFloat));
    next.narrow(0, 0, overlap)
        .copy_(window.narrow(0, 0, overlap) * next.narrow(0, 0, overlap) + window.narrow(0, overlap, overlap) * tail);
    fragments[i] = f1.narrow(0, 0, f1.size(0) - overlap);
    fragments[i + 1] = next;
  }
  return at::cat(fragments, 0);
}

}  // namespace timbre::cfm
