// Three iterations of the official SoVITS trainer (train-tiny, the same batch
// at epochs 1–3, injected slice starts and enc_q noise, dropout off): every D
// gradient after each D backward, every G gradient after each G backward
// (with the updated D), the weights after each step, Adam's state after step
// 3, every loss, and the frozen parts untouched — with the manifest's
// recommended tolerances, skipping only the listed zero-gradient tensors.
#include "SovitsTrainFixtures.h"
#include "support/TestSupport.h"
#include "training/sovits/SovitsDigestCheck.h"
#include "training/sovits/SovitsIteration.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>

using namespace timbre;
using namespace timbre::training;
namespace fx = timbre::test::sovitstrain;

namespace {

}  // namespace

class TestSovitsIterationParity : public QObject {
  Q_OBJECT

 private slots:
  // oneDNN picks its convolution kernels by the host's instruction set (AVX-512
  // on the Intel kind, AVX2 on the AMD kind), and at step 1 the v2Pro decoder's
  // last resblock gradients amplify that summation order past 1e-3·‖g‖ with the
  // AVX2 ones. Without it, convolutions go through im2col and OpenBLAS, which
  // ctest pins to its Haswell kernels (ATen's own to AVX2), so every x86-64
  // host sums the same way. The trainer itself keeps oneDNN: only rounding differs.
  void initTestCase() { at::globalContext().setUserEnabledMkldnn(false); }

  void threeStepsMatchOfficial_data() {
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("steps");
    QTest::newRow("v2") << "v2" << 3;
    QTest::newRow("v2Pro") << "v2Pro" << 1;
  }

  void threeStepsMatchOfficial() {
    QFETCH(QString, version);
    QFETCH(int, steps);
    const std::string v = version.toStdString(), dir = "sovits_" + v + "/";
    const nlohmann::json& run = fx::manifest().at("sovits_" + v);
    const auto skip = run.at("zero_gradient_tensors").get<std::vector<std::string>>();
    const bool pro = v == "v2Pro";

    const checkpoint::Checkpoint gFile = fx::initialWeights(v, "s2G_" + v + "_init");
    ParameterSet gParams = SovitsTrainModel::parametersFrom(gFile);
    const SovitsTrainModel generator = SovitsTrainModel::load(
        gParams, gFile.config, pro ? checkpoint::SovitsVersion::V2Pro : checkpoint::SovitsVersion::V2);
    ParameterSet dParams = ParameterSet::fromCheckpoint(fx::initialWeights(v, "s2D_" + v + "_init"), nullptr);
    const MultiPeriodDiscriminator discriminator(dParams);
    const at::Tensor sslProjBefore = gParams["ssl_proj.weight"].detach().clone();
    const at::Tensor codebookBefore = gParams["quantizer.vq.layers.0._codebook.embed"].detach().clone();

    AdamW optimG = makeSovitsGeneratorOptimizer(gParams, 1e-4, 0.4);
    AdamW optimD = makeSovitsDiscriminatorOptimizer(dParams, 1e-4);
    // The groups s2_train builds (members of the three low-rate groups, in order).
    const auto members = run.at("optimizer_groups_G_members").get<std::vector<std::vector<std::string>>>();
    QCOMPARE(optimG.groups().size(), size_t(4));
    for (size_t g = 1; g < 4; ++g) QCOMPARE(optimG.groups()[g].names, members[g - 1]);
    ExponentialLr scheduleG(optimG, 0.999875), scheduleD(optimD, 0.999875);
    const TrainMel mel;
    SovitsIteration iteration(generator, discriminator, dParams, optimG, optimD, mel, SovitsIteration::Weights{});

    const DigestTable gTable = fx::digestTable(v, "G"), dTable = fx::digestTable(v, "D");
    const TensorLookup gGrads = [&](const std::string& n) { return gParams[n].grad(); };
    const TensorLookup dGrads = [&](const std::string& n) { return dParams[n].grad(); };
    const TensorLookup gWeights = [&](const std::string& n) { return gParams[n]; };
    const TensorLookup dWeights = [&](const std::string& n) { return dParams[n]; };
    const SovitsBatch batch = fx::fixtureBatch(pro);

    for (int s = 1; s <= steps; ++s) {
      const std::string tag = "step" + std::to_string(s);
      const nlohmann::json& expected = run.at("steps").at(s - 1);
      scheduleG.advanceTo(s);  // step s runs in epoch s at lr·γ^s
      scheduleD.advanceTo(s);
      for (size_t g = 0; g < 4; ++g)
        QVERIFY(fx::closeRel(optimG.groups()[g].lr, expected.at("lr_G_groups").at(g).get<double>(), 1e-12));
      // "sovits_step1_grads" 1e-3·‖g‖; "sovits_steps2_3": grads 1e-2·‖g‖, weights abs 5e-5.
      const double gradRel = s == 1 ? 1e-3 : 1e-2, weightAbs = s == 1 ? 1e-6 : 5e-5;
      std::string failure, gradFailure;
      std::map<std::string, double> noiseSlack, dNoiseSlack;
      auto observe = [&](SovitsIteration::Phase phase) {
        if (phase == SovitsIteration::Phase::AfterDiscriminatorBackward) {
          if (failure.empty()) failure = fx::compareDigest(dTable, dGrads, v, "D_grads_" + tag, gradRel, 0.0);
          // The same first-step sign flips as for G (below), on the discriminator's noise-level entries.
          dNoiseSlack = noiseLevelNormSlack(dParams, optimD.groups()[0].lr / (1 - std::pow(0.8, s)));
        } else {
          gradFailure = fx::compareDigest(gTable, gGrads, v, "G_grads_" + tag, gradRel, 0.0, skip);
          // Adam's first step is ±lr for entries whose gradient is rounding noise.
          noiseSlack = noiseLevelNormSlack(gParams, optimG.groups()[0].lr / (1 - std::pow(0.8, s)));
          // Key biases: a mathematically zero gradient, only rounding noise here too.
          for (const auto& name : skip)
            if (failure.empty() && gParams[name].grad().defined() && gParams[name].grad().norm().item<double>() > 1e-5)
              failure = name + ": gradient norm " + std::to_string(gParams[name].grad().norm().item<double>());
          if (failure.empty() && (gParams["ssl_proj.weight"].grad().defined() || gParams["ssl_proj.bias"].grad().defined()))
            failure = "ssl_proj got a gradient";
        }
      };
      SovitsInjected injected;
      injected.ids = fx::npy(dir + "inject_ids_" + tag + ".npy");
      injected.eps = fx::npy(dir + "inject_eps_" + tag + ".npy");
      const SovitsIterationResult result = iteration.run(batch, injected, /*training=*/false, nullptr, observe);
      QVERIFY2(failure.empty(), failure.c_str());
      QVERIFY2(gradFailure.empty(), gradFailure.c_str());
      QVERIFY(!result.discriminatorSkipped && !result.generatorSkipped);

      const SovitsLossValues& l = result.losses;
      COMPARE_REL(l.disc, expected.at("loss_disc").get<double>(), 1e-5);
      COMPARE_REL(l.gen, expected.at("loss_gen").get<double>(), 1e-5);
      COMPARE_REL(l.fm, expected.at("loss_fm").get<double>(), 1e-5);
      COMPARE_REL(l.mel, expected.at("loss_mel").get<double>(), 1e-5);
      COMPARE_REL(l.kl, expected.at("loss_kl").get<double>(), 1e-5);
      COMPARE_REL(l.genAll, expected.at("loss_gen_all").get<double>(), 1e-5);
      QCOMPARE(l.klSsl, 0.0);
      COMPARE_REL(l.gradNormD, expected.at("grad_norm_d").get<double>(), gradRel);
      COMPARE_REL(l.gradNormG, expected.at("grad_norm_g").get<double>(), gradRel);
      if (s == 1) TIMBRE_COMPARE_TENSORS(result.forward.yHat.detach(), fx::npy(dir + "step1_y_hat.npy"), 1e-5);
      // At step 1 the weights are the official ones (within 1e-6): the intermediates' abs 1e-4.
      // Later steps run on weights that carry step 1's Adam sign flips on rounding-noise
      // gradients (±2·lr; the fixture's AdamW note), which move z_p by up to 2.2e-4 on
      // some hosts: there it gets the spec's tensor rule, 1e-4·‖z_p‖ at every entry.
      const at::Tensor zPExpected = fx::npy(dir + tag + "_z_p.npy");
      TIMBRE_COMPARE_TENSORS(result.forward.zP.detach(), zPExpected,
                             s == 1 ? 1e-4 : 1e-4 * zPExpected.norm().item<double>());

      failure = fx::compareStepWeights(dTable, dWeights, v, "D_weights_after_" + tag, weightAbs, {}, dNoiseSlack);
      QVERIFY2(failure.empty(), failure.c_str());
      failure = fx::compareStepWeights(gTable, gWeights, v, "G_weights_after_" + tag, weightAbs, skip, noiseSlack);
      QVERIFY2(failure.empty(), failure.c_str());
    }
    if (steps == 3) {
      QCOMPARE(optimG.stepCount("dec.conv_pre.weight"), int64_t(run.at("adam_state_step_G").at(0).get<int>()));
      const TensorLookup gAvg = [&](const std::string& n) { return optimG.expAvg(n); };
      const TensorLookup gAvgSq = [&](const std::string& n) { return optimG.expAvgSq(n); };
      const TensorLookup dAvg = [&](const std::string& n) { return optimD.expAvg(n); };
      const TensorLookup dAvgSq = [&](const std::string& n) { return optimD.expAvgSq(n); };
      // The moments mix the three steps' gradients: the steps-2–3 gradient bound applies.
      for (const auto& [table, lookup, stem, skipped] :
           {std::tuple{&gTable, gAvg, "G_adam_exp_avg_step3", skip}, {&gTable, gAvgSq, "G_adam_exp_avg_sq_step3", skip},
            {&dTable, dAvg, "D_adam_exp_avg_step3", std::vector<std::string>{}},
            {&dTable, dAvgSq, "D_adam_exp_avg_sq_step3", std::vector<std::string>{}}}) {
        const std::string failure = fx::compareDigest(*table, lookup, v, stem, 1e-2, 0.0, skipped);
        QVERIFY2(failure.empty(), failure.c_str());
      }
    }
    // Frozen: ssl_proj and the codebook exactly as loaded.
    QVERIFY(gParams["ssl_proj.weight"].equal(sslProjBefore));
    QVERIFY(gParams["quantizer.vq.layers.0._codebook.embed"].equal(codebookBefore));
  }

  void nonFiniteStepChangesNothing() {
    const checkpoint::Checkpoint gFile = fx::initialWeights("v2", "s2G_v2_init");
    ParameterSet gParams = SovitsTrainModel::parametersFrom(gFile);
    const SovitsTrainModel generator = SovitsTrainModel::load(gParams, gFile.config, checkpoint::SovitsVersion::V2);
    ParameterSet dParams = ParameterSet::fromCheckpoint(fx::initialWeights("v2", "s2D_v2_init"), nullptr);
    const MultiPeriodDiscriminator discriminator(dParams);
    AdamW optimG = makeSovitsGeneratorOptimizer(gParams, 1e-4, 0.4);
    AdamW optimD = makeSovitsDiscriminatorOptimizer(dParams, 1e-4);
    const TrainMel mel;
    SovitsIteration iteration(generator, discriminator, dParams, optimG, optimD, mel, SovitsIteration::Weights{});
    SovitsBatch batch = fx::fixtureBatch(false);
    batch.wav = batch.wav.clone();
    batch.wav[0][0][100] = std::numeric_limits<float>::quiet_NaN();  // a corrupt sample in the real audio
    const at::Tensor dBefore = dParams["discriminators.1.convs.0.weight_v"].detach().clone();
    const at::Tensor gBefore = gParams["dec.conv_pre.weight"].detach().clone();
    SovitsInjected injected;
    injected.ids = at::zeros({3}, at::kLong);  // the slice of item 0 covers the NaN
    injected.eps = fx::npy("sovits_v2/inject_eps_step1.npy");
    const SovitsIterationResult result = iteration.run(batch, injected, false);
    QVERIFY(result.discriminatorSkipped);
    QVERIFY(!result.losses.finite());
    QVERIFY(dParams["discriminators.1.convs.0.weight_v"].equal(dBefore));
    QCOMPARE(optimD.stepCount("discriminators.1.convs.0.weight_v"), int64_t(0));
    if (result.generatorSkipped) QVERIFY(gParams["dec.conv_pre.weight"].equal(gBefore));
  }
};

QTEST_APPLESS_MAIN(TestSovitsIterationParity)
#include "TestSovitsIterationParity.moc"
