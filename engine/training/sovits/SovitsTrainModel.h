#pragma once
// The trainable SoVITS generator (SynthesizerTrn as s2_train.py builds it,
// enc_q included) and its training forward (training spec §2.6). The weights
// are not copied: every forward reads them from the ParameterSet, recomputing
// weight norm from the (weight_g, weight_v) leaves, so the optimiser's in-place
// updates are seen by the next step and gradients land on the set's tensors.
#include "checkpoint/Checkpoint.h"
#include "models/sovits/SovitsConfig.h"
#include "training/common/ParameterSet.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <cstdint>

namespace timbre::training {

// One collated batch (training spec §2.3), on the model's device. T = the
// padded spec length (even); ssl and spec share it.
struct SovitsBatch {
  at::Tensor ssl;          // [B, 768, T] float32 HuBERT features (zero-padded)
  at::Tensor sslLengths;   // [B] int64
  at::Tensor spec;         // [B, 1025, T] float32 linear spectrogram (zero-padded)
  at::Tensor specLengths;  // [B] int64 — every mask is built from these
  at::Tensor wav;          // [B, 1, N] float32 (not read by the generator; the losses slice it at ids)
  at::Tensor wavLengths;   // [B] int64
  at::Tensor text;         // [B, L] int64 phone ids (zero-padded)
  at::Tensor textLengths;  // [B] int64
  at::Tensor sv;           // [B, 20480] float32 speaker embedding (v2Pro/v2ProPlus), undefined otherwise
};

// Randomness a test (or a replay) supplies instead of drawing it. An undefined
// tensor is drawn from the generator passed to forward().
struct SovitsInjected {
  at::Tensor ids;  // [B] int64 start frames of the decoded slices (commons.rand_slice_segments)
  at::Tensor eps;  // [B, inter, T] float32 standard normal of enc_q's sample (randn_like)
};

// What SynthesizerTrn.forward returns, plus the intermediates the fixtures check.
struct SovitsForward {
  at::Tensor yHat;       // [B, 1, segmentFrames · hop] generated audio of the slices
  at::Tensor ids;        // [B] int64 slice start frames (as used)
  at::Tensor yMask;      // [B, 1, T] float32 frame mask from specLengths
  at::Tensor z;          // [B, inter, T] posterior sample
  at::Tensor zP;         // [B, inter, T] flow(z)
  at::Tensor mP, logsP;  // [B, inter, T] prior from enc_p
  at::Tensor mQ, logsQ;  // [B, inter, T] posterior from enc_q
  at::Tensor refEncOut;  // [B, gin, 1] ref_enc output (before the Pro fusion)
  at::Tensor svProj;     // [B, gin] sv_emb(sv) (v2Pro/Plus), undefined otherwise
  at::Tensor ge;         // [B, gin, 1] timbre vector the flow, enc_q and dec see
  at::Tensor ge512;      // [B, 512, 1] ge_to512(ge) (v2Pro/Plus), undefined otherwise
  at::Tensor codes;      // [1, B, T/2] int64 quantizer codes
  at::Tensor klSsl;      // [1] zero, no grad: the frozen quantizer's commit loss
};

class SovitsTrainModel {
 public:
  // The pretrained (or resumed) s2G as a ParameterSet named as net_g.state_dict():
  // fp32 on `device`, quantizer.* as buffers, ssl_proj.* frozen. Throws
  // timbre::Error(ModelMismatch) naming the file when it lacks enc_q.* (an
  // exported inference model rather than the pretrained s2G).
  static ParameterSet parametersFrom(const checkpoint::Checkpoint& generator, at::Device device = at::kCPU);

  // Checks every tensor the config needs (names and shapes, enc_q included),
  // refuses tensors the network does not have (a wrong version), and keeps a
  // reference to `parameters`, which must outlive the model.
  // dropout = hps.model.p_dropout (0.1 v1/v2, 0.0 Pro); segmentFrames =
  // train.segment_size / hop (32 for every official config).
  // Throws timbre::Error(ModelMismatch) naming parameters.what() and the tensor.
  static SovitsTrainModel load(ParameterSet& parameters, const sovits::SovitsConfig& config, double dropout,
                               int64_t segmentFrames = 32);
  // Same, sizes and p_dropout read from the hps tree ({"model": …, "data": …})
  // or from hps.model itself; a missing p_dropout takes the version's default.
  static SovitsTrainModel load(ParameterSet& parameters, const nlohmann::json& hps,
                               checkpoint::SovitsVersion version, int64_t segmentFrames = 32);

  // training = true: dropout (p_dropout in the attention encoders, 0.1 in
  // ref_enc), drawn from `rng` (nullptr: the default generator; otherwise one
  // for the parameters' device), as is any randomness not injected, in the
  // official order: ref_enc, enc_p, enc_q's ε, the slice starts.
  // training = false reproduces net_g.eval().
  SovitsForward forward(const SovitsBatch& batch, const SovitsInjected& injected = {}, bool training = true,
                        const at::Generator* rng = nullptr) const;

  // The timbre vector of one utterance for auditions: spec [1, 1025, T],
  // sv [1, 20480] (v2Pro/Plus) or undefined -> ge [1, gin, 1], without grad.
  at::Tensor timbreFor(const at::Tensor& spec, const at::Tensor& sv = {}) const;

  // The current weights as an inference checkpoint (fp32, weight_g/weight_v
  // kept, enc_q.* dropped, config = {"model": hps.model-like sizes}) that
  // sovits::SovitsModel::load accepts without a file.
  checkpoint::Checkpoint toCheckpoint(const std::string& displayName = "trained SoVITS") const;

  const sovits::SovitsConfig& config() const { return m_config; }
  int64_t segmentFrames() const { return m_segmentFrames; }
  int64_t segmentSamples() const { return m_segmentFrames * m_config.hopLength; }
  ParameterSet& parameters() const { return *m_parameters; }

 private:
  SovitsTrainModel() = default;

  ParameterSet* m_parameters = nullptr;
  sovits::SovitsConfig m_config;
  int64_t m_segmentFrames = 32;
  double m_dropout = 0.0;          // hps.model.p_dropout
  int64_t m_posteriorLayers = 16;  // enc_q WN depth (fixed to 16 by SynthesizerTrn)
};

}  // namespace timbre::training
