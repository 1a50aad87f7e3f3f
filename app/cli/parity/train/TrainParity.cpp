#include "parity/train/TrainParity.h"

#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace timbre::cli::parity::train {

bool isTrainingSet(const nlohmann::json& manifest) {
  return manifest.is_object() && manifest.contains("files") && manifest.contains("file_roles");
}

bool Context::has(const std::string& relative) const {
  return manifest.contains("files") && manifest["files"].contains(relative);
}

CheckResult verdict(bool passed, double error, std::string detail) {
  CheckResult r;
  r.passed = passed;
  r.error = error;
  r.detail = std::move(detail);
  return r;
}

CheckResult compareBytes(const std::string& actual, const std::string& official) {
  if (actual == official) return verdict(true, 0.0, "identical (" + std::to_string(actual.size()) + " bytes)");
  size_t at = 0;
  while (at < actual.size() && at < official.size() && actual[at] == official[at]) ++at;
  return verdict(false, 1.0, "differs first at byte " + std::to_string(at) + " (" + std::to_string(actual.size()) +
                                 " vs " + std::to_string(official.size()) + " bytes)");
}

CheckResult compareByRule(const at::Tensor& actual, const at::Tensor& official, const std::string& rule) {
  if (actual.sizes() != official.sizes()) return verdict(false, INFINITY, "shape differs");
  const at::Tensor a = actual.detach().to(at::kCPU, at::kDouble), b = official.to(at::kDouble);
  const double absolute = (a - b).abs().max().item<double>();
  if (rule.rfind("abs ", 0) == 0) {
    const double limit = std::stod(rule.substr(4));
    return verdict(absolute <= limit, absolute, "max abs " + std::to_string(absolute) + ", tolerance " + rule);
  }
  if (rule.rfind("rel ", 0) == 0) {
    const double limit = std::stod(rule.substr(4)), peak = std::max(b.abs().max().item<double>(), 1e-30);
    return verdict(absolute <= limit * peak, absolute / peak,
                   "max abs " + std::to_string(absolute) + " of peak " + std::to_string(peak) + ", tolerance " + rule);
  }
  const int64_t differing = (a != b).sum().item<int64_t>();
  return verdict(differing == 0, double(differing), std::to_string(differing) + " entries differ, tolerance exact");
}

CheckResult fromMismatches(const std::vector<training::DigestMismatch>& mismatches, const std::string& rule) {
  if (mismatches.empty()) return verdict(true, 0.0, "every tensor within " + rule);
  double worst = 0;
  std::string detail;
  for (const auto& m : mismatches) {
    worst = std::max(worst, m.limit > 0 ? m.error / m.limit : INFINITY);
    if (detail.size() < 300) detail += m.name + ": " + m.detail + "; ";
  }
  return verdict(false, worst, std::to_string(mismatches.size()) + " tensors: " + detail + "(error in units of the limit)");
}

std::string Context::toleranceOf(const std::string& relative) const {
  return manifest.at("files").at(relative).value("tolerance", std::string("exact"));
}

at::Tensor Context::npy(const std::string& relative) const { return tensor::readNpy(pathOf(relative)); }

std::string Context::bytes(const std::string& relative) const {
  std::ifstream in(pathOf(relative), std::ios::binary);
  if (!in) throw Error(ErrorCode::Io, pathOf(relative) + ": cannot be read");
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace timbre::cli::parity::train
