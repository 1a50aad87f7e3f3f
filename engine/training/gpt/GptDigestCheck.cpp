#include "training/gpt/GptDigestCheck.h"

#include <algorithm>
#include <cmath>

namespace timbre::training::gpt {

std::vector<ZeroGradientSlice> zeroGradientSlices(const nlohmann::json& rows) {
  std::vector<ZeroGradientSlice> out;
  for (const auto& row : rows)
    out.push_back({row.at(0).get<std::string>(), row.at(1).get<int64_t>(), row.at(2).get<int64_t>()});
  return out;
}

std::vector<DigestMismatch> compareDigestOutsideSlices(const DigestTable& table, const at::Tensor& index,
                                                       const at::Tensor& actualValues, const at::Tensor& actualStats,
                                                       const at::Tensor& expectedValues,
                                                       const at::Tensor& expectedStats, double relOfNorm,
                                                       double absLimit,
                                                       const std::vector<ZeroGradientSlice>& slices) {
  std::vector<std::string> skip;
  for (const auto& s : slices) skip.push_back(s.name);
  std::vector<DigestMismatch> out =
      table.compare(actualValues, actualStats, expectedValues, expectedStats, relOfNorm, absLimit, skip);
  const at::Tensor positions = index.to(at::kLong).contiguous();
  const at::Tensor actual = actualValues.to(at::kDouble), expected = expectedValues.to(at::kDouble);
  const at::Tensor expectedNorms = expectedStats.to(at::kDouble);
  for (size_t i = 0; i < table.rows().size(); ++i) {
    const DigestRow& row = table.rows()[i];
    for (const auto& slice : slices) {
      if (slice.name != row.name) continue;
      const at::Tensor at = positions.narrow(0, row.offset, row.count);
      const at::Tensor outside = (at < slice.begin).logical_or(at >= slice.end);
      const at::Tensor diff =
          (actual.narrow(0, row.offset, row.count) - expected.narrow(0, row.offset, row.count)).abs();
      const double error = diff.masked_select(outside).max().item<double>();
      const double limit = relOfNorm > 0 ? relOfNorm * expectedNorms[int64_t(i)][0].item<double>() + absLimit : absLimit;
      if (!(error <= limit))
        out.push_back({row.name, error, limit,
                       "entries outside [" + std::to_string(slice.begin) + ", " + std::to_string(slice.end) +
                           ") off by " + std::to_string(error)});
    }
  }
  return out;
}

}  // namespace timbre::training::gpt
