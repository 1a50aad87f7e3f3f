// The trainable SoVITS generator against the official SynthesizerTrn.forward
// on the train-tiny batch (net_g.eval(), injected slice starts and enc_q
// noise): every intermediate the fixture stores, for v2 and v2Pro; which
// parameters receive gradients; dropout in training mode; the refusal of an
// exported model without enc_q; and the hand-over to the inference model.
#include "SovitsTrainFixtures.h"

#include "models/sovits/SovitsModel.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"
#include "training/sovits/SovitsTrainModel.h"
#include "training/sovits/TrainFlow.h"
#include "training/sovits/TrainGenerator.h"
#include "training/sovits/TrainLayers.h"
#include "training/sovits/TrainTextEncoder.h"
#include "checkpoint/ModelIdentity.h"
#include "tensor/Npy.h"

#include <QtTest/QtTest>

#include <ATen/CPUGeneratorImpl.h>

#include <memory>

using namespace timbre;
namespace fx = timbre::test::sovitstrain;

namespace {

// manifest tolerances_recommended.sovits_intermediates: abs 1e-4, y_hat abs 1e-5.
constexpr double kIntermediateTolerance = 1e-4;
constexpr double kAudioTolerance = 1e-5;

struct Loaded {
  checkpoint::SovitsVersion version;
  std::unique_ptr<training::ParameterSet> parameters;
  std::unique_ptr<training::SovitsTrainModel> model;
};

Loaded loadVersion(const std::string& name) {
  Loaded l;
  const nlohmann::json& hps = fx::manifest().at("sovits_" + name).at("hps_model");
  l.version = *checkpoint::parseSovitsVersion(hps.at("version").get<std::string>());
  const checkpoint::Checkpoint cp = fx::initialWeights(name, "s2G_" + name + "_init");
  l.parameters = std::make_unique<training::ParameterSet>(training::SovitsTrainModel::parametersFrom(cp));
  l.model = std::make_unique<training::SovitsTrainModel>(
      training::SovitsTrainModel::load(*l.parameters, hps, l.version));
  return l;
}

training::SovitsInjected injectedStep1(const std::string& name) {
  return {fx::npy("sovits_" + name + "/inject_ids_step1.npy"), fx::npy("sovits_" + name + "/inject_eps_step1.npy")};
}

bool hasGrad(const training::ParameterSet& p, const std::string& name) {
  const at::Tensor g = p[name].grad();
  return g.defined() && g.abs().max().item<double>() > 0.0;
}

}  // namespace

class TestSovitsTrainForward : public QObject {
  Q_OBJECT

 private slots:
  void matchesOfficialForward_data() {
    QTest::addColumn<QString>("version");
    QTest::newRow("v2") << "v2";
    QTest::newRow("v2Pro") << "v2Pro";
  }

  void matchesOfficialForward() {
    QFETCH(QString, version);
    const std::string v = version.toStdString();
    const Loaded l = loadVersion(v);
    const bool pro = v == "v2Pro";
    at::NoGradGuard noGrad;
    const training::SovitsForward out = l.model->forward(fx::fixtureBatch(pro), injectedStep1(v), /*training=*/false);
    auto expected = [&](const char* stem) { return fx::npy("sovits_" + v + "/step1_" + stem + ".npy"); };

    QVERIFY(at::equal(out.codes, expected("codes")));
    TIMBRE_COMPARE_TENSORS(out.yMask, expected("y_mask"), 0.0);
    TIMBRE_COMPARE_TENSORS(out.refEncOut, expected("ref_enc_out"), kIntermediateTolerance);
    if (pro) {
      TIMBRE_COMPARE_TENSORS(out.svProj, expected("sv_proj"), kIntermediateTolerance);
      TIMBRE_COMPARE_TENSORS(out.ge, expected("ge"), kIntermediateTolerance);
      TIMBRE_COMPARE_TENSORS(out.ge512, expected("ge512"), kIntermediateTolerance);
    }
    TIMBRE_COMPARE_TENSORS(out.mP, expected("m_p"), kIntermediateTolerance);
    TIMBRE_COMPARE_TENSORS(out.logsP, expected("logs_p"), kIntermediateTolerance);
    TIMBRE_COMPARE_TENSORS(out.mQ, expected("m_q"), kIntermediateTolerance);
    TIMBRE_COMPARE_TENSORS(out.logsQ, expected("logs_q"), kIntermediateTolerance);
    TIMBRE_COMPARE_TENSORS(out.z, expected("z"), kIntermediateTolerance);
    TIMBRE_COMPARE_TENSORS(out.zP, expected("z_p"), kIntermediateTolerance);
    TIMBRE_COMPARE_TENSORS(out.yHat, expected("y_hat"), kAudioTolerance);
    QVERIFY(at::equal(out.ids, injectedStep1(v).ids));
    QCOMPARE(out.klSsl.item<double>(), 0.0);
  }

  // freeze_quantizer: ssl_proj and the codebook never see a gradient; enc_q,
  // ref_enc, dec, the flow and enc_p do.
  void gradientsReachOnlyTrainedParts() {
    const Loaded l = loadVersion("v2Pro");
    const training::SovitsForward out = l.model->forward(fx::fixtureBatch(true), injectedStep1("v2Pro"), false);
    (out.yHat.abs().mean() + out.zP.pow(2).mean() + out.mP.mean() + out.logsP.mean()).backward();
    const training::ParameterSet& p = *l.parameters;
    for (const auto& entry : p.entries()) {
      if (entry.name.rfind("ssl_proj.", 0) == 0 || entry.name.rfind("quantizer.", 0) == 0) {
        QVERIFY2(!entry.tensor.grad().defined(), entry.name.c_str());
        QVERIFY2(!entry.tensor.requires_grad(), entry.name.c_str());
      }
    }
    for (const char* name : {"enc_q.pre.weight", "enc_q.enc.in_layers.15.weight_v", "enc_q.enc.cond_layer.weight_g",
                             "enc_q.proj.bias", "ref_enc.spectral.0.fc.weight", "ref_enc.fc.fc.bias",
                             "dec.conv_pre.weight", "dec.ups.0.weight_g", "dec.resblocks.2.convs1.1.weight_v",
                             "dec.conv_post.weight", "flow.flows.0.enc.in_layers.0.weight_v",
                             "enc_p.encoder_text.attn_layers.0.conv_q.weight", "enc_p.mrte.c_post.weight",
                             "sv_emb.weight", "ge_to512.weight", "prelu.weight"})
      QVERIFY2(hasGrad(p, name), name);
  }

  // enc_q reads ge.detach(): its statistics send nothing back to ref_enc.
  void posteriorDoesNotTrainTheReferenceEncoder() {
    const Loaded l = loadVersion("v2");
    const training::SovitsForward out = l.model->forward(fx::fixtureBatch(false), injectedStep1("v2"), false);
    (out.mQ.sum() + out.logsQ.sum()).backward();
    QVERIFY(hasGrad(*l.parameters, "enc_q.enc.cond_layer.weight_v"));
    QVERIFY(!(*l.parameters)["ref_enc.fc.fc.weight"].grad().defined());
  }

  // Training mode draws dropout (v2: p_dropout 0.1 plus ref_enc's 0.1), the
  // slice starts and the noise from the given generator: a seed replays exactly.
  void trainingModeDrawsFromTheGenerator() {
    const Loaded l = loadVersion("v2");
    at::NoGradGuard noGrad;
    const training::SovitsBatch batch = fx::fixtureBatch(false);
    auto run = [&](uint64_t seed) {
      at::Generator gen = at::make_generator<at::CPUGeneratorImpl>(seed);
      return l.model->forward(batch, {}, true, &gen);
    };
    const training::SovitsForward a = run(7), b = run(7), c = run(8);
    QVERIFY(at::equal(a.yHat, b.yHat) && at::equal(a.mP, b.mP) && at::equal(a.ids, b.ids));
    QVERIFY(!at::equal(a.mP, c.mP));
    // Slices always fit inside their item.
    const at::Tensor room = batch.specLengths - l.model->segmentFrames();
    QVERIFY((a.ids >= 0).all().item<bool>() && (a.ids <= room).all().item<bool>());
    // Dropout on: the prior differs from the eval prior for the same input.
    const training::SovitsForward eval = l.model->forward(batch, {a.ids, at::Tensor()}, false);
    QVERIFY(!at::equal(a.mP, eval.mP));
    QCOMPARE(a.yHat.size(2), int64_t(20480));
  }

  void refusesAnExportedModel() {
    checkpoint::Checkpoint cp = fx::initialWeights("v2", "s2G_v2_init");
    std::vector<std::string> kept;
    for (const auto& name : cp.order) {
      if (name.rfind("enc_q.", 0) == 0)
        cp.tensors.erase(name);
      else
        kept.push_back(name);
    }
    cp.order = kept;
    cp.path = "/voices/exported_e8_s96.pth";
    try {
      training::SovitsTrainModel::parametersFrom(cp);
      QFAIL("an inference-only export was accepted");
    } catch (const Error& e) {
      const QString message = QString::fromUtf8(e.what());
      QVERIFY2(message.contains("/voices/exported_e8_s96.pth"), qPrintable(message));
      QVERIFY2(message.contains("enc_q"), qPrintable(message));
      QVERIFY2(message.contains("pretrained"), qPrintable(message));
    }
  }

  void namesAMisshapenTensor() {
    const checkpoint::Checkpoint cp = fx::initialWeights("v2", "s2G_v2_init");
    training::ParameterSet p = training::SovitsTrainModel::parametersFrom(cp);
    const std::string name = "dec.conv_pre.weight";
    for (auto& entry : p.entries())
      if (entry.name == name) entry.tensor = at::zeros({3});
    const nlohmann::json& hps = fx::manifest().at("sovits_v2").at("hps_model");
    try {
      training::SovitsTrainModel::load(p, hps, checkpoint::SovitsVersion::V2);
      QFAIL("a misshapen tensor was accepted");
    } catch (const Error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains(QString::fromStdString(name)), e.what());
    }
  }

  // A v2Pro file read as v2 has tensors a v2 generator lacks.
  void refusesTheWrongVersion() {
    const checkpoint::Checkpoint cp = fx::initialWeights("v2Pro", "s2G_v2Pro_init");
    training::ParameterSet p = training::SovitsTrainModel::parametersFrom(cp);
    try {
      training::SovitsTrainModel::load(p, fx::manifest().at("sovits_v2").at("hps_model"),
                                       checkpoint::SovitsVersion::V2);
      QFAIL("a v2Pro generator was accepted as v2");
    } catch (const Error& e) {
      const QString message = QString::fromUtf8(e.what());
      QVERIFY2(message.contains("s2G_v2Pro_init.pth") && message.contains("sv_emb") && message.contains("version"),
               e.what());
    }
  }

  // v2ProPlus has no training fixture; its sub-networks (wider decoder, kernel
  // 20) are checked against the official decode of the v2pro-tiny ProPlus
  // model instead: ref_enc and the fusion, enc_p on the decoded codes, the
  // flow forward taking the official z back to m_p (noise scale 0), and the
  // decoder turning z into the official audio.
  void proPlusSubNetworksMatchOfficialDecode() {
    const std::string dir = "fixtures/v2pro-tiny/proplus_case0/";
    auto official = [&](const std::string& name) { return tensor::readNpy(test::sharedPath(dir + name + ".npy")); };
    checkpoint::Checkpoint cp = checkpoint::loadCheckpoint(test::sharedPath("fixtures/v2pro-tiny/sovits_plus.pth"));
    const checkpoint::SovitsVersion version = *checkpoint::identifyModel(cp).sovitsVersion;
    QCOMPARE(version, checkpoint::SovitsVersion::V2ProPlus);
    const sovits::SovitsConfig config = sovits::SovitsConfig::fromJson(cp.config, version);
    // The exported file has no enc_q; zeros of the right shapes stand in for it
    // (this test never reads them).
    const int64_t h = config.hiddenChannels;
    auto zeros = [&](const std::string& name, std::vector<int64_t> shape) {
      cp.tensors[name] = at::zeros(shape);
      cp.order.push_back(name);
    };
    zeros("enc_q.pre.weight", {h, config.specChannels, 1});
    zeros("enc_q.pre.bias", {h});
    for (int i = 0; i < 16; ++i) {
      for (const char* kind : {"in_layers", "res_skip_layers"}) {
        const std::string prefix = std::string("enc_q.enc.") + kind + "." + std::to_string(i);
        const int64_t out = std::string(kind) == "in_layers" || i < 15 ? 2 * h : h;
        zeros(prefix + ".bias", {out});
        zeros(prefix + ".weight_g", {out, 1, 1});
        zeros(prefix + ".weight_v", {out, h, std::string(kind) == "in_layers" ? 5 : 1});
      }
    }
    zeros("enc_q.enc.cond_layer.bias", {2 * h * 16});
    zeros("enc_q.enc.cond_layer.weight_g", {2 * h * 16, 1, 1});
    zeros("enc_q.enc.cond_layer.weight_v", {2 * h * 16, config.ginChannels, 1});
    zeros("enc_q.proj.weight", {2 * config.interChannels, h, 1});
    zeros("enc_q.proj.bias", {2 * config.interChannels});
    training::ParameterSet p = training::SovitsTrainModel::parametersFrom(cp);
    const training::SovitsTrainModel model = training::SovitsTrainModel::load(p, cp.config, version);
    at::NoGradGuard noGrad;

    const at::Tensor ge = model.timbreFor(official("ref_spec"), official("sv_emb"));
    TIMBRE_COMPARE_TENSORS(ge, official("dec_ge"), 1e-5);
    const at::Tensor ge512 = training::layers::linear(p, "ge_to512", ge.transpose(2, 1)).transpose(2, 1);
    TIMBRE_COMPARE_TENSORS(ge512, official("dec_ge512"), 1e-5);

    const at::Tensor codes = official("semantic")[0];  // [1, T25]
    const at::Tensor content =
        at::embedding(p["quantizer.vq.layers.0._codebook.embed"], codes).transpose(1, 2).repeat_interleave(2, 2);
    const int64_t frames = content.size(2);
    const at::Tensor mask = at::ones({1, 1, frames});
    const at::Tensor phones = official("phones").unsqueeze(0);
    const training::TrainPrior prior = training::trainTextEncoder(
        p, config, 0.0, content, mask, phones, at::full({1}, phones.size(1), at::kLong), ge512, {});
    TIMBRE_COMPARE_TENSORS(prior.mean, official("dec_m_p"), kIntermediateTolerance);
    TIMBRE_COMPARE_TENSORS(prior.logScale, official("dec_logs_p"), kIntermediateTolerance);

    const at::Tensor z = official("dec_z");
    TIMBRE_COMPARE_TENSORS(training::trainFlowForward(p, config, z, mask, ge), official("dec_m_p"),
                           kIntermediateTolerance);
    TIMBRE_COMPARE_TENSORS(training::trainGenerator(p, config, z, ge).reshape({-1}), official("dec_wav_ns0_speed1"),
                           kIntermediateTolerance);
  }

  // The trained weights go to the inference model without a file: its timbre
  // vector equals the trainer's for the same utterance.
  void handsWeightsToInference() {
    const Loaded l = loadVersion("v2Pro");
    const training::SovitsBatch batch = fx::fixtureBatch(true);
    const int64_t frames = batch.specLengths[1].item<int64_t>();
    const at::Tensor spec = batch.spec.narrow(0, 1, 1).narrow(2, 0, frames);
    const at::Tensor sv = batch.sv.narrow(0, 1, 1);
    const sovits::SovitsModel inference = sovits::SovitsModel::load(l.model->toCheckpoint(), l.version);
    QCOMPARE(inference.config().ginChannels, l.model->config().ginChannels);
    const at::Tensor trained = l.model->timbreFor(spec, sv);
    QCOMPARE(trained.sizes().vec(), (std::vector<int64_t>{1, l.model->config().ginChannels, 1}));
    TIMBRE_COMPARE_TENSORS(inference.timbre(spec, sv), trained, 1e-5);
  }
};

QTEST_GUILESS_MAIN(TestSovitsTrainForward)
#include "TestSovitsTrainForward.moc"
