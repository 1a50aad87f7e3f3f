#include "training/sovits/SovitsLosses.h"

#include "timbre/Error.h"

namespace timbre::training {

DiscriminatorLoss discriminatorLoss(const std::vector<at::Tensor>& realScores,
                                    const std::vector<at::Tensor>& fakeScores) {
  if (realScores.size() != fakeScores.size() || realScores.empty())
    throw Error(ErrorCode::InvalidArgument, "discriminatorLoss: real and fake score lists differ");
  DiscriminatorLoss out;
  for (size_t d = 0; d < realScores.size(); ++d) {
    const at::Tensor real = (1 - realScores[d].to(at::kFloat)).pow(2).mean();
    const at::Tensor fake = fakeScores[d].to(at::kFloat).pow(2).mean();
    // `loss += r_loss + g_loss`: the pair is added first, then accumulated.
    const at::Tensor term = real + fake;
    out.total = out.total.defined() ? out.total + term : term;
    out.real.push_back(real.item<double>());
    out.fake.push_back(fake.item<double>());
  }
  return out;
}

at::Tensor generatorLoss(const std::vector<at::Tensor>& fakeScores, std::vector<double>* perDiscriminator) {
  if (fakeScores.empty()) throw Error(ErrorCode::InvalidArgument, "generatorLoss: no scores");
  at::Tensor total;
  for (const auto& score : fakeScores) {
    const at::Tensor term = (1 - score.to(at::kFloat)).pow(2).mean();
    total = total.defined() ? total + term : term;
    if (perDiscriminator) perDiscriminator->push_back(term.item<double>());
  }
  return total;
}

at::Tensor featureLoss(const std::vector<std::vector<at::Tensor>>& realMaps,
                       const std::vector<std::vector<at::Tensor>>& fakeMaps) {
  if (realMaps.size() != fakeMaps.size() || realMaps.empty())
    throw Error(ErrorCode::InvalidArgument, "featureLoss: real and fake feature maps differ");
  at::Tensor total;
  for (size_t d = 0; d < realMaps.size(); ++d) {
    if (realMaps[d].size() != fakeMaps[d].size())
      throw Error(ErrorCode::InvalidArgument, "featureLoss: layer counts differ");
    for (size_t l = 0; l < realMaps[d].size(); ++l) {
      const at::Tensor term = (realMaps[d][l].to(at::kFloat).detach() - fakeMaps[d][l].to(at::kFloat)).abs().mean();
      total = total.defined() ? total + term : term;
    }
  }
  return total * 2;
}

at::Tensor klLoss(const at::Tensor& zP, const at::Tensor& logsQ, const at::Tensor& mP, const at::Tensor& logsP,
                  const at::Tensor& mask) {
  at::Tensor kl = logsP - logsQ - 0.5;
  kl = kl + 0.5 * (zP - mP).pow(2) * at::exp(-2.0 * logsP);
  return (kl * mask).sum() / mask.sum();
}

at::Tensor melLoss(const at::Tensor& realMel, const at::Tensor& fakeMel, double cMel) {
  return at::l1_loss(realMel, fakeMel) * cMel;
}

}  // namespace timbre::training
