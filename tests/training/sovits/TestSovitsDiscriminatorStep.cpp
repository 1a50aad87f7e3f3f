// Step 1 of the official SoVITS run (train-tiny, v2 and v2Pro) from the
// recorded generator output: the discriminator's scores on y and ŷ, loss_disc,
// every D gradient, AdamW's D update at lr·γ, the updated D's scores on ŷ and
// the G-side losses (loss_gen, loss_fm, loss_mel, loss_kl) — all against the
// manifest and the digests, with the manifest's recommended tolerances.
#include "SovitsTrainFixtures.h"
#include "support/TestSupport.h"
#include "training/sovits/AdamW.h"
#include "training/sovits/MultiPeriodDiscriminator.h"
#include "training/sovits/SovitsDigestCheck.h"
#include "training/sovits/SovitsLosses.h"
#include "training/sovits/TrainMel.h"

#include <QtTest/QtTest>

#include <cmath>
#include <map>

using namespace timbre;
using namespace timbre::training;
namespace fx = timbre::test::sovitstrain;

namespace {

at::Tensor concatScores(const std::vector<at::Tensor>& scores) { return at::cat(scores, 1).detach(); }

}  // namespace

class TestSovitsDiscriminatorStep : public QObject {
  Q_OBJECT

 private slots:
  // The same kernels on every x86-64 host (see TestSovitsIterationParity): no oneDNN.
  void initTestCase() { at::globalContext().setUserEnabledMkldnn(false); }

  void stepOneMatchesOfficial_data() {
    QTest::addColumn<QString>("version");
    QTest::newRow("v2") << "v2";
    QTest::newRow("v2Pro") << "v2Pro";
  }

  void stepOneMatchesOfficial() {
    QFETCH(QString, version);
    const std::string v = version.toStdString(), dir = "sovits_" + v + "/";
    const nlohmann::json& run = fx::manifest().at("sovits_" + v);
    const nlohmann::json& step = run.at("steps").at(0);

    ParameterSet dParams = ParameterSet::fromCheckpoint(fx::initialWeights(v, "s2D_" + v + "_init"), nullptr);
    const MultiPeriodDiscriminator discriminator(dParams);
    QCOMPARE(int64_t(discriminator.periods().size() + 1), int64_t(run.at("D_score_widths").size()));

    const at::Tensor ids = fx::npy(dir + "inject_ids_step1.npy");
    const at::Tensor y = cutSegments(fx::npy("sovits_data/batch_wav.npy"), ids * 640, 20480);
    const at::Tensor yHat = fx::npy(dir + "step1_y_hat.npy").requires_grad_(true);

    // D step: scores on y and on ŷ.detach(), loss_disc, gradients.
    const DiscriminatorOutput real = discriminator.forward(y);
    const DiscriminatorOutput fake = discriminator.forward(yHat.detach());
    std::vector<int64_t> widths;
    for (const auto& s : real.scores) widths.push_back(s.size(1));
    QCOMPARE(widths, run.at("D_score_widths").get<std::vector<int64_t>>());
    TIMBRE_COMPARE_TENSORS(concatScores(real.scores), fx::npy(dir + "step1_D_real_scores.npy"), 1e-5);
    TIMBRE_COMPARE_TENSORS(concatScores(fake.scores), fx::npy(dir + "step1_D_fake_scores.npy"), 1e-5);
    const DiscriminatorLoss lossDisc = discriminatorLoss(real.scores, fake.scores);
    COMPARE_REL(lossDisc.total.item<double>(), step.at("loss_disc").get<double>(), 1e-5);
    for (size_t d = 0; d < lossDisc.real.size(); ++d) {
      COMPARE_REL(lossDisc.real[d], step.at("losses_disc_r").at(d).get<double>(), 1e-5);
      COMPARE_REL(lossDisc.fake[d], step.at("losses_disc_g").at(d).get<double>(), 1e-5);
    }
    lossDisc.total.backward();
    QVERIFY(!yHat.grad().defined());  // ŷ was detached for D

    const DigestTable dTable = fx::digestTable(v, "D");
    const TensorLookup grads = [&](const std::string& name) { return dParams[name].grad(); };
    const TensorLookup weights = [&](const std::string& name) { return dParams[name]; };
    // "sovits_step1_grads": |dg| <= 1e-3·‖g‖ per tensor.
    std::string failure = fx::compareDigest(dTable, grads, v, "D_grads_step1", 1e-3, 0.0);
    QVERIFY2(failure.empty(), failure.c_str());

    // optim_d.step() at lr·γ (ExponentialLR stepped once before training).
    AdamW optimD;
    optimD.addGroup(dParams.trainableNames(), dParams.trainable(), 1e-4);
    ExponentialLr schedule(optimD, 0.999875);
    schedule.step();
    QVERIFY(fx::closeRel(optimD.groups()[0].lr, step.at("lr_D").get<double>(), 1e-12));
    const std::map<std::string, double> noiseSlack = noiseLevelNormSlack(dParams, optimD.groups()[0].lr / (1 - 0.8));
    optimD.step();
    // "sovits_step1_weights": abs 1e-6 (norms: plus the slack of Adam's sign flips on rounding noise).
    failure = fx::compareStepWeights(dTable, weights, v, "D_weights_after_step1", 1e-6, {}, noiseSlack);
    QVERIFY2(failure.empty(), failure.c_str());

    // G step against the updated D: loss_gen, loss_fm.
    dParams.zeroGrad();
    const DiscriminatorOutput realUpdated = discriminator.forward(y);
    const DiscriminatorOutput fakeUpdated = discriminator.forward(yHat);
    TIMBRE_COMPARE_TENSORS(concatScores(fakeUpdated.scores), fx::npy(dir + "step1_Dupd_fake_scores.npy"), 1e-5);
    std::vector<double> perD;
    const at::Tensor lossGen = generatorLoss(fakeUpdated.scores, &perD);
    COMPARE_REL(lossGen.item<double>(), step.at("loss_gen").get<double>(), 1e-5);
    for (size_t d = 0; d < perD.size(); ++d) COMPARE_REL(perD[d], step.at("losses_gen").at(d).get<double>(), 1e-5);
    const at::Tensor lossFm = featureLoss(realUpdated.featureMaps, fakeUpdated.featureMaps);
    COMPARE_REL(lossFm.item<double>(), step.at("loss_fm").get<double>(), 1e-5);

    // loss_mel from ŷ's mel; loss_kl from the recorded posterior and prior.
    const TrainMel mel;
    const at::Tensor yMel = cutSegments(mel.specToMel(fx::npy("sovits_data/batch_spec.npy")), ids, 32);
    const at::Tensor lossMel = melLoss(yMel, mel.melOfWave(yHat));
    COMPARE_REL(lossMel.item<double>(), step.at("loss_mel").get<double>(), 1e-5);
    const at::Tensor lossKl = klLoss(fx::npy(dir + "step1_z_p.npy"), fx::npy(dir + "step1_logs_q.npy"),
                                     fx::npy(dir + "step1_m_p.npy"), fx::npy(dir + "step1_logs_p.npy"),
                                     fx::npy(dir + "step1_y_mask.npy"));
    COMPARE_REL(lossKl.item<double>(), step.at("loss_kl").get<double>(), 1e-5);
    const double total = (lossGen + lossFm + lossMel + lossKl).item<double>();
    COMPARE_REL(total, step.at("loss_gen_all").get<double>(), 1e-5);
  }

  void adamWMatchesHandComputedSteps() {
    // Two updates of one scalar, worked through the torch 1.13 formulas by hand.
    at::Tensor p = at::full({1}, 1.0, at::kFloat).requires_grad_(true);
    AdamW opt;
    opt.addGroup({"p"}, {p}, 0.1);
    p.mutable_grad() = at::full({1}, 2.0, at::kFloat);
    opt.step();
    // p·(1−0.001) − 0.1/(1−0.8)·m/(sqrt(v)/sqrt(1−0.99)+1e-9), m = 0.4, v = 0.04.
    double expected = 1.0 * (1 - 0.1 * 0.01);
    expected -= 0.1 / 0.2 * 0.4 / (std::sqrt(0.04) / std::sqrt(0.01) + 1e-9);
    QVERIFY(std::abs(p.item<double>() - expected) < 1e-6);
    QCOMPARE(opt.stepCount("p"), int64_t(1));
    // A parameter without a gradient is left alone: no decay, no state.
    at::Tensor q = at::full({1}, 3.0, at::kFloat).requires_grad_(true);
    AdamW other;
    other.addGroup({"q"}, {q}, 0.1);
    other.step();
    QCOMPARE(q.item<double>(), 3.0);
    QVERIFY(!other.expAvg("q").defined());
    // State round trip.
    const auto saved = opt.saveState();
    AdamW restored;
    at::Tensor p2 = p.detach().clone().requires_grad_(true);
    restored.addGroup({"p"}, {p2}, 0.1);
    restored.restoreState(saved, "state");
    QVERIFY(restored.expAvg("p").equal(opt.expAvg("p")));
    QCOMPARE(restored.stepCount("p"), int64_t(1));
  }
};

QTEST_APPLESS_MAIN(TestSovitsDiscriminatorStep)
#include "TestSovitsDiscriminatorStep.moc"
