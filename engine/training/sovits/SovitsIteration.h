#pragma once
// One iteration of s2_train.py::train_and_evaluate in fp32 (training spec
// §2.7): the generator's training forward; the D step (loss_disc on y and
// ŷ.detach(), backward, AdamW); then the G step against the already-updated
// D (loss_gen + loss_fm + loss_mel + kl_ssl + loss_kl, backward, AdamW).
// A step whose loss is not finite is not applied (the official GradScaler
// skips such steps too) and is reported, so the trainer can count it.
#include "training/common/ParameterSet.h"
#include "training/sovits/AdamW.h"
#include "training/sovits/MultiPeriodDiscriminator.h"
#include "training/sovits/SovitsTrainModel.h"
#include "training/sovits/TrainMel.h"

#include <ATen/ATen.h>

#include <functional>
#include <string>
#include <vector>

namespace timbre::training {

struct SovitsLossValues {
  double disc = 0, gen = 0, fm = 0, mel = 0, kl = 0, klSsl = 0;
  double genAll = 0;                       // gen + fm + mel + kl_ssl + kl
  std::vector<double> discReal, discFake;  // per discriminator
  std::vector<double> genPerDiscriminator;
  double gradNormD = 0, gradNormG = 0;     // commons.clip_grad_value_(…, None): measured, not clipped
  bool finite() const;
};

struct SovitsIterationResult {
  SovitsLossValues losses;
  SovitsForward forward;   // the generator's outputs (y_hat, z_p, …), detached from nothing
  // Every discriminator's flattened scores, concatenated along dim 1 (detached):
  // the D step's on y and on ŷ, and the updated D's on ŷ in the G step.
  at::Tensor realScores, fakeScores, updatedFakeScores;
  at::Tensor yMel, yHatMel;  // the sliced mel of the batch and the mel of ŷ (detached)
  bool discriminatorSkipped = false;  // non-finite loss_disc or D gradient: D not updated
  bool generatorSkipped = false;      // non-finite loss_gen_all or G gradient: G not updated
};

// The optimiser of net_g as s2_train builds it: group 0 = every trainable
// parameter except the three below, at `lr`; then enc_p.text_embedding,
// enc_p.encoder_text and enc_p.mrte at lr·textLowLrRate (each its own group).
AdamW makeSovitsGeneratorOptimizer(const ParameterSet& generator, double lr, double textLowLrRate,
                                   AdamWOptions options = {});
// AdamW over every trainable parameter of net_d at `lr`.
AdamW makeSovitsDiscriminatorOptimizer(const ParameterSet& discriminator, double lr, AdamWOptions options = {});

class SovitsIteration {
 public:
  enum class Phase { AfterDiscriminatorBackward, AfterGeneratorBackward };
  // Called before each optimiser step (tests read the gradients there).
  using Observer = std::function<void(Phase)>;

  struct Weights {
    double cMel = 45.0;  // train.c_mel
    double cKl = 1.0;    // train.c_kl
  };

  // Every reference must outlive the iteration.
  SovitsIteration(const SovitsTrainModel& generator, const MultiPeriodDiscriminator& discriminator,
                  ParameterSet& discriminatorParameters, AdamW& optimizerG, AdamW& optimizerD, const TrainMel& mel,
                  Weights weights);

  // training = false turns dropout off (the fixtures' replay); injected ids/eps
  // replace the draws from `rng` (nullptr: the default CPU generator).
  SovitsIterationResult run(const SovitsBatch& batch, const SovitsInjected& injected = {}, bool training = true,
                            const at::Generator* rng = nullptr, const Observer& observer = {});

 private:
  const SovitsTrainModel* m_generator;
  const MultiPeriodDiscriminator* m_discriminator;
  ParameterSet* m_dParameters;
  AdamW* m_optimizerG;
  AdamW* m_optimizerD;
  const TrainMel* m_mel;
  Weights m_weights;
};

}  // namespace timbre::training
