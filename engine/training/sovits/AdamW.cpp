#include "training/sovits/AdamW.h"

#include "timbre/Error.h"

#include <cmath>

namespace timbre::training {

void AdamW::addGroup(std::vector<std::string> names, std::vector<at::Tensor> params, double lr) {
  if (names.size() != params.size())
    throw Error(ErrorCode::Internal, "AdamW: names and parameters differ in number");
  m_groups.push_back(Group{std::move(names), std::move(params), lr, lr});
  m_state.emplace_back(m_groups.back().params.size());
}

void AdamW::step() {
  at::NoGradGuard noGrad;
  const double beta1 = m_options.beta1, beta2 = m_options.beta2;
  for (size_t g = 0; g < m_groups.size(); ++g) {
    const Group& group = m_groups[g];
    for (size_t i = 0; i < group.params.size(); ++i) {
      at::Tensor param = group.params[i];
      const at::Tensor grad = param.grad();
      if (!grad.defined()) continue;
      State& state = m_state[g][i];
      if (!state.expAvg.defined()) {
        state.expAvg = at::zeros_like(param, at::MemoryFormat::Preserve);
        state.expAvgSq = at::zeros_like(param, at::MemoryFormat::Preserve);
      }
      state.step += 1;
      param.mul_(1 - group.lr * m_options.weightDecay);
      state.expAvg.mul_(beta1).add_(grad, 1 - beta1);
      state.expAvgSq.mul_(beta2).addcmul_(grad, grad, 1 - beta2);
      // Python floats: the bias corrections are computed in double.
      const double t = double(state.step);
      const double biasCorrection1 = 1 - std::pow(beta1, t);
      const double biasCorrection2Sqrt = std::sqrt(1 - std::pow(beta2, t));
      const double stepSize = group.lr / biasCorrection1;
      const at::Tensor denom = (state.expAvgSq.sqrt() / biasCorrection2Sqrt).add_(m_options.eps);
      param.addcdiv_(state.expAvg, denom, -stepSize);
    }
  }
}

const AdamW::State* AdamW::find(const std::string& name) const {
  for (size_t g = 0; g < m_groups.size(); ++g)
    for (size_t i = 0; i < m_groups[g].names.size(); ++i)
      if (m_groups[g].names[i] == name) return &m_state[g][i];
  return nullptr;
}

at::Tensor AdamW::expAvg(const std::string& name) const {
  const State* s = find(name);
  return s ? s->expAvg : at::Tensor();
}

at::Tensor AdamW::expAvgSq(const std::string& name) const {
  const State* s = find(name);
  return s ? s->expAvgSq : at::Tensor();
}

int64_t AdamW::stepCount(const std::string& name) const {
  const State* s = find(name);
  return s ? s->step : 0;
}

checkpoint::TensorMap AdamW::saveState() const {
  checkpoint::TensorMap out;
  for (size_t g = 0; g < m_groups.size(); ++g)
    for (size_t i = 0; i < m_groups[g].names.size(); ++i) {
      const State& s = m_state[g][i];
      if (!s.expAvg.defined()) continue;
      const std::string& name = m_groups[g].names[i];
      out[name + "/exp_avg"] = s.expAvg.detach().to(at::kCPU).clone();
      out[name + "/exp_avg_sq"] = s.expAvgSq.detach().to(at::kCPU).clone();
      out[name + "/step"] = at::scalar_tensor(s.step, at::kLong);
    }
  return out;
}

void AdamW::restoreState(const checkpoint::TensorMap& state, const std::string& what) {
  for (size_t g = 0; g < m_groups.size(); ++g)
    for (size_t i = 0; i < m_groups[g].names.size(); ++i) {
      const std::string& name = m_groups[g].names[i];
      State& s = m_state[g][i];
      auto avg = state.find(name + "/exp_avg");
      if (avg == state.end()) {
        s = State{};
        continue;
      }
      auto sq = state.find(name + "/exp_avg_sq");
      auto step = state.find(name + "/step");
      const at::Tensor& param = m_groups[g].params[i];
      if (sq == state.end() || step == state.end() || !avg->second.sizes().equals(param.sizes()) ||
          !sq->second.sizes().equals(param.sizes()))
        throw Error(ErrorCode::ModelMismatch, what + ": the optimiser state of '" + name + "' does not fit the model");
      s.expAvg = avg->second.to(param.device(), at::kFloat).clone();
      s.expAvgSq = sq->second.to(param.device(), at::kFloat).clone();
      s.step = step->second.item<int64_t>();
    }
}

void ExponentialLr::step() {
  for (auto& group : m_optimizer->groups()) group.lr *= m_gamma;
  ++m_steps;
}

void ExponentialLr::advanceTo(int64_t steps) {
  while (m_steps < steps) step();
}

}  // namespace timbre::training
