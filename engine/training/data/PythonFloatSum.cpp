#include "training/data/PythonFloatSum.h"

namespace timbre::training::data {

float numpyPairwiseSum(const float* a, int64_t n) {
  constexpr int64_t kBlock = 128;
  if (n < 8) {
    float sum = 0.0f;  // NumPy starts this branch from -0.0 only for the 0-length case; same value
    for (int64_t i = 0; i < n; ++i) sum += a[i];
    return sum;
  }
  if (n <= kBlock) {
    float r[8];
    for (int j = 0; j < 8; ++j) r[j] = a[j];
    int64_t i = 8;
    for (; i < n - (n % 8); i += 8)
      for (int j = 0; j < 8; ++j) r[j] += a[i + j];
    float sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; ++i) sum += a[i];
    return sum;
  }
  int64_t half = n / 2;
  half -= half % 8;
  return numpyPairwiseSum(a, half) + numpyPairwiseSum(a + half, n - half);
}

}  // namespace timbre::training::data
