// gpt/*: the GPT training fixtures recomputed with engine/training/gpt and
// judged against the official files: the collated batches from the set's
// prepared files (prep/), forward_old on both batches (logits, targets,
// decoder input, blocked attention, gradients), the DPO gradients with the
// given rejects, the ScaledAdam snapshots of the plain and the clipping run,
// and the weights exported after the plain run's ten updates.
#include "parity/train/TrainParity.h"

#include "checkpoint/Checkpoint.h"
#include "training/common/TensorDigest.h"
#include "training/common/WeightsFiles.h"
#include "training/gpt/GptDataset.h"
#include "training/gpt/GptDigestCheck.h"
#include "training/gpt/GptPrepFiles.h"
#include "training/gpt/GptTrainModel.h"
#include "training/gpt/ScaledAdam.h"

#include <ATen/ATen.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>

namespace timbre::cli::parity::train {
namespace {

namespace gt = timbre::training::gpt;
namespace fs = std::filesystem;
using timbre::training::DigestTable;

void add(Outputs& outputs, const Context& context, const std::string& relative, const at::Tensor& tensor,
         std::optional<CheckResult> check) {
  Output output;
  output.tensor = tensor;
  if (context.has(relative)) output.verdict = std::move(check);
  outputs[relative] = std::move(output);
}

// "… collate of items [0, 1, 2]: …" -> {0, 1, 2}
std::vector<int64_t> collatedItems(const Context& context, const std::string& relative) {
  const std::string desc = context.manifest.at("files").at(relative).value("desc", std::string());
  std::smatch match;
  std::vector<int64_t> out;
  if (!std::regex_search(desc, match, std::regex(R"(items \[([0-9, ]+)\])"))) return out;
  const std::string list = match[1];
  const std::regex number("[0-9]+");
  for (std::sregex_iterator it(list.begin(), list.end(), number), end; it != end; ++it)
    out.push_back(std::stoll(it->str()));
  return out;
}

struct Fixture {
  const Context& context;
  nlohmann::json gpt;
  DigestTable table;
  at::Tensor index;
  std::vector<gt::ZeroGradientSlice> slices;

  timbre::training::TensorLookup lookup(const std::function<at::Tensor(const std::string&)>& byFullName) const {
    return [byFullName](const std::string& name) { return byFullName("model." + name); };
  }
  // A digest file and its _stats twin, judged together.
  void addDigest(Outputs& outputs, const std::string& stem, const timbre::training::TensorLookup& lookup,
                 double relOfNorm, double absLimit) const {
    const at::Tensor values = table.sample(lookup), stats = table.stats(lookup);
    std::optional<CheckResult> check;
    const std::string valuesFile = "gpt/" + stem + ".npy", statsFile = "gpt/" + stem + "_stats.npy";
    if (context.has(valuesFile) && context.has(statsFile))
      check = fromMismatches(gt::compareDigestOutsideSlices(table, index, values, stats, context.npy(valuesFile),
                                                            context.npy(statsFile), relOfNorm, absLimit, slices),
                             relOfNorm > 0 ? "rel " + std::to_string(relOfNorm) + " of the norm"
                                           : "abs " + std::to_string(absLimit));
    add(outputs, context, valuesFile, values, check);
    add(outputs, context, statsFile, stats, check);
  }
};

gt::GptTrainModel initialModel(const Context& context) {
  return gt::GptTrainModel::fromCheckpoint(checkpoint::loadCheckpoint(context.pathOf("gpt/s1_init.ckpt")),
                                           at::Device(context.device));
}

void computeForward(const Fixture& f, const std::string& which, const gt::GptBatch& batch, Outputs& outputs) {
  const Context& context = f.context;
  gt::GptTrainModel model = initialModel(context);
  const gt::ForwardResult r = model.forwardOld(batch);
  const std::string p = "gpt/forward_old_" + which + "_";
  auto official = [&](const std::string& name) { return context.has(p + name) ? context.npy(p + name) : at::Tensor(); };
  const at::Tensor logits = r.logits.detach().to(at::kCPU);
  std::optional<CheckResult> logitsCheck;
  if (context.has(p + "logits.npy")) {
    logitsCheck = compareByRule(logits, official("logits.npy"), "abs 1e-4");
    const double want = f.gpt.at("forward_old").at(which).at("loss").get<double>();
    const double rel = std::abs(r.loss.item<double>() - want) / std::abs(want);
    logitsCheck->detail += "; summed CE rel " + std::to_string(rel) + " (tolerance 1e-5)";
    logitsCheck->passed = logitsCheck->passed && rel <= 1e-5;
  }
  add(outputs, context, p + "logits.npy", logits, logitsCheck);
  for (const auto& [name, tensor] : {std::pair<std::string, at::Tensor>{"targets.npy", r.targets.to(at::kCPU)},
                                     {"y_in.npy", r.decoderInput.to(at::kCPU)},
                                     {"attn_blocked.npy", r.blocked.to(at::kCPU, at::kLong)}})
    add(outputs, context, p + name, tensor,
        context.has(p + name) ? std::optional<CheckResult>(compareByRule(tensor, official(name), "exact")) : std::nullopt);

  r.loss.backward();
  const auto grad = [&](const std::string& full) { return model.parameters()[full].grad(); };
  if (context.has(p + "grads_flat.npy")) {
    // Every gradient flattened in named_parameters order (gpt.param_table).
    std::vector<at::Tensor> parts;
    std::vector<timbre::training::DigestMismatch> mismatches;
    const at::Tensor want = official("grads_flat.npy").to(at::kDouble);
    for (const auto& row : f.gpt.at("param_table")) {
      const std::string name = row.at("name");
      const at::Tensor got = grad("model." + name).detach().to(at::kCPU, at::kFloat).reshape({-1});
      parts.push_back(got);
      at::Tensor g = got.to(at::kDouble).clone();
      at::Tensor w = want.narrow(0, row.at("offset").get<int64_t>(), row.at("numel").get<int64_t>()).clone();
      for (const auto& s : f.slices)
        if (s.name == name) {
          g.narrow(0, s.begin, s.end - s.begin).zero_();
          w.narrow(0, s.begin, s.end - s.begin).zero_();
        }
      const double limit = 1e-4 * w.norm().item<double>();
      const double error = (g - w).abs().max().item<double>();
      if (!(error <= limit)) mismatches.push_back({name, error, limit, "max abs " + std::to_string(error)});
    }
    add(outputs, context, p + "grads_flat.npy", at::cat(parts), fromMismatches(mismatches, "rel 1e-4 of the norm"));
  } else {
    f.addDigest(outputs, "forward_old_" + which + "_grads", f.lookup(grad), 1e-4, 0.0);
  }
}

void computeDpo(const Fixture& f, const gt::GptBatch& batch, Outputs& outputs) {
  const Context& context = f.context;
  if (!context.has("gpt/dpo_reject_y.npy")) return;
  gt::GptTrainModel model = initialModel(context);
  const gt::DpoResult r =
      model.forwardDpo(batch, context.npy("gpt/dpo_reject_y.npy"), context.npy("gpt/dpo_reject_y_lens.npy"));
  r.loss.backward();
  f.addDigest(outputs, "dpo_grads", f.lookup([&](const std::string& full) { return model.parameters()[full].grad(); }),
              1e-4, 0.0);
  const double want = f.gpt.at("dpo").at("loss").get<double>();
  context.note("gpt: DPO loss " + std::to_string(r.loss.item<double>()) + " (official " + std::to_string(want) + ")");
}

// The fixture protocol: update k on the unequal batch for odd k, the equal one
// for even k; forward_old, loss·scale backward, step at the official LR, zero_grad.
void computeScaledAdam(const Fixture& f, const std::string& key, const std::string& prefix,
                       const gt::GptBatch& unequal, const gt::GptBatch& equal, Outputs& outputs,
                       timbre::training::OrderedTensors* finalState) {
  const Context& context = f.context;
  if (!f.gpt.contains(key)) return;
  const nlohmann::json& run = f.gpt.at(key);
  gt::ScaledAdamOptions options;
  options.clippingUpdatePeriod = run.value("clipping_update_period", options.clippingUpdatePeriod);
  gt::GptTrainModel model = initialModel(context);
  std::vector<std::pair<std::string, at::Tensor>> named;
  for (const auto& e : model.parameters().entries()) named.emplace_back(e.name, e.tensor);
  gt::ScaledAdam optimizer(named, options);
  const auto snapshots = run.at("snapshots").get<std::vector<int>>();
  const std::vector<double> scales =
      run.contains("loss_scale") ? run.at("loss_scale").get<std::vector<double>>() : std::vector<double>();
  const int updates = int(run.at("updates").size());
  context.note("gpt: ScaledAdam " + key + " (" + std::to_string(updates) + " updates)");
  for (int k = 1; k <= updates; ++k) {
    optimizer.setLearningRate(gt::officialGptLearningRate(k - 1));
    const gt::ForwardResult r = model.forwardOld(k % 2 == 1 ? unequal : equal);
    const double scale = scales.empty() ? 1.0 : scales.at(size_t(k - 1));
    (r.loss * scale).backward();
    optimizer.step();
    model.parameters().zeroGrad();
    if (std::find(snapshots.begin(), snapshots.end(), k) == snapshots.end()) continue;
    const std::string n = std::to_string(k);
    const auto param = [&](const std::string& full) { return model.parameters()[full]; };
    f.addDigest(outputs, prefix + "_params_after_update" + n, f.lookup(param), 0.0, 1e-6);
    f.addDigest(outputs, prefix + "_state_delta_after_update" + n,
                f.lookup([&](const std::string& full) { return optimizer.state(full).delta; }), 0.0, 1e-6);
    // exp_avg_sq averages squared gradients (float32 values up to ~1e3, where abs 1e-6 is
    // finer than the type's resolution), so it carries twice the gradients' relative error;
    // the alphas' gradients, sums over every position, agree to ~3e-6: 1e-5 of the norm on top.
    f.addDigest(outputs, prefix + "_state_exp_avg_sq_after_update" + n,
                f.lookup([&](const std::string& full) { return optimizer.state(full).expAvgSq; }), 1e-5, 1e-6);
    // [param_rms, scale_exp_avg_sq, scale_grads 0..3] per parameter.
    std::vector<at::Tensor> rows;
    for (const auto& [name, tensor] : named) {
      const auto& s = optimizer.state(name);
      rows.push_back(at::cat({s.paramRms.reshape({1}), s.scaleExpAvgSq.reshape({1}), s.scaleGrads.reshape({-1})})
                         .to(at::kCPU, at::kDouble));
    }
    const at::Tensor scalars = at::stack(rows);
    const std::string file = "gpt/" + prefix + "_state_scalars_after_update" + n + ".npy";
    std::optional<CheckResult> check;
    if (context.has(file)) {
      // param_rms abs 1e-6. The scale statistics are sums of p·g over the whole tensor,
      // so they carry the gradients' own tolerance (1e-4 relative): abs 1e-6 plus 1e-4 of
      // the row's largest scale gradient (squared for scale_exp_avg_sq). The key-bias rows,
      // whose rms and sums include the noise-driven slice, are left out.
      const at::Tensor want = context.npy(file).to(at::kDouble);
      const at::Tensor scale = want.narrow(1, 2, 4).abs().amax(1, true);
      const at::Tensor limit = at::cat({at::full_like(scale, 1e-6), 1e-6 + 2e-4 * scale.pow(2),
                                        (1e-6 + 1e-4 * scale).expand({-1, 4})}, 1);
      at::Tensor error = (scalars - want).abs();
      for (size_t row = 0; row < named.size(); ++row)
        for (const auto& s : f.slices)
          if ("model." + s.name == named[row].first) error[int64_t(row)].zero_();
      const double worst = (error / limit).max().item<double>();
      check = verdict(worst <= 1.0, worst, "worst error " + std::to_string(worst) +
                                               " × limit (param_rms abs 1e-6; scale statistics 1e-6 + 1e-4 of the "
                                               "largest scale gradient; key-bias rows left out)");
    }
    add(outputs, context, file, scalars, check);
  }
  if (finalState) *finalState = model.parameters().stateDict();
}

void computeFinetuned(const Fixture& f, const timbre::training::OrderedTensors& state, Outputs& outputs) {
  const Context& context = f.context;
  const std::string file = "gpt/finetuned-e1.ckpt";
  if (!context.has(file) || state.empty()) return;
  const checkpoint::Checkpoint official = checkpoint::loadCheckpoint(context.pathOf(file));
  const std::string info = official.metadata.value("info", std::string("GPT-e1"));
  const fs::path temporary = fs::temp_directory_path() / ("timbre-gpt-parity-" + std::to_string(::getpid()) + ".ckpt");
  timbre::training::saveGptWeights(temporary.string(), state, official.config, info);
  const checkpoint::Checkpoint ours = checkpoint::loadCheckpoint(temporary.string());
  Output weights;
  weights.bytes = [&] {
    std::ifstream in(temporary, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }();
  fs::remove(temporary);
  // The zip's top folder is a timestamp, so the file bytes differ; the fp16 tensors
  // must not, except where our fp32 value (within 1e-6 of the official one) lies
  // within 1e-6 of the midpoint of two fp16 neighbours, so rounding may go either way.
  std::map<std::string, at::Tensor> fp32;
  for (const auto& [name, tensor] : state) fp32[name] = tensor.detach().to(at::kCPU, at::kDouble).reshape({-1});
  int64_t differing = 0, boundary = 0;
  std::string detail;
  bool sameKeys = ours.order == official.order;
  for (const auto& name : official.order) {
    if (!ours.has(name) || !fp32.count(name)) continue;
    if (ours.tensor(name).scalar_type() != official.tensor(name).scalar_type()) sameKeys = false;
    at::Tensor a = ours.tensor(name).to(at::kDouble).reshape({-1}).clone();
    at::Tensor b = official.tensor(name).to(at::kDouble).reshape({-1}).clone();
    at::Tensor x = fp32[name].clone();
    if (a.sizes() != b.sizes()) {
      sameKeys = false;
      continue;
    }
    for (const auto& s : f.slices)
      if ("model." + s.name == name)
        for (at::Tensor* t : {&a, &b, &x}) t->narrow(0, s.begin, s.end - s.begin).zero_();
    const at::Tensor differ = a != b;
    const at::Tensor onBoundary = differ.logical_and((x - (a + b) / 2).abs() <= 1e-6);
    boundary += onBoundary.sum().item<int64_t>();
    const int64_t n = differ.logical_and(onBoundary.logical_not()).sum().item<int64_t>();
    if (n && detail.size() < 200) detail += name + ": " + std::to_string(n) + " values; ";
    differing += n;
  }
  weights.verdict = verdict(sameKeys && differing == 0, double(differing),
                            (sameKeys ? std::string() : std::string("keys, order or dtypes differ; ")) +
                                std::to_string(differing) + " fp16 values differ outside the key-bias slices, " +
                                std::to_string(boundary) + " on rounding boundaries " + detail);
  outputs[file] = std::move(weights);

  const std::string pickle = "gpt/finetuned-e1_data.pkl";
  const std::vector<uint8_t> bytes = timbre::training::gptWeightsPickle(state, official.config, info);
  Output data;
  data.bytes = std::string(bytes.begin(), bytes.end());
  if (context.has(pickle)) {
    const std::string want = context.bytes(pickle);
    data.verdict = verdict(*data.bytes == want, *data.bytes == want ? 0.0 : 1.0,
                           *data.bytes == want ? "identical" : "data.pkl differs from the official bytes");
  }
  outputs[pickle] = std::move(data);
}

}  // namespace

void computeGpt(const Context& context, Outputs& outputs) {
  if (!context.manifest.contains("gpt")) return;
  context.note("gpt: dataset and batches");
  Fixture f{context, context.manifest.at("gpt"), {}, {}, {}};
  f.table = DigestTable::load(f.gpt.at("param_digest_table"), context.pathOf("gpt/param_digest_index.npy"));
  f.index = context.npy("gpt/param_digest_index.npy");
  f.slices = gt::zeroGradientSlices(f.gpt.value("zero_gradient_slices", nlohmann::json::array()));

  const gt::GptPrepFiles prep = gt::readGptPrepFiles(
      context.pathOf("prep/6-name2semantic.tsv"), context.pathOf("prep/2-name2text.txt"), context.pathOf("prep/bert"));
  const gt::GptDataset dataset = gt::buildGptDataset(prep.items);
  std::map<std::string, gt::GptBatch> batches;
  for (const std::string which : {"unequal", "equal"}) {
    const std::string p = "gpt/batch_" + which + "_";
    const gt::GptBatch b = gt::collateGptBatch(dataset, collatedItems(context, p + "phoneme_ids.npy"));
    batches[which] = b;
    for (const auto& [name, tensor] : {std::pair<std::string, at::Tensor>{"phoneme_ids.npy", b.phonemeIds},
                                       {"phoneme_ids_len.npy", b.phonemeLens},
                                       {"semantic_ids.npy", b.semanticIds},
                                       {"semantic_ids_len.npy", b.semanticLens},
                                       {"bert_feature.npy", b.bert}})
      add(outputs, context, p + name, tensor,
          context.has(p + name) ? std::optional<CheckResult>(compareByRule(tensor, context.npy(p + name), "exact"))
                                : std::nullopt);
  }

  context.note("gpt: forward_old and gradients");
  for (const std::string which : {"unequal", "equal"}) computeForward(f, which, batches[which], outputs);
  context.note("gpt: DPO");
  computeDpo(f, batches["unequal"], outputs);
  timbre::training::OrderedTensors finalState;
  computeScaledAdam(f, "scaled_adam", "adam", batches["unequal"], batches["equal"], outputs, &finalState);
  computeScaledAdam(f, "scaled_adam_clipping", "clip", batches["unequal"], batches["equal"], outputs, nullptr);
  computeFinetuned(f, finalState, outputs);
}

}  // namespace timbre::cli::parity::train
