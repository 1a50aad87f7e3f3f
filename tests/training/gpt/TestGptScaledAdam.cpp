// ScaledAdam against the official optimiser over ten updates on the train-tiny
// GPT (odd updates on the unequal batch, even ones on the equal batch; LR 0.01
// for the first update, then 0.002): parameters and the full state (delta,
// exp_avg_sq, param_rms, scale_exp_avg_sq, scale_grads) after updates 1, 3, 7,
// 9 and 10, and a run with clipping_update_period 4 and a loss scale of 4 from
// update 6 on, which makes the clipping bite (snapshots 4, 5, 6, 8, 10).
// The weights after the ten updates, exported as s1_train's my_model_ckpt does,
// equal the official file's fp16 tensors and data.pkl bytes.
// Also: the state saved after update 5 and loaded into a fresh optimiser
// continues exactly like the uninterrupted run.
#include "GptTrainFixture.h"
#include "training/common/WeightsFiles.h"
#include "training/gpt/GptTrainModel.h"
#include "training/gpt/ScaledAdam.h"

#include <QtTest/QtTest>

#include <QTemporaryDir>

#include <fstream>
#include <iterator>
#include <memory>

using namespace timbre;
using training::gpt::GptTrainModel;
using training::gpt::ScaledAdam;
namespace fx = timbre::test::gpttrain;

namespace {

std::vector<std::pair<std::string, at::Tensor>> namedParameters(GptTrainModel& model) {
  std::vector<std::pair<std::string, at::Tensor>> out;
  for (const auto& e : model.parameters().entries()) out.emplace_back(e.name, e.tensor);
  return out;
}

struct Run {
  GptTrainModel model;
  ScaledAdam optimizer;
  training::gpt::GptBatch unequal = fx::batch("unequal"), equal = fx::batch("equal");

  explicit Run(training::gpt::ScaledAdamOptions options)
      : model(GptTrainModel::fromCheckpoint(fx::initialCheckpoint())), optimizer(namedParameters(model), options) {}

  // Update k (1-based) as the fixture ran it: forward_old, backward, step, zero_grad.
  std::pair<double, double> update(int k, double lossScale) {
    optimizer.setLearningRate(training::gpt::officialGptLearningRate(k - 1));
    const auto r = model.forwardOld(k % 2 == 1 ? unequal : equal);
    (r.loss * lossScale).backward();
    const double clip = optimizer.step();
    model.parameters().zeroGrad();
    return {r.loss.item<double>(), clip};
  }
};

// The per-parameter [param_rms, scale_exp_avg_sq, scale_grads 0..3] table.
at::Tensor stateScalars(const GptTrainModel& model, const ScaledAdam& optimizer) {
  std::vector<at::Tensor> rows;
  for (const auto& e : model.parameters().entries()) {
    const auto& s = optimizer.state(e.name);
    rows.push_back(at::cat({s.paramRms.reshape({1}), s.scaleExpAvgSq.reshape({1}), s.scaleGrads.reshape({-1})})
                       .to(at::kDouble));
  }
  return at::stack(rows);
}

}  // namespace

class TestGptScaledAdam : public QObject {
  Q_OBJECT

  static QString checkSnapshot(const std::string& prefix, int update, Run& run) {
    QString failures;
    const std::string n = std::to_string(update);
    auto lookup = [&](auto member) {
      return [&, member](const std::string& name) -> at::Tensor {
        const std::string full = "model." + name;
        if (!member) return run.model.parameters()[full];
        return run.optimizer.state(full).*member;
      };
    };
    using Member = at::Tensor ScaledAdam::State::*;
    const QString p = fx::compareDigest(lookup(Member(nullptr)), prefix + "_params_after_update" + n, 0.0, 1e-6);
    const QString d = fx::compareDigest(lookup(&ScaledAdam::State::delta), prefix + "_state_delta_after_update" + n, 0.0, 1e-6);
    // exp_avg_sq averages squared gradients (float32 values up to ~1e3, ulp ~6e-5, where abs
    // 1e-6 is finer than the type), so it carries twice the gradients' relative error: the
    // alphas' gradients, sums over every position, agree to ~3e-6. Hence 1e-5 of the norm on top.
    const QString e =
        fx::compareDigest(lookup(&ScaledAdam::State::expAvgSq), prefix + "_state_exp_avg_sq_after_update" + n, 1e-5, 1e-6);
    if (!p.isEmpty()) failures += "PARAMS " + p;
    if (!d.isEmpty()) failures += "DELTA " + d;
    if (!e.isEmpty()) failures += "EXPAVGSQ " + e;
    // [param_rms, scale_exp_avg_sq, scale_grads 0..3]: param_rms abs 1e-6. The scale
    // statistics are sums of p·g over the whole tensor, so they carry the gradients'
    // own tolerance (1e-4 relative): abs 1e-6 plus 1e-4 of the row's largest scale
    // gradient (squared for scale_exp_avg_sq). The key-bias rows (whose rms and
    // sums include the noise-driven slice) are left out.
    const at::Tensor want = fx::npy(prefix + "_state_scalars_after_update" + n + ".npy");
    const at::Tensor got = stateScalars(run.model, run.optimizer);
    const at::Tensor scale = want.narrow(1, 2, 4).abs().amax(1, true);
    at::Tensor limit = at::cat({at::full_like(scale, 1e-6), 1e-6 + 2e-4 * scale.pow(2),
                                (1e-6 + 1e-4 * scale).expand({-1, 4})}, 1);
    at::Tensor error = (got - want).abs();
    const auto slices = fx::zeroGradientSlices();
    const auto& entries = run.model.parameters().entries();
    for (size_t row = 0; row < entries.size(); ++row)
      for (const auto& s : slices)
        if ("model." + s.name == entries[row].name) error[int64_t(row)].zero_();
    const at::Tensor bad = error > limit;
    if (bad.any().item<bool>())
      failures += QString("state scalars after update %1: %2 entries off, worst %3 × limit; ")
                      .arg(update)
                      .arg(bad.sum().item<int64_t>())
                      .arg((error / limit).max().item<double>());
    return failures.isEmpty() ? QString() : QString("[%1 update %2] ").arg(prefix.c_str()).arg(update) + failures;
  }

 private slots:
  void tenUpdatesMatchOfficial() {
    Run run({});
    const auto& section = fx::gptSection().at("scaled_adam");
    const auto snapshots = section.at("snapshots").get<std::vector<int>>();
    QString failures;
    for (int k = 1; k <= 10; ++k) {
      const auto [loss, clip] = run.update(k, 1.0);
      const auto& expected = section.at("updates").at(k - 1);
      const double want = expected.at("loss").get<double>();
      QVERIFY2(std::abs(loss - want) <= 1e-5 * want, qPrintable(QString("update %1 loss %2 vs %3").arg(k).arg(loss).arg(want)));
      QCOMPARE(clip, 1.0);
      if (std::find(snapshots.begin(), snapshots.end(), k) != snapshots.end()) failures += checkSnapshot("adam", k, run);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures));
  }

  void exportedWeightsMatchOfficial() {
    Run run({});
    for (int k = 1; k <= 10; ++k) run.update(k, 1.0);
    const auto official = checkpoint::loadCheckpoint(fx::path("gpt/finetuned-e1.ckpt"));
    const std::string info = official.metadata.value("info", std::string());
    QCOMPARE(info, std::string("GPT-e1"));
    const auto state = run.model.parameters().stateDict();
    const std::vector<uint8_t> pickle = training::gptWeightsPickle(state, official.config, info);
    std::ifstream in(fx::path("gpt/finetuned-e1_data.pkl"), std::ios::binary);
    const std::vector<uint8_t> want((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    QVERIFY2(pickle == want, "data.pkl differs from the official bytes");

    QTemporaryDir dir;
    const std::string path = dir.filePath("finetuned-e1.ckpt").toStdString();
    training::saveGptWeights(path, state, official.config, info);
    const auto ours = checkpoint::loadCheckpoint(path);
    QCOMPARE(ours.order, official.order);
    // fp16 values must be equal, except where our fp32 parameter (within 1e-6 of the
    // official one, checked above) lies within 1e-6 of the midpoint between two
    // neighbouring fp16 values, so that rounding may fall either way.
    const auto slices = fx::zeroGradientSlices();
    int64_t straddling = 0;
    for (const auto& name : official.order) {
      at::Tensor a = ours.tensor(name).reshape({-1}).to(at::kDouble).clone();
      at::Tensor b = official.tensor(name).reshape({-1}).to(at::kDouble).clone();
      at::Tensor fp32 = run.model.parameters()[name].detach().reshape({-1}).to(at::kDouble).clone();
      QVERIFY(ours.tensor(name).scalar_type() == at::kHalf && official.tensor(name).scalar_type() == at::kHalf);
      for (const auto& s : slices)
        if ("model." + s.name == name) {  // noise-driven steps (see GptDigestCheck.h)
          a.narrow(0, s.begin, s.end - s.begin).zero_();
          b.narrow(0, s.begin, s.end - s.begin).zero_();
          fp32.narrow(0, s.begin, s.end - s.begin).zero_();
        }
      const at::Tensor differ = a != b;
      const at::Tensor nearMidpoint = (fp32 - (a + b) / 2).abs() <= 1e-6;
      QVERIFY2(!differ.logical_and(nearMidpoint.logical_not()).any().item<bool>(),
               qPrintable(QString("%1: fp16 values differ away from a rounding boundary").arg(name.c_str())));
      straddling += differ.sum().item<int64_t>();
    }
    QVERIFY2(straddling <= 4, qPrintable(QString("%1 values on rounding boundaries").arg(straddling)));
  }

  void clippingMatchesOfficial() {
    training::gpt::ScaledAdamOptions options;
    options.clippingUpdatePeriod = 4;
    Run run(options);
    const auto& section = fx::gptSection().at("scaled_adam_clipping");
    const auto snapshots = section.at("snapshots").get<std::vector<int>>();
    const auto scales = section.at("loss_scale").get<std::vector<double>>();
    QString failures;
    for (int k = 1; k <= 10; ++k) {
      const auto [loss, clip] = run.update(k, scales[k - 1]);
      const auto& expected = section.at("updates").at(k - 1);
      QVERIFY2(std::abs(loss - expected.at("loss").get<double>()) <= 1e-5 * expected.at("loss").get<double>(),
               qPrintable(QString("update %1 loss %2").arg(k).arg(loss)));
      if (!expected.at("clipping_scale").is_null())
        QVERIFY2(std::abs(clip - expected.at("clipping_scale").get<double>()) <= 1e-6,
                 qPrintable(QString("update %1 clipping %2").arg(k).arg(clip)));
      if (expected.contains("model_norm_threshold") && !expected.at("model_norm_threshold").is_null()) {
        const double want = expected.at("model_norm_threshold").get<double>();
        QVERIFY(run.optimizer.modelNormThreshold().has_value());
        QVERIFY2(std::abs(*run.optimizer.modelNormThreshold() - want) <= 1e-5 * want,
                 qPrintable(QString("update %1 threshold %2").arg(k).arg(*run.optimizer.modelNormThreshold())));
        QCOMPARE(run.optimizer.numClipped(), expected.at("num_clipped").get<int64_t>());
      }
      if (std::find(snapshots.begin(), snapshots.end(), k) != snapshots.end()) failures += checkSnapshot("clip", k, run);
    }
    QVERIFY(run.optimizer.numClipped() == 0);
    QVERIFY2(failures.isEmpty(), qPrintable(failures));
  }

  void resumedStateContinuesExactly() {
    training::gpt::ScaledAdamOptions options;
    options.clippingUpdatePeriod = 4;
    Run whole(options), first(options);
    for (int k = 1; k <= 5; ++k) {
      whole.update(k, 1.0);
      first.update(k, 1.0);
    }
    const auto saved = first.optimizer.saveState();
    // A fresh model from the saved parameters and a fresh optimiser from the saved state.
    Run resumed(options);
    {
      at::NoGradGuard noGrad;
      for (auto& e : resumed.model.parameters().entries())
        e.tensor.copy_(first.model.parameters()[e.name]);
    }
    resumed.optimizer.loadState(saved, "test state");
    for (int k = 6; k <= 8; ++k) {
      whole.update(k, 4.0);
      resumed.update(k, 4.0);
    }
    for (const auto& e : whole.model.parameters().entries()) {
      QVERIFY2(e.tensor.equal(resumed.model.parameters()[e.name]), e.name.c_str());
      QVERIFY(whole.optimizer.state(e.name).delta.equal(resumed.optimizer.state(e.name).delta));
    }
    QCOMPARE(resumed.optimizer.steps(), int64_t(8));
  }
};

QTEST_APPLESS_MAIN(TestGptScaledAdam)
#include "TestGptScaledAdam.moc"
