#pragma once
// How long a generation still needs, from how much of it is done and how long
// that took: the rest is assumed to go at the pace so far.

namespace timbre::gui {

// Too early to say (under 5 % done or under a second spent): a negative value.
double estimateSecondsLeft(double elapsedSeconds, double doneFraction);

}  // namespace timbre::gui
