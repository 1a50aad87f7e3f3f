#include "training/sovits/MultiPeriodDiscriminator.h"

#include "checkpoint/Checkpoint.h"
#include "timbre/Error.h"

#include <ATen/ATen.h>

namespace timbre::training {

namespace {

constexpr double kLeakySlope = 0.1;  // modules.LRELU_SLOPE

struct ScaleConv {
  int64_t stride, groups, padding;
};
// DiscriminatorS: Conv1d 1→16 k15, then four grouped k41 stride-4 convs, then 1024→1024 k5.
constexpr ScaleConv kScaleConvs[] = {{1, 1, 7}, {4, 4, 20}, {4, 16, 20}, {4, 64, 20}, {4, 256, 20}, {1, 1, 2}};

std::string discriminatorPrefix(int index) { return "discriminators." + std::to_string(index) + "."; }

}  // namespace

MultiPeriodDiscriminator::MultiPeriodDiscriminator(ParameterSet& parameters) : m_parameters(&parameters) {
  int64_t count = 0;
  while (parameters.has(discriminatorPrefix(int(count)) + "conv_post.bias")) ++count;
  m_periods = periodsForCount(count);
  if (m_periods.empty())
    throw Error(ErrorCode::ModelMismatch, parameters.what() + ": " + std::to_string(count) +
                                              " discriminators, expected 6 (v1/v2) or 8 (v2Pro/v2ProPlus)");
  // Touch every tensor once so a missing one is reported now, not mid-training.
  for (int d = 0; d <= int(m_periods.size()); ++d) {
    const int convs = d == 0 ? 6 : 5;
    for (int i = 0; i < convs; ++i) weight(discriminatorPrefix(d) + "convs." + std::to_string(i) + ".");
    weight(discriminatorPrefix(d) + "conv_post.");
  }
}

std::vector<int64_t> MultiPeriodDiscriminator::periodsForCount(int64_t discriminators) {
  if (discriminators == 6) return {2, 3, 5, 7, 11};
  if (discriminators == 8) return {2, 3, 5, 7, 11, 17, 23};
  return {};
}

std::vector<std::pair<std::string, std::vector<int64_t>>> MultiPeriodDiscriminator::parameterShapes(
    int64_t discriminators) {
  std::vector<std::pair<std::string, std::vector<int64_t>>> out;
  auto conv = [&](const std::string& prefix, std::vector<int64_t> weight) {
    out.push_back({prefix + "bias", {weight[0]}});
    std::vector<int64_t> gain(weight.size(), 1);
    gain[0] = weight[0];
    out.push_back({prefix + "weight_g", gain});
    out.push_back({prefix + "weight_v", weight});
  };
  // DiscriminatorS: (out, in/groups, kernel) per conv.
  const std::vector<std::vector<int64_t>> scale = {{16, 1, 15},       {64, 4, 41},   {256, 4, 41},
                                                   {1024, 4, 41},     {1024, 4, 41}, {1024, 1024, 5}};
  for (size_t i = 0; i < scale.size(); ++i) conv("discriminators.0.convs." + std::to_string(i) + ".", scale[i]);
  conv("discriminators.0.conv_post.", {1, 1024, 3});
  // DiscriminatorP: Conv2d (5, 1) 1→32→128→512→1024→1024, post (3, 1).
  const int64_t channels[] = {1, 32, 128, 512, 1024, 1024};
  for (int64_t d = 1; d < discriminators; ++d) {
    const std::string prefix = discriminatorPrefix(int(d));
    for (int i = 0; i < 5; ++i)
      conv(prefix + "convs." + std::to_string(i) + ".", {channels[i + 1], channels[i], 5, 1});
    conv(prefix + "conv_post.", {1, 1024, 3, 1});
  }
  return out;
}

ParameterSet MultiPeriodDiscriminator::loadParameters(const std::string& path, at::Device device) {
  const checkpoint::Checkpoint file = checkpoint::loadCheckpoint(path);
  ParameterSet set = ParameterSet::fromCheckpoint(file, nullptr, device);
  set.setWhat(path);
  MultiPeriodDiscriminator check(set);  // validates the layout
  return set;
}

at::Tensor MultiPeriodDiscriminator::weight(const std::string& prefix) const {
  const at::Tensor& g = (*m_parameters)[prefix + "weight_g"];
  const at::Tensor& v = (*m_parameters)[prefix + "weight_v"];
  // torch.nn.utils.weight_norm(dim=0): the norm runs over every dim but the first.
  return at::_weight_norm(v, g, 0);
}

at::Tensor MultiPeriodDiscriminator::scaleForward(int index, const at::Tensor& wave,
                                                  std::vector<at::Tensor>& maps) const {
  const std::string prefix = discriminatorPrefix(index);
  at::Tensor x = wave;
  for (int i = 0; i < 6; ++i) {
    const std::string conv = prefix + "convs." + std::to_string(i) + ".";
    const ScaleConv& c = kScaleConvs[i];
    x = at::conv1d(x, weight(conv), (*m_parameters)[conv + "bias"], {c.stride}, {c.padding}, {1}, c.groups);
    x = at::leaky_relu(x, kLeakySlope);
    maps.push_back(x);
  }
  x = at::conv1d(x, weight(prefix + "conv_post."), (*m_parameters)[prefix + "conv_post.bias"], {1}, {1});
  maps.push_back(x);
  return x.flatten(1, -1);
}

at::Tensor MultiPeriodDiscriminator::periodForward(int index, int64_t period, const at::Tensor& wave,
                                                   std::vector<at::Tensor>& maps) const {
  const std::string prefix = discriminatorPrefix(index);
  at::Tensor x = wave;
  const int64_t length = x.size(2);
  if (length % period != 0) x = at::reflection_pad1d(x, {0, period - length % period});
  x = x.view({x.size(0), x.size(1), x.size(2) / period, period});
  for (int i = 0; i < 5; ++i) {
    const std::string conv = prefix + "convs." + std::to_string(i) + ".";
    const int64_t stride = i < 4 ? 3 : 1;  // kernel (5,1), padding (2,0)
    x = at::conv2d(x, weight(conv), (*m_parameters)[conv + "bias"], {stride, 1}, {2, 0});
    x = at::leaky_relu(x, kLeakySlope);
    maps.push_back(x);
  }
  x = at::conv2d(x, weight(prefix + "conv_post."), (*m_parameters)[prefix + "conv_post.bias"], {1, 1}, {1, 0});
  maps.push_back(x);
  return x.flatten(1, -1);
}

DiscriminatorOutput MultiPeriodDiscriminator::forward(const at::Tensor& wave) const {
  if (wave.dim() != 3 || wave.size(1) != 1)
    throw Error(ErrorCode::InvalidArgument, "MultiPeriodDiscriminator: expected a wave [B, 1, N]");
  DiscriminatorOutput out;
  out.featureMaps.resize(m_periods.size() + 1);
  out.scores.push_back(scaleForward(0, wave, out.featureMaps[0]));
  for (size_t p = 0; p < m_periods.size(); ++p)
    out.scores.push_back(periodForward(int(p + 1), m_periods[p], wave, out.featureMaps[p + 1]));
  return out;
}

}  // namespace timbre::training
