#pragma once
// The SoVITS fine-tuning loop (s2_train.py::run for one process, fp32): the
// dataset order and bucket batches of the official trainer, one D step then
// one G step per batch, ExponentialLR per epoch, and the fine-tuned weights in
// the official format. Unlike the official loop it always saves the last
// epoch, writes a resume state with every saved epoch (resuming gives the same
// result as an uninterrupted run), caches each item's spectrogram instead of
// recomputing it every epoch, skips and counts steps with non-finite losses,
// and stops between iterations when asked to.
#include "training/data/PreparedDataset.h"
#include "training/sovits/SovitsIteration.h"

#include <ATen/ATen.h>

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace timbre::training {

struct SovitsTrainingOptions {
  std::string experimentName = "voice";   // weights are "<exp>_e<E>_s<S>.pth"
  std::string weightsFolder;              // where the fine-tuned weights go (SoVITS_weights_<ver>)
  std::string stateFolder;                // where the resume state goes (logs/<exp>)
  std::string baseGenerator;              // pretrained s2G (.pth)
  std::string baseDiscriminator;          // empty: the s2G path with "s2G" replaced by "s2D", as the WebUI does
  int epochs = 8;
  int64_t batchSize = 4;
  int saveEveryEpochs = 4;                // plus the last epoch, always
  double learningRate = 1e-4;
  double textLowLrRate = 0.4;
  double lrDecay = 0.999875;
  uint64_t seed = 1234;                   // hps.train.seed: dropout, enc_q noise, slice starts
  bool resume = true;                     // continue from stateFolder's state when it fits
  int64_t replicateBelow = 100;           // fewer items are replicated max(2, int(100/n)) times (official)
  at::Device device = at::kCPU;
};

struct SovitsProgress {
  int epoch = 0;               // 1-based
  int64_t step = 0;            // global step after this iteration (1-based)
  int64_t stepInEpoch = 0;     // 1-based
  int64_t stepsPerEpoch = 0;
  SovitsLossValues losses;
  bool skipped = false;        // a non-finite loss: this iteration changed nothing
  double elapsedSeconds = 0;   // since run() started
};

struct SovitsTrainingResult {
  std::vector<std::string> savedWeights;  // in the order written
  std::string statePath;                  // the resume state ("" when none was written)
  int lastEpoch = 0;                      // last completed epoch
  int64_t steps = 0;                      // global step reached
  int64_t skippedSteps = 0;               // iterations with a non-finite loss
  int resumedFromEpoch = 0;               // 0: fresh start
  bool cancelled = false;
};

class SovitsTrainer {
 public:
  using ProgressCallback = std::function<void(const SovitsProgress&)>;

  explicit SovitsTrainer(SovitsTrainingOptions options);

  // Throws timbre::Error: Io naming the missing base discriminator (and the path
  // it was expected at), ModelMismatch for weights that do not fit, InvalidArgument
  // for a dataset with no usable item. `cancel` is read between iterations; a
  // cancelled run keeps what was saved up to then.
  SovitsTrainingResult run(const data::PreparedDataset& dataset, const ProgressCallback& progress = {},
                           const std::atomic<bool>* cancel = nullptr);

  // The resume state's path for these options.
  std::string statePath() const;
  // The base discriminator the options name or imply.
  std::string discriminatorPath() const;

 private:
  SovitsTrainingOptions m_options;
};

}  // namespace timbre::training
