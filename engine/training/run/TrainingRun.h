#pragma once
// The whole fine-tuning recipe as `timbre-cli train` (and later the studio's
// wizard) runs it: prepare the clips, train SoVITS, train the GPT, and after
// each saved epoch synthesise a fixed sentence in the new voice, reporting
// progress as events (a JSON-lines log is one listener).
#include "training/data/PrepareDataset.h"

#include <c10/core/Device.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace timbre::training {

struct TrainingRunOptions {
  data::DatasetSource source;
  // The pretrained models: a folder in the layouts `say --models` accepts, and
  // single files that override what it gives. The SoVITS base must be the
  // pretrained s2G with its posterior encoder; the discriminator is found
  // beside it (s2G… → s2D…) unless named.
  std::string baseFolder;
  std::string baseSovits, baseDiscriminator, baseGpt, hubert, bert, speaker;

  std::string outFolder;                // gets work/, SoVITS_weights_<ver>/, GPT_weights_<ver>/, logs/, auditions/
  std::string experimentName = "voice";
  int sovitsEpochs = 8, gptEpochs = 15;
  int sovitsSaveEvery = 4, gptSaveEvery = 5;  // the last epoch is always saved too
  int64_t sovitsBatchSize = 4, gptBatchSize = 8;
  // Sets of fewer clips are repeated to about this many items per epoch, as the
  // official trainers do (100); a lower value makes quick trial runs.
  int64_t replicateBelow = 100;
  bool gptOfficialSchedule = false;     // the official update rule (often no update on few-shot data)
  bool resume = false;                  // continue from the resume states in outFolder/logs
  uint64_t seed = 1234;
  at::Device device = at::kCPU;
  bool skipSovits = false, skipGpt = false;
  bool audition = true;
  std::string auditionText;             // empty: a fixed sentence in the dataset's language
};

// One progress report. stage: "prepare", "sovits", "gpt", "saved", "audition", "done".
struct TrainingEvent {
  std::string stage;
  std::string message;        // a line for a person
  int epoch = 0, epochs = 0;  // 1-based epoch of the stage
  int64_t step = 0, steps = 0;  // progress within the stage (iterations or batches) and its total
  nlohmann::json values;      // losses, file paths, counts
  double elapsedSeconds = 0;  // since the run started
  double etaSeconds = -1;     // the stage's remaining time, when it can be estimated
  nlohmann::json toJson() const;
};

struct TrainingRunResult {
  data::DatasetReport report;
  std::vector<std::string> sovitsWeights, gptWeights, auditions;
  bool cancelled = false;
};

// Elapsed time or ETA as "m:ss" or "h:mm:ss"; "?" for a negative (unknown) value.
std::string formatDuration(double seconds);

// Throws timbre::Error naming the user's file for bad data or models (before any
// training starts when it can), Cancelled never: a cancel returns with
// `cancelled` set and everything saved up to then kept.
TrainingRunResult runTraining(const TrainingRunOptions& options,
                              const std::function<void(const TrainingEvent&)>& onEvent,
                              const std::atomic<bool>* cancel = nullptr);

}  // namespace timbre::training
