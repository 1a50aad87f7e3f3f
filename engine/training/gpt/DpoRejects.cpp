#include "training/gpt/DpoRejects.h"

#include <algorithm>
#include <vector>

namespace timbre::training::gpt {

std::pair<at::Tensor, at::Tensor> makeRejects(const at::Tensor& semanticIds, at::Generator& generator) {
  const at::Tensor ids = semanticIds.to(at::kCPU, at::kLong).contiguous();
  const int64_t rows = ids.size(0), length = ids.size(1);
  std::vector<at::Tensor> rejects;
  std::vector<int64_t> lengths;
  for (int64_t r = 0; r < rows; ++r) {
    const at::Tensor y = ids[r];
    const at::Tensor cut = std::get<0>(at::randint(0, std::max<int64_t>(1, length), {2}, generator, at::kLong).sort());
    const int64_t a = cut[0].item<int64_t>(), b = cut[1].item<int64_t>();
    const at::Tensor span = y.slice(0, a, b);
    rejects.push_back(at::cat({y.slice(0, 0, a), span, span, y.slice(0, b, length)}));
    lengths.push_back(rejects.back().size(0));
  }
  const int64_t longest = *std::max_element(lengths.begin(), lengths.end());
  at::Tensor out = at::zeros({rows, longest}, at::kLong);
  for (int64_t r = 0; r < rows; ++r) out[r].narrow(0, 0, lengths[r]).copy_(rejects[r]);
  return {out, at::tensor(lengths, at::kLong)};
}

}  // namespace timbre::training::gpt
