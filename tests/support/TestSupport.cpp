#include "support/TestSupport.h"

#include <limits>
#include <sstream>

namespace timbre::test {

static bool sameShape(const at::Tensor& a, const at::Tensor& b) { return a.sizes().vec() == b.sizes().vec(); }

double maxAbsDiff(const at::Tensor& actual, const at::Tensor& expected) {
  if (!sameShape(actual, expected)) return std::numeric_limits<double>::infinity();
  if (actual.numel() == 0) return 0.0;
  const auto diff = (actual.to(at::kCPU).to(at::kDouble) - expected.to(at::kCPU).to(at::kDouble)).abs();
  // NaN anywhere must fail, so compare through max() that propagates NaN.
  return diff.max().item<double>();
}

double maxRelDiff(const at::Tensor& actual, const at::Tensor& expected, double floor) {
  if (!sameShape(actual, expected)) return std::numeric_limits<double>::infinity();
  if (actual.numel() == 0) return 0.0;
  const auto e = expected.to(at::kCPU).to(at::kDouble);
  const auto diff = (actual.to(at::kCPU).to(at::kDouble) - e).abs() / e.abs().clamp_min(floor);
  return diff.max().item<double>();
}

QString describeDiff(const at::Tensor& actual, const at::Tensor& expected) {
  std::ostringstream out;
  if (!sameShape(actual, expected)) {
    out << "shape " << actual.sizes() << " vs " << expected.sizes();
    return QString::fromStdString(out.str());
  }
  if (actual.numel() == 0) return QStringLiteral("both empty");
  const auto a = actual.to(at::kCPU).to(at::kDouble).reshape(-1);
  const auto e = expected.to(at::kCPU).to(at::kDouble).reshape(-1);
  const auto diff = (a - e).abs();
  const int64_t at = diff.argmax().item<int64_t>();
  out << "max abs diff " << diff[at].item<double>() << " at flat index " << at << " (got "
      << a[at].item<double>() << ", want " << e[at].item<double>() << ")";
  return QString::fromStdString(out.str());
}

}  // namespace timbre::test
