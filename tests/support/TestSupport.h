#pragma once
// Shared helpers for the Qt Test suite: where the shared fixtures live and
// tensor comparisons that report where two tensors differ.
#include <ATen/ATen.h>
#include <QString>

#include "support/SharedData.h"

namespace timbre::test {

// Largest |a-b| over all elements (shapes must match; returns +inf otherwise).
double maxAbsDiff(const at::Tensor& actual, const at::Tensor& expected);
// Largest |a-b| / max(|b|, floor) over all elements.
double maxRelDiff(const at::Tensor& actual, const at::Tensor& expected, double floor = 1e-6);
// "shape [1, 2] vs [1, 3]" or "max abs diff 3e-5 at index 17 (got 0.1, want 0.10003)".
QString describeDiff(const at::Tensor& actual, const at::Tensor& expected);

}  // namespace timbre::test

// Fails the test unless both tensors have the same shape and every element is within atol.
#define TIMBRE_COMPARE_TENSORS(actual, expected, atol)                                           \
  do {                                                                                           \
    const at::Tensor _a = (actual), _e = (expected);                                             \
    const double _d = ::timbre::test::maxAbsDiff(_a, _e);                                        \
    if (!(_d <= (atol)))                                                                         \
      QFAIL(qPrintable(QStringLiteral(#actual " vs " #expected ": ") +                           \
                       ::timbre::test::describeDiff(_a, _e) + QStringLiteral(" (atol %1)").arg(atol))); \
  } while (0)
