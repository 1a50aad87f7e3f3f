#include "training/sovits/SovitsIteration.h"

#include "training/sovits/SovitsLosses.h"

#include <cmath>

namespace timbre::training {

namespace {

// The three enc_p parts s2_train trains at the lower text rate, in its group order.
const char* const kLowRatePrefixes[] = {"enc_p.text_embedding.", "enc_p.encoder_text.", "enc_p.mrte."};

bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// sqrt(Σ ‖grad‖²) over the parameters that have one, summed in double as
// commons.clip_grad_value_ does with Python floats.
double gradientNorm(const ParameterSet& parameters) {
  double sum = 0.0;
  for (const auto& entry : parameters.entries()) {
    if (entry.buffer || entry.frozen || !entry.tensor.grad().defined()) continue;
    const double n = entry.tensor.grad().norm().item<double>();
    sum += n * n;
  }
  return std::sqrt(sum);
}

void setDiscriminatorTrainable(ParameterSet& parameters, bool trainable) {
  for (auto& entry : parameters.entries())
    if (!entry.buffer && !entry.frozen) entry.tensor.set_requires_grad(trainable);
}

}  // namespace

bool SovitsLossValues::finite() const {
  return std::isfinite(disc) && std::isfinite(genAll) && std::isfinite(gradNormD) && std::isfinite(gradNormG);
}

AdamW makeSovitsGeneratorOptimizer(const ParameterSet& generator, double lr, double textLowLrRate,
                                   AdamWOptions options) {
  std::vector<std::string> names[4];
  std::vector<at::Tensor> params[4];
  for (const auto& entry : generator.entries()) {
    if (entry.buffer || entry.frozen) continue;
    size_t group = 0;
    for (size_t p = 0; p < 3; ++p)
      if (startsWith(entry.name, kLowRatePrefixes[p])) group = p + 1;
    names[group].push_back(entry.name);
    params[group].push_back(entry.tensor);
  }
  AdamW optimizer(options);
  optimizer.addGroup(names[0], params[0], lr);
  const double lowLr = lr * textLowLrRate;  // hps.train.learning_rate * hps.train.text_low_lr_rate
  for (size_t g = 1; g < 4; ++g) optimizer.addGroup(names[g], params[g], lowLr);
  return optimizer;
}

AdamW makeSovitsDiscriminatorOptimizer(const ParameterSet& discriminator, double lr, AdamWOptions options) {
  AdamW optimizer(options);
  optimizer.addGroup(discriminator.trainableNames(), discriminator.trainable(), lr);
  return optimizer;
}

SovitsIteration::SovitsIteration(const SovitsTrainModel& generator, const MultiPeriodDiscriminator& discriminator,
                                 ParameterSet& discriminatorParameters, AdamW& optimizerG, AdamW& optimizerD,
                                 const TrainMel& mel, Weights weights)
    : m_generator(&generator),
      m_discriminator(&discriminator),
      m_dParameters(&discriminatorParameters),
      m_optimizerG(&optimizerG),
      m_optimizerD(&optimizerD),
      m_mel(&mel),
      m_weights(weights) {}

SovitsIterationResult SovitsIteration::run(const SovitsBatch& batch, const SovitsInjected& injected, bool training,
                                           const at::Generator* rng, const Observer& observer) {
  SovitsIterationResult result;
  SovitsLossValues& losses = result.losses;
  ParameterSet& gParameters = m_generator->parameters();

  SovitsForward& out = result.forward = m_generator->forward(batch, injected, training, rng);
  const int64_t frames = m_generator->segmentFrames();
  const int64_t hop = m_generator->config().hopLength;
  const at::Tensor yMel = cutSegments(m_mel->specToMel(batch.spec), out.ids, frames);
  const at::Tensor yHatMel = m_mel->melOfWave(out.yHat.squeeze(1));
  const at::Tensor y = cutSegments(batch.wav, out.ids * hop, frames * hop);
  result.yMel = yMel.detach();
  result.yHatMel = yHatMel.detach();

  // D step on the generator output cut off from G.
  {
    const DiscriminatorOutput real = m_discriminator->forward(y);
    const DiscriminatorOutput fake = m_discriminator->forward(out.yHat.detach());
    const DiscriminatorLoss lossDisc = discriminatorLoss(real.scores, fake.scores);
    result.realScores = at::cat(real.scores, 1).detach();
    result.fakeScores = at::cat(fake.scores, 1).detach();
    losses.disc = lossDisc.total.item<double>();
    losses.discReal = lossDisc.real;
    losses.discFake = lossDisc.fake;
    m_dParameters->zeroGrad();
    lossDisc.total.backward();
    losses.gradNormD = gradientNorm(*m_dParameters);
    if (observer) observer(Phase::AfterDiscriminatorBackward);
    result.discriminatorSkipped = !std::isfinite(losses.disc) || !std::isfinite(losses.gradNormD);
    if (!result.discriminatorSkipped) m_optimizerD->step();
    m_dParameters->zeroGrad();
  }

  // G step against the updated D. D's own gradients are not needed here
  // (the official run computes and then discards them), so they are switched off.
  setDiscriminatorTrainable(*m_dParameters, false);
  try {
    DiscriminatorOutput real;
    {
      at::NoGradGuard noGrad;  // fmap_r is detached by the loss anyway
      real = m_discriminator->forward(y);
    }
    const DiscriminatorOutput fake = m_discriminator->forward(out.yHat);
    const at::Tensor lossMel = melLoss(yMel, yHatMel, m_weights.cMel);
    const at::Tensor lossKl = klLoss(out.zP, out.logsQ, out.mP, out.logsP, out.yMask) * m_weights.cKl;
    const at::Tensor lossFm = featureLoss(real.featureMaps, fake.featureMaps);
    const at::Tensor lossGen = generatorLoss(fake.scores, &losses.genPerDiscriminator);
    result.updatedFakeScores = at::cat(fake.scores, 1).detach();
    at::Tensor total = lossGen + lossFm + lossMel;
    if (out.klSsl.defined()) total = total + out.klSsl.to(total.device()).sum();
    total = total + lossKl;
    losses.gen = lossGen.item<double>();
    losses.fm = lossFm.item<double>();
    losses.mel = lossMel.item<double>();
    losses.kl = lossKl.item<double>();
    losses.klSsl = out.klSsl.defined() ? out.klSsl.sum().item<double>() : 0.0;
    losses.genAll = total.item<double>();
    gParameters.zeroGrad();
    total.backward();
    losses.gradNormG = gradientNorm(gParameters);
    if (observer) observer(Phase::AfterGeneratorBackward);
    result.generatorSkipped = !std::isfinite(losses.genAll) || !std::isfinite(losses.gradNormG);
    if (!result.generatorSkipped) m_optimizerG->step();
  } catch (...) {
    setDiscriminatorTrainable(*m_dParameters, true);
    throw;
  }
  setDiscriminatorTrainable(*m_dParameters, true);
  return result;
}

}  // namespace timbre::training
