#include "models/cfm/LoraMerge.h"

#include "timbre/Error.h"

#include <ATen/ATen.h>

#include <filesystem>

namespace timbre::cfm {
namespace {

const std::string kPeftPrefix = "base_model.model.";
const std::string kLoraA = ".lora_A.default.weight";
const std::string kLoraB = ".lora_B.default.weight";

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "cfm.base_model.model.estimator.x" -> "cfm.estimator.x"
std::string withoutPeftPrefix(std::string name) {
  const auto at = name.find(kPeftPrefix);
  if (at != std::string::npos) name.erase(at, kPeftPrefix.size());
  return name;
}

}  // namespace

checkpoint::Checkpoint mergeLora(const checkpoint::Checkpoint& base, const checkpoint::Checkpoint& lora) {
  auto fail = [&](const std::string& what) { throw Error(ErrorCode::ModelMismatch, lora.path + ": " + what); };
  checkpoint::Checkpoint merged = base;
  merged.path = lora.path;
  merged.weightPath = lora.weightPath;
  merged.headerTag = lora.headerTag;
  merged.config = lora.config;
  merged.metadata = lora.metadata;

  int64_t rank = -1;
  if (lora.metadata.is_object() && lora.metadata.contains("lora_rank") && lora.metadata["lora_rank"].is_number())
    rank = lora.metadata["lora_rank"].get<int64_t>();

  for (const auto& [name, tensor] : lora.tensors) {
    if (endsWith(name, kLoraB)) continue;  // merged with its lora_A below
    if (!endsWith(name, kLoraA)) {
      // load_state_dict(strict=False): names the model does not have are ignored.
      const std::string target = withoutPeftPrefix(name);
      if (merged.tensors.count(target)) merged.tensors[target] = tensor;
      continue;
    }
    const std::string layer = name.substr(0, name.size() - kLoraA.size());
    const auto b = lora.tensors.find(layer + kLoraB);
    if (b == lora.tensors.end()) fail("the LoRA adapter '" + layer + "' has lora_A but no lora_B");
    const std::string target = withoutPeftPrefix(layer) + ".weight";
    const auto w = merged.tensors.find(target);
    if (w == merged.tensors.end()) fail("the LoRA adapter '" + layer + "' targets '" + target + "', which the base model lacks");
    const at::Tensor a = tensor.to(at::kFloat), bw = b->second.to(at::kFloat);
    if (a.dim() != 2 || bw.dim() != 2 || bw.size(1) != a.size(0) || bw.size(0) != w->second.size(0) ||
        a.size(1) != w->second.size(1))
      fail("the LoRA adapter '" + layer + "' does not fit the weight '" + target + "'");
    if (rank > 0 && a.size(0) != rank)
      fail("the LoRA adapter '" + layer + "' has rank " + std::to_string(a.size(0)) + ", the file says lora_rank " +
           std::to_string(rank));
    // peft: lora_alpha = r, so the scale alpha / r is 1.
    w->second = w->second.to(at::kFloat) + at::matmul(bw, a);
  }
  merged.order.clear();
  for (const auto& [name, _] : merged.tensors) merged.order.push_back(name);
  return merged;
}

std::string findLoraBase(const std::string& loraPath, sovits::SovitsVersion version) {
  namespace fs = std::filesystem;
  const fs::path relative = version == sovits::SovitsVersion::V3 ? fs::path("s2Gv3.pth")
                                                                 : fs::path("gsv-v4-pretrained") / "s2Gv4.pth";
  std::vector<std::string> tried;
  fs::path dir = fs::absolute(fs::path(loraPath)).parent_path();
  for (int up = 0; up < 2 && !dir.empty(); ++up, dir = dir.parent_path()) {
    for (const fs::path& candidate : {dir / "GPT_SoVITS" / "pretrained_models" / relative, dir / "pretrained_models" / relative}) {
      std::error_code ec;
      if (fs::is_regular_file(candidate, ec)) return candidate.string();
      tried.push_back(candidate.string());
    }
    if (dir == dir.parent_path()) break;
  }
  std::string list;
  for (const auto& t : tried) list += (list.empty() ? "" : ", ") + t;
  throw Error(ErrorCode::Io, loraPath + " is a SoVITS " + sovits::sovitsVersionName(version) +
                                 " LoRA fine-tune; its pretrained base " + relative.string() +
                                 " was not found (looked for " + list + ")");
}

}  // namespace timbre::cfm
