#include "parity/ParityCheck.h"

#include <ATen/ATen.h>

#include <cstdio>
#include <sstream>

namespace timbre::cli::parity {

std::string Tolerance::describe() const {
  char buffer[64];
  switch (kind) {
    case Kind::Exact: return "identical";
    case Kind::Absolute: std::snprintf(buffer, sizeof buffer, "abs %.0e", limit); return buffer;
    case Kind::RelativeToPeak: std::snprintf(buffer, sizeof buffer, "rel %.0e", limit); return buffer;
  }
  return "?";
}

Tolerance toleranceFor(const std::string& stem, at::ScalarType officialType) {
  // The e2e README: int16 output within 1-3 counts (a float landing on the other
  // side of an integer step moves it by one; re-runs of the official code differ by 1).
  if (stem == "wav_int16") return {Tolerance::Kind::Absolute, 3.0};
  if (!at::isFloatingType(officialType)) return {Tolerance::Kind::Exact, 0.0};
  if (stem.rfind("ref_spec", 0) == 0 || stem.rfind("aux_ref_spec", 0) == 0) return {Tolerance::Kind::RelativeToPeak, 1e-5};
  if (stem.rfind("dec_ge", 0) == 0 || stem.rfind("dec_sv_proj", 0) == 0) return {Tolerance::Kind::Absolute, 1e-5};
  return {Tolerance::Kind::Absolute, 1e-4};
}

CheckResult compareOutput(const at::Tensor& actualIn, const at::Tensor& officialIn, const Tolerance& tolerance) {
  CheckResult result;
  const at::Tensor actual = actualIn.to(at::kCPU), official = officialIn.to(at::kCPU);
  if (actual.sizes() != official.sizes()) {
    std::ostringstream s;
    s << "shape " << actual.sizes() << ", official " << official.sizes();
    result.detail = s.str();
    result.error = INFINITY;
    return result;
  }
  if (official.numel() == 0) {
    result.passed = true;
    return result;
  }
  if (tolerance.kind == Tolerance::Kind::Exact) {
    const at::Tensor differs = actual.to(official.scalar_type()).ne(official).reshape(-1);
    const int64_t count = differs.sum().item<int64_t>();
    result.passed = count == 0;
    result.error = static_cast<double>(count);
    if (count) {
      const int64_t first = differs.nonzero()[0][0].item<int64_t>();
      result.detail = std::to_string(count) + " of " + std::to_string(official.numel()) + " differ, first at " +
                      std::to_string(first);
    }
    return result;
  }
  const at::Tensor a = actual.to(at::kDouble).reshape(-1), o = official.to(at::kDouble).reshape(-1);
  const at::Tensor diff = (a - o).abs();
  double error = diff.max().item<double>();  // NaN propagates and fails below
  if (tolerance.kind == Tolerance::Kind::RelativeToPeak) error /= std::max(o.abs().max().item<double>(), 1e-30);
  result.error = error;
  result.passed = error <= tolerance.limit;
  if (!result.passed) {
    const int64_t at = diff.argmax().item<int64_t>();
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, "worst at %lld: %.7g vs official %.7g", static_cast<long long>(at),
                  a[at].item<double>(), o[at].item<double>());
    result.detail = buffer;
  }
  return result;
}

}  // namespace timbre::cli::parity
