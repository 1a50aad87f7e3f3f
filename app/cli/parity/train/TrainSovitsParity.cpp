// sovits_data/* and sovits_<version>/*: the SoVITS training fixtures
// recomputed with engine/training/sovits and judged against the official
// files: the mel basis and the collated batch of the prepared items, then three
// iterations from the shipped starting weights with the injected slice starts
// and noise (dropout off) — step-1 intermediates, scores and mels, the z_p of
// steps 2–3, and the digests of every gradient, weight and Adam moment, with
// the manifest's recommended tolerances (zero-gradient key biases left out).
#include "parity/train/TrainParity.h"
#include "training/common/WeightsFiles.h"

#include "checkpoint/Checkpoint.h"
#include "checkpoint/ModelIdentity.h"
#include "text/PhoneTable.h"
#include "training/common/TensorDigest.h"
#include "training/data/Pcm16Wav.h"
#include "training/data/XzFile.h"
#include "training/sovits/SovitsCollate.h"
#include "training/sovits/SovitsDigestCheck.h"
#include "training/sovits/SovitsIteration.h"
#include "timbre/Error.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>

namespace timbre::cli::parity::train {
namespace {

namespace tr = timbre::training;

// "abs 1e-4 (…)" -> "abs 1e-4"
std::string ruleOf(const Context& context, const std::string& relative) {
  const std::string tolerance = context.toleranceOf(relative);
  return tolerance.substr(0, tolerance.find(' ', tolerance.find(' ') + 1));
}

void addTensor(Outputs& outputs, const Context& context, const std::string& relative, const at::Tensor& tensor,
               const std::string& rule = "") {
  Output output;
  output.tensor = tensor.detach().to(at::kCPU).contiguous();
  if (context.has(relative))
    output.verdict = compareByRule(output.tensor, context.npy(relative), rule.empty() ? ruleOf(context, relative) : rule);
  outputs[relative] = std::move(output);
}

struct Digest {
  const Context& context;
  std::string folder;  // "sovits_v2/"
  tr::DigestTable table;
  std::vector<std::string> skip;

  // values + _stats under `stem`; relOfNorm > 0: gradient rule, else absolute with optional norm slack.
  void add(Outputs& outputs, const std::string& stem, const tr::TensorLookup& lookup, double relOfNorm,
           double absLimit, const std::map<std::string, double>& slack = {}) const {
    const at::Tensor values = table.sample(lookup), stats = table.stats(lookup);
    const std::string valuesFile = folder + stem + ".npy", statsFile = folder + stem + "_stats.npy";
    std::optional<CheckResult> check;
    if (context.has(valuesFile) && context.has(statsFile)) {
      const at::Tensor ev = context.npy(valuesFile), es = context.npy(statsFile);
      check = relOfNorm > 0
                  ? fromMismatches(table.compare(values, stats, ev, es, relOfNorm, absLimit, skip),
                                   std::to_string(relOfNorm) + "·‖x‖")
                  : fromMismatches(tr::compareWithNormSlack(table, values, stats, ev, es, absLimit, skip, slack),
                                   "abs " + std::to_string(absLimit));
    }
    Output v, s;
    v.tensor = values;
    v.verdict = check;
    s.tensor = stats;
    s.verdict = check;
    outputs[valuesFile] = std::move(v);
    outputs[statsFile] = std::move(s);
  }
};

checkpoint::Checkpoint readXzCheckpoint(const Context& context, const std::string& relative) {
  return checkpoint::loadCheckpointFromMemory(training::data::readXzFile(context.pathOf(relative)),
                                              context.pathOf(relative));
}

// sovits_data/batch_*: the collate of the prepared items named by the manifest.
tr::SovitsBatch collateFixtureItems(const Context& context, bool withSv, Outputs& outputs) {
  const nlohmann::json& items = context.manifest.at("prep").at("items");
  const auto chosen = context.manifest.at("sovits_data").at("batch_items").get<std::vector<int64_t>>();
  const text::PhoneTable& phones = text::PhoneTable::get(text::PhoneTableVersion::V2);
  const tr::TrainMel mel;
  std::vector<tr::SovitsItem> list;
  for (int64_t index : chosen) {
    const nlohmann::json& item = items.at(size_t(index));
    const std::string name = item.at("name").get<std::string>();
    const std::vector<int16_t> pcm = training::data::readPcm16Wav(context.bytes("prep/wav32k/" + name), name);
    tr::SovitsItem s;
    s.wav = at::tensor(std::vector<int16_t>(pcm), at::kShort).to(at::kFloat).div_(32768.0);
    s.spec = mel.spectrogram(s.wav.unsqueeze(0))[0];
    at::Tensor ssl = context.npy("prep/cnhubert/" + name + ".npy").to(at::kFloat);
    if (ssl.dim() == 3) ssl = ssl[0];
    if (ssl.size(1) != s.spec.size(1)) ssl = at::cat({ssl, ssl.narrow(1, ssl.size(1) - 1, 1)}, 1);
    s.ssl = ssl;
    auto symbols = item.at("phones").get<std::vector<std::string>>();
    const std::vector<int> ids = phones.toIds(symbols);
    s.text = at::tensor(std::vector<int64_t>(ids.begin(), ids.end()), at::kLong);
    if (withSv) s.sv = context.npy("prep/sv/" + name + ".npy").to(at::kFloat).reshape({-1});
    list.push_back(std::move(s));
  }
  std::vector<const tr::SovitsItem*> pointers;
  for (const auto& s : list) pointers.push_back(&s);
  const tr::SovitsBatch batch = tr::collateSovits(pointers);
  addTensor(outputs, context, "sovits_data/batch_ssl.npy", batch.ssl);
  addTensor(outputs, context, "sovits_data/batch_ssl_lengths.npy", batch.sslLengths);
  addTensor(outputs, context, "sovits_data/batch_spec.npy", batch.spec);
  addTensor(outputs, context, "sovits_data/batch_spec_lengths.npy", batch.specLengths);
  addTensor(outputs, context, "sovits_data/batch_wav.npy", batch.wav);
  addTensor(outputs, context, "sovits_data/batch_wav_lengths.npy", batch.wavLengths);
  addTensor(outputs, context, "sovits_data/batch_text.npy", batch.text);
  addTensor(outputs, context, "sovits_data/batch_text_lengths.npy", batch.textLengths);
  if (withSv) addTensor(outputs, context, "sovits_data/batch_sv_emb.npy", batch.sv);
  return batch;
}

}  // namespace

void computeSovits(const Context& context, const std::string& version, Outputs& outputs) {
  const std::string folder = "sovits_" + version + "/";
  const auto parsed = checkpoint::parseSovitsVersion(version);
  if (!parsed) throw Error(ErrorCode::UnsupportedFormat, context.directory + ": unknown SoVITS version folder " + folder);
  const bool pro = *parsed == checkpoint::SovitsVersion::V2Pro || *parsed == checkpoint::SovitsVersion::V2ProPlus;
  const nlohmann::json& run = context.manifest.at("sovits_" + version);
  context.note("sovits " + version + ": batch and mel basis");

  addTensor(outputs, context, "sovits_data/mel_basis.npy", tr::slaneyMelBasis());
  // The batch the official run trained on, rebuilt from the prepared files; the
  // steps below then read it, so any difference shows up here first.
  const tr::SovitsBatch batch = collateFixtureItems(context, pro, outputs);

  const checkpoint::Checkpoint gFile = readXzCheckpoint(context, folder + "s2G_" + version + "_init.pth.xz");
  tr::ParameterSet gParams = tr::SovitsTrainModel::parametersFrom(gFile);
  const tr::SovitsTrainModel generator = tr::SovitsTrainModel::load(gParams, gFile.config, *parsed);
  tr::ParameterSet dParams =
      tr::ParameterSet::fromCheckpoint(readXzCheckpoint(context, folder + "s2D_" + version + "_init.pth.xz"), nullptr);
  dParams.setWhat(folder + "s2D_" + version + "_init.pth.xz");
  const tr::MultiPeriodDiscriminator discriminator(dParams);

  const nlohmann::json& train = gFile.config.value("train", nlohmann::json::object());
  const double lr = train.value("learning_rate", 1e-4), gamma = train.value("lr_decay", 0.999875);
  tr::AdamW optimG = tr::makeSovitsGeneratorOptimizer(gParams, lr, train.value("text_low_lr_rate", 0.4));
  tr::AdamW optimD = tr::makeSovitsDiscriminatorOptimizer(dParams, lr);
  tr::ExponentialLr scheduleG(optimG, gamma), scheduleD(optimD, gamma);
  const tr::TrainMel mel;
  tr::SovitsIteration iteration(generator, discriminator, dParams, optimG, optimD, mel,
                                tr::SovitsIteration::Weights{train.value("c_mel", 45.0), train.value("c_kl", 1.0)});

  const auto skip = run.at("zero_gradient_tensors").get<std::vector<std::string>>();
  const Digest g{context, folder, tr::DigestTable::load(run.at("G_digest_table"), context.pathOf(folder + "G_digest_index.npy")), skip};
  const Digest d{context, folder, tr::DigestTable::load(run.at("D_digest_table"), context.pathOf(folder + "D_digest_index.npy")), {}};
  const tr::TensorLookup gGrads = [&](const std::string& n) { return gParams[n].grad(); };
  const tr::TensorLookup dGrads = [&](const std::string& n) { return dParams[n].grad(); };
  const tr::TensorLookup gWeights = [&](const std::string& n) { return gParams[n]; };
  const tr::TensorLookup dWeights = [&](const std::string& n) { return dParams[n]; };

  const int steps = int(run.at("steps").size());
  for (int s = 1; s <= steps; ++s) {
    const std::string tag = "step" + std::to_string(s);
    context.note("sovits " + version + ": " + tag);
    scheduleG.advanceTo(run.at("steps").at(s - 1).value("epoch", s));
    scheduleD.advanceTo(run.at("steps").at(s - 1).value("epoch", s));
    // tolerances_recommended: step 1 grads 1e-3·‖g‖, weights abs 1e-6; steps 2–3 1e-2·‖g‖ and abs 5e-5.
    const double gradRel = s == 1 ? 1e-3 : 1e-2, weightAbs = s == 1 ? 1e-6 : 5e-5;
    std::map<std::string, double> slack;
    auto observe = [&](tr::SovitsIteration::Phase phase) {
      if (phase == tr::SovitsIteration::Phase::AfterDiscriminatorBackward) {
        d.add(outputs, "D_grads_" + tag, dGrads, gradRel, 0.0);
      } else {
        g.add(outputs, "G_grads_" + tag, gGrads, gradRel, 0.0);
        slack = tr::noiseLevelNormSlack(gParams, optimG.groups()[0].lr / (1 - std::pow(0.8, s)));
      }
    };
    tr::SovitsInjected injected;
    injected.ids = context.npy(folder + "inject_ids_" + tag + ".npy");
    injected.eps = context.npy(folder + "inject_eps_" + tag + ".npy");
    const tr::SovitsIterationResult result = iteration.run(batch, injected, /*training=*/false, nullptr, observe);
    d.add(outputs, "D_weights_after_" + tag, dWeights, 0.0, weightAbs);
    g.add(outputs, "G_weights_after_" + tag, gWeights, 0.0, weightAbs, slack);
    addTensor(outputs, context, folder + tag + "_z_p.npy", result.forward.zP);
    if (s != 1) continue;
    const tr::SovitsForward& f = result.forward;
    addTensor(outputs, context, folder + "step1_ref_enc_out.npy", f.refEncOut);
    if (pro) {
      addTensor(outputs, context, folder + "step1_sv_proj.npy", f.svProj);
      addTensor(outputs, context, folder + "step1_ge.npy", f.ge);
      addTensor(outputs, context, folder + "step1_ge512.npy", f.ge512);
    }
    addTensor(outputs, context, folder + "step1_codes.npy", f.codes);
    addTensor(outputs, context, folder + "step1_m_p.npy", f.mP);
    addTensor(outputs, context, folder + "step1_logs_p.npy", f.logsP);
    addTensor(outputs, context, folder + "step1_z.npy", f.z);
    addTensor(outputs, context, folder + "step1_m_q.npy", f.mQ);
    addTensor(outputs, context, folder + "step1_logs_q.npy", f.logsQ);
    addTensor(outputs, context, folder + "step1_y_mask.npy", f.yMask);
    addTensor(outputs, context, folder + "step1_mel.npy", mel.specToMel(batch.spec));
    addTensor(outputs, context, folder + "step1_y_mel.npy", result.yMel);
    addTensor(outputs, context, folder + "step1_y_hat_mel.npy", result.yHatMel);
    // tolerances_recommended: D scores and y_hat abs 1e-5.
    addTensor(outputs, context, folder + "step1_y_hat.npy", f.yHat, "abs 1e-5");
    addTensor(outputs, context, folder + "step1_D_real_scores.npy", result.realScores, "abs 1e-5");
    addTensor(outputs, context, folder + "step1_D_fake_scores.npy", result.fakeScores, "abs 1e-5");
    addTensor(outputs, context, folder + "step1_Dupd_fake_scores.npy", result.updatedFakeScores, "abs 1e-5");
  }
  // Adam's moments mix all three steps' gradients: the steps-2–3 gradient bound.
  g.add(outputs, "G_adam_exp_avg_step3", [&](const std::string& n) { return optimG.expAvg(n); }, 1e-2, 0.0);
  g.add(outputs, "G_adam_exp_avg_sq_step3", [&](const std::string& n) { return optimG.expAvgSq(n); }, 1e-2, 0.0);
  d.add(outputs, "D_adam_exp_avg_step3", [&](const std::string& n) { return optimD.expAvg(n); }, 1e-2, 0.0);
  d.add(outputs, "D_adam_exp_avg_sq_step3", [&](const std::string& n) { return optimD.expAvgSq(n); }, 1e-2, 0.0);

  // The fine-tuned file's pickle as savee writes it after the last step (its
  // bytes depend on names, shapes, config and info, not on the values).
  const std::string pickle = folder + "finetuned_data.pkl";
  if (context.has(pickle) && run.contains("finetuned_file")) {
    const nlohmann::json& described = run.at("finetuned_file");
    const std::vector<uint8_t> bytes =
        tr::sovitsWeightsPickle(gParams.stateDict(), described.at("config"), described.at("info").get<std::string>());
    Output output;
    output.bytes = std::string(bytes.begin(), bytes.end());
    output.verdict = compareBytes(*output.bytes, context.bytes(pickle));
    outputs[pickle] = std::move(output);
  }
}

}  // namespace timbre::cli::parity::train
