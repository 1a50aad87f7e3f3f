#include "training/sovits/SovitsDigestCheck.h"

#include <algorithm>
#include <cmath>

namespace timbre::training {

std::map<std::string, double> noiseLevelNormSlack(const ParameterSet& parameters, double stepSize) {
  std::map<std::string, double> out;
  for (const auto& entry : parameters.entries()) {
    const at::Tensor g = entry.tensor.grad();
    if (!g.defined()) continue;
    const int64_t noisy = (g.abs() <= 1e-6 * g.norm()).sum().item<int64_t>();
    if (noisy > 0) out[entry.name] = 2 * stepSize * std::sqrt(double(noisy));
  }
  return out;
}

std::vector<DigestMismatch> compareWithNormSlack(const DigestTable& table, const at::Tensor& actualValues,
                                                 const at::Tensor& actualStats, const at::Tensor& expectedValues,
                                                 const at::Tensor& expectedStats, double absLimit,
                                                 const std::vector<std::string>& skip,
                                                 const std::map<std::string, double>& normSlack) {
  std::vector<DigestMismatch> out;
  const at::Tensor av = actualValues.to(at::kDouble), ev = expectedValues.to(at::kDouble);
  const at::Tensor as = actualStats.to(at::kDouble), es = expectedStats.to(at::kDouble);
  for (size_t i = 0; i < table.rows().size(); ++i) {
    const DigestRow& row = table.rows()[i];
    if (std::find(skip.begin(), skip.end(), row.name) != skip.end()) continue;
    const double expectedNorm = es[i][0].item<double>(), actualNorm = as[i][0].item<double>();
    if (std::isnan(expectedNorm) || std::isnan(actualNorm)) {
      if (std::isnan(expectedNorm) != std::isnan(actualNorm))
        out.push_back({row.name, INFINITY, 0.0, "present on one side only"});
      continue;
    }
    const double entryError =
        (av.narrow(0, row.offset, row.count) - ev.narrow(0, row.offset, row.count)).abs().max().item<double>();
    const double normError = std::abs(actualNorm - expectedNorm);
    const auto slack = normSlack.find(row.name);
    const double normLimit = absLimit + (slack == normSlack.end() ? 0.0 : slack->second);
    if (!(entryError <= absLimit) || !(normError <= normLimit))
      out.push_back({row.name, std::max(entryError, normError), absLimit,
                     "entries " + std::to_string(entryError) + ", norm " + std::to_string(normError) + " (norm limit " +
                         std::to_string(normLimit) + ")"});
  }
  return out;
}

}  // namespace timbre::training
