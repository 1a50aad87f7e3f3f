#include "TimeEstimate.h"

namespace timbre::gui {

namespace {
constexpr double kMinFraction = 0.05;  // the first steps (loading, reading) say little about the pace
constexpr double kMinSeconds = 1.0;
}  // namespace

double estimateSecondsLeft(double elapsedSeconds, double doneFraction) {
  if (doneFraction < kMinFraction || elapsedSeconds < kMinSeconds) return -1.0;
  if (doneFraction >= 1.0) return 0.0;
  return elapsedSeconds * (1.0 - doneFraction) / doneFraction;
}

}  // namespace timbre::gui
