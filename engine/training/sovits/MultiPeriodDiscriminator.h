#pragma once
// The SoVITS discriminator (module/models.py::MultiPeriodDiscriminator with
// use_spectral_norm=False): one scale discriminator on the raw wave plus one
// period discriminator per period ([2,3,5,7,11]; v2Pro/ProPlus add 17 and 23).
// Every convolution is weight-normed and trained as (weight_g, weight_v), so
// the weights live in a ParameterSet named like net_d.state_dict()
// ("discriminators.<d>.convs.<i>.weight_v", …) and each forward recomputes
// w = g·v/‖v‖, letting autograd reach g and v separately.
#include "training/common/ParameterSet.h"

#include <ATen/ATen.h>

#include <string>
#include <utility>
#include <vector>

namespace timbre::training {

struct DiscriminatorOutput {
  std::vector<at::Tensor> scores;                   // per discriminator: [B, n] (flattened conv_post output)
  std::vector<std::vector<at::Tensor>> featureMaps; // per discriminator: every conv output, conv_post included
};

class MultiPeriodDiscriminator {
 public:
  // The periods follow from how many discriminators the set holds (6 → v2, 8 → Pro).
  // Throws timbre::Error(ModelMismatch) naming parameters.what() when a tensor is
  // missing or the count fits no official layout.
  explicit MultiPeriodDiscriminator(ParameterSet& parameters);

  // wave [B, 1, N] -> scores and feature maps of every discriminator.
  DiscriminatorOutput forward(const at::Tensor& wave) const;

  const std::vector<int64_t>& periods() const { return m_periods; }

  // The official periods by discriminator count (6 or 8 including the scale one).
  static std::vector<int64_t> periodsForCount(int64_t discriminators);
  // net_d.state_dict() names and shapes for 6 (v1/v2) or 8 (Pro) discriminators,
  // in the official order (bias, weight_g, weight_v per conv).
  static std::vector<std::pair<std::string, std::vector<int64_t>>> parameterShapes(int64_t discriminators);
  // Loads an s2D file (pretrained or resumed "weight" dict) into fp32 leaves on `device`.
  static ParameterSet loadParameters(const std::string& path, at::Device device = at::kCPU);

 private:
  at::Tensor weight(const std::string& prefix) const;
  at::Tensor scaleForward(int index, const at::Tensor& wave, std::vector<at::Tensor>& maps) const;
  at::Tensor periodForward(int index, int64_t period, const at::Tensor& wave, std::vector<at::Tensor>& maps) const;

  ParameterSet* m_parameters;
  std::vector<int64_t> m_periods;
};

}  // namespace timbre::training
