#include "training/gpt/ScaledAdam.h"

#include "timbre/Error.h"

#include <algorithm>
#include <cmath>

namespace timbre::training::gpt {
namespace {

at::Tensor gradOrZeros(const at::Tensor& p) {
  const at::Tensor& g = p.grad();
  return g.defined() ? g.detach().clone() : at::zeros_like(p);
}

}  // namespace

double officialGptLearningRate(int64_t updatesDone) { return updatesDone == 0 ? 0.01 : 0.002; }

ScaledAdam::ScaledAdam(std::vector<std::pair<std::string, at::Tensor>> parameters, ScaledAdamOptions options)
    : m_parameters(std::move(parameters)), m_options(options) {}

const ScaledAdam::State& ScaledAdam::state(const std::string& name) const {
  for (size_t i = 0; i < m_parameters.size() && i < m_states.size(); ++i)
    if (m_parameters[i].first == name) return m_states[i];
  throw Error(ErrorCode::Internal, "ScaledAdam: no state for '" + name + "'");
}

void ScaledAdam::initState() {
  m_states.clear();
  for (const auto& [name, p] : m_parameters) {
    const at::Tensor data = p.detach();
    State s;
    s.delta = at::zeros_like(data);
    s.expAvgSq = at::zeros_like(data);
    // The official init stacks same-shaped tensors first, so a stack of the two
    // scalar alphas ([2, 1]) also gets these entries; they stay unused.
    s.paramRms = data.pow(2).mean().sqrt();
    s.scaleExpAvgSq = at::zeros_like(s.paramRms);
    s.scaleGrads = at::zeros({m_options.sizeUpdatePeriod}, data.options());
    m_states.push_back(std::move(s));
  }
}

double ScaledAdam::clippingFactor() {
  if (!m_options.clippingScale || m_step == 0) return 1.0;
  const int64_t period = m_options.clippingUpdatePeriod;
  // ‖ĝ‖² = Σ (g·rms_p)² over tensors, g² over scalars.
  at::Tensor sumSq = at::zeros({}, at::TensorOptions().dtype(at::kFloat).device(m_parameters.front().second.device()));
  for (size_t i = 0; i < m_parameters.size(); ++i) {
    const at::Tensor g = gradOrZeros(m_parameters[i].second);
    sumSq = sumSq + (g.numel() == 1 ? g.pow(2).sum() : (g * m_states[i].paramRms).pow(2).sum());
  }
  const at::Tensor norm = sumSq.sqrt();
  if (!m_modelNorms.defined()) m_modelNorms = at::zeros({period}, norm.options());
  m_modelNorms[m_step % period] = norm;
  if (m_step % period == 0) {
    const at::Tensor sorted = std::get<0>(m_modelNorms.sort()).to(at::kCPU);
    const int64_t medianIndex = std::min(period - 1, (period / 4) * 2);
    m_threshold = *m_options.clippingScale * sorted[medianIndex].item<double>();
    m_numClipped = 0;
  }
  if (m_step < period || !m_threshold) return 1.0;
  // As the official min(1.0, (threshold / (tot_norm + 1e-20)).item()): float32 division.
  const double ans = std::min(1.0, (at::full({}, *m_threshold, norm.options()) / (norm + 1.0e-20)).item<double>());
  if (ans < 1.0) ++m_numClipped;
  return ans;
}

void ScaledAdam::sizeUpdate(const at::Tensor& p, State& s) {
  const double beta1 = m_options.beta1, beta2 = m_options.beta2;
  const double sizeLr = m_options.lr * m_options.scalarLrScale;
  const int64_t period = m_options.sizeUpdatePeriod;
  // beta2 corrected for the period: the scale sees one update per period.
  const double beta2Corr = std::pow(beta2, static_cast<double>(period));
  s.scaleExpAvgSq.mul_(beta2Corr).add_(s.scaleGrads.pow(2).mean(0), 1 - beta2Corr);
  const int64_t sizeStep = (m_step + 1) / period;
  const double biasCorrection2 = 1 - std::pow(beta2Corr, static_cast<double>(sizeStep));
  const at::Tensor denom = s.scaleExpAvgSq.sqrt() + m_options.eps;
  at::Tensor scaleStep = (-sizeLr * std::sqrt(biasCorrection2)) * s.scaleGrads.sum(0) / denom;
  // Too small: do not shrink further; too large: shrink at the full rate.
  scaleStep.masked_fill_(s.paramRms < m_options.paramMinRms, 0.0);
  scaleStep.masked_fill_(s.paramRms > m_options.paramMaxRms, -sizeLr * static_cast<double>(period));
  s.delta.add_(p * scaleStep, 1 - beta1);
}

double ScaledAdam::step() {
  if (m_parameters.empty()) return 1.0;
  at::NoGradGuard noGrad;
  if (m_states.empty()) initState();
  const double clip = clippingFactor();
  const double lr = m_options.lr, beta1 = m_options.beta1, beta2 = m_options.beta2, eps = m_options.eps;
  const int64_t period = m_options.sizeUpdatePeriod;
  for (size_t i = 0; i < m_parameters.size(); ++i) {
    at::Tensor p = m_parameters[i].second.detach();
    State& s = m_states[i];
    const at::Tensor g = gradOrZeros(m_parameters[i].second);
    // The official _step_one_batch scales a copy (grad = grad * clipping_scale)
    // that only the scale statistics see; _step and _step_scalar read p.grad
    // again, unclipped. Parity keeps that.
    const at::Tensor clipped = clip != 1.0 ? g * clip : g;
    s.delta.mul_(beta1);
    if (p.numel() > 1) {
      s.scaleGrads[m_step % period] = (p * clipped).sum();
      if (m_step % period == period - 1) {
        s.paramRms.copy_(p.pow(2).mean().sqrt());
        if (m_step > 0) sizeUpdate(p, s);
      }
      s.expAvgSq.mul_(beta2).addcmul_(g, g, 1 - beta2);
      const double biasCorrection2 = 1 - std::pow(beta2, static_cast<double>(m_step + 1));
      // Bias correction only while it matters (the official threshold 0.99).
      const at::Tensor expAvgSq = biasCorrection2 < 0.99 ? s.expAvgSq * (1.0 / biasCorrection2) : s.expAvgSq;
      const at::Tensor denom = expAvgSq.sqrt() + eps;
      const at::Tensor alpha = (-lr * (1 - beta1)) * s.paramRms.clamp_min(m_options.paramMinRms);
      s.delta.add_((g / denom) * alpha);
      p.add_(s.delta);
    } else {
      const double scalarLr = lr * m_options.scalarLrScale;
      s.expAvgSq.mul_(beta2).addcmul_(g, g, 1 - beta2);
      const double biasCorrection2 = 1 - std::pow(beta2, static_cast<double>(m_step + 1));
      const at::Tensor denom = (s.expAvgSq / biasCorrection2).sqrt() + eps;
      s.delta.add_(g / denom, -scalarLr * (1 - beta1));
      p.clamp_(-m_options.scalarMax, m_options.scalarMax);
      p.add_(s.delta);
    }
  }
  ++m_step;
  return clip;
}

checkpoint::TensorMap ScaledAdam::saveState() const {
  checkpoint::TensorMap out;
  out["step"] = at::full({1}, m_step, at::kLong);
  out["lr"] = at::full({1}, m_options.lr, at::kDouble);
  out["num_clipped"] = at::full({1}, m_numClipped, at::kLong);
  if (m_threshold) out["model_norm_threshold"] = at::full({1}, *m_threshold, at::kDouble);
  if (m_modelNorms.defined()) out["model_norms"] = m_modelNorms.to(at::kCPU).clone();
  for (size_t i = 0; i < m_states.size(); ++i) {
    const std::string& name = m_parameters[i].first;
    const State& s = m_states[i];
    out[name + "/delta"] = s.delta.to(at::kCPU).clone();
    out[name + "/exp_avg_sq"] = s.expAvgSq.to(at::kCPU).clone();
    out[name + "/param_rms"] = s.paramRms.to(at::kCPU).reshape({1}).clone();
    out[name + "/scale_exp_avg_sq"] = s.scaleExpAvgSq.to(at::kCPU).reshape({1}).clone();
    out[name + "/scale_grads"] = s.scaleGrads.to(at::kCPU).clone();
  }
  return out;
}

void ScaledAdam::loadState(const checkpoint::TensorMap& state, const std::string& what) {
  auto get = [&](const std::string& key) -> const at::Tensor& {
    const auto it = state.find(key);
    if (it == state.end())
      throw Error(ErrorCode::CorruptFile, what + ": the optimiser state has no entry '" + key + "'");
    return it->second;
  };
  m_step = get("step").item<int64_t>();
  m_options.lr = get("lr").item<double>();
  m_numClipped = get("num_clipped").item<int64_t>();
  m_threshold.reset();
  if (state.count("model_norm_threshold")) m_threshold = state.at("model_norm_threshold").item<double>();
  m_modelNorms = at::Tensor();
  m_states.clear();
  if (m_parameters.empty()) return;
  const at::Device device = m_parameters.front().second.device();
  if (state.count("model_norms")) m_modelNorms = state.at("model_norms").to(device, at::kFloat).clone();
  if (m_step == 0) return;
  for (const auto& [name, p] : m_parameters) {
    State s;
    auto like = [&](const std::string& key, at::IntArrayRef shape) {
      const at::Tensor& t = get(name + "/" + key);
      int64_t needed = 1;
      for (int64_t size : shape) needed *= size;
      if (t.numel() != needed)
        throw Error(ErrorCode::CorruptFile, what + ": the optimiser entry '" + name + "/" + key + "' has " +
                                                std::to_string(t.numel()) + " values, the model needs " +
                                                std::to_string(needed));
      return t.to(device, at::kFloat).reshape(shape).clone();
    };
    s.delta = like("delta", p.sizes());
    s.expAvgSq = like("exp_avg_sq", p.sizes());
    s.paramRms = like("param_rms", {});
    s.scaleExpAvgSq = like("scale_exp_avg_sq", {});
    s.scaleGrads = like("scale_grads", {m_options.sizeUpdatePeriod});
    m_states.push_back(std::move(s));
  }
}

}  // namespace timbre::training::gpt
