#pragma once
// `timbre-cli parity` for a training fixture set: every stage recomputes the
// expected files it knows, they are written under OUT_DIR with the set's
// relative names, and with --check each is judged against the official file.
#include <functional>
#include <string>
#include <vector>

namespace timbre::cli::parity::train {

struct RunOptions {
  std::string setDir, outDir, device = "cpu";
  bool check = false;
  std::vector<std::string> onlyStages;  // "prep", "sovits_v2", "sovits_v2Pro", "gpt", …; empty: all
  std::function<void(const std::string&)> log;
};

// Returns the process exit status: non-zero when a file failed its check or an
// expected file was not produced.
int runTrainingParity(const RunOptions& options);

}  // namespace timbre::cli::parity::train
