#pragma once
// The SoVITS training losses (module/losses.py, s2_train.py::train_and_evaluate),
// in fp32 and in the official summation order.
#include "training/sovits/MultiPeriodDiscriminator.h"

#include <ATen/ATen.h>

#include <vector>

namespace timbre::training {

struct DiscriminatorLoss {
  at::Tensor total;                  // Σ_d [mean((1 − D(y))²) + mean(D(ŷ)²)]
  std::vector<double> real, fake;    // per discriminator, for logs and checks
};

// loss_disc from the scores on real audio and on the (detached) generator output.
DiscriminatorLoss discriminatorLoss(const std::vector<at::Tensor>& realScores,
                                    const std::vector<at::Tensor>& fakeScores);
// loss_gen = Σ_d mean((1 − D(ŷ))²); `perDiscriminator` receives each term when given.
at::Tensor generatorLoss(const std::vector<at::Tensor>& fakeScores, std::vector<double>* perDiscriminator = nullptr);
// loss_fm = 2 · Σ_d Σ_layer mean|fmap_r.detach() − fmap_g|.
at::Tensor featureLoss(const std::vector<std::vector<at::Tensor>>& realMaps,
                       const std::vector<std::vector<at::Tensor>>& fakeMaps);
// loss_kl = Σ[(logs_p − logs_q − 0.5 + 0.5·(z_p − m_p)²·e^{−2·logs_p})·mask] / Σ mask.
at::Tensor klLoss(const at::Tensor& zP, const at::Tensor& logsQ, const at::Tensor& mP, const at::Tensor& logsP,
                  const at::Tensor& mask);
// loss_mel = c_mel · mean|y_mel − ŷ_mel| (c_mel = 45 in s2.json).
at::Tensor melLoss(const at::Tensor& realMel, const at::Tensor& fakeMel, double cMel = 45.0);

}  // namespace timbre::training
