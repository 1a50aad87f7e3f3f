#include "models/cfm/SovitsV3Model.h"

#include "models/cfm/CfmParameterShapes.h"

#include "timbre/Error.h"

namespace timbre::cfm {
namespace {

[[noreturn]] void badRequest(const std::string& what) {
  throw Error(ErrorCode::InvalidArgument, "SoVITS v3/v4 decode: " + what);
}

}  // namespace

SovitsV3Model SovitsV3Model::load(const checkpoint::Checkpoint& checkpoint, sovits::SovitsVersion version,
                                  at::Device device, at::ScalarType dtype) {
  if (checkpoint.config.is_null())
    throw Error(ErrorCode::ModelMismatch, checkpoint.path + ": the file holds no SoVITS config");
  SovitsV3Model m;
  m.m_version = cfmVersion(version);
  m.m_config = sovits::SovitsConfig::fromJsonV3V4(checkpoint.config, version);
  m.m_device = device;
  m.m_dtype = dtype;
  // Every tensor is checked against the widths the file's anchors give before anything is built.
  sovits::WeightReader weights(checkpoint, cfmParameterShapes(checkpoint, m.m_config),
                               std::string("SoVITS ") + sovits::sovitsVersionName(version), device, dtype);
  weights.validate();
  m.m_quantizer = sovits::Quantizer::load(weights, m.m_config);
  m.m_textEncoder = sovits::TextEncoder::load(weights, m.m_config);
  m.m_styleEncoder = sovits::StyleEncoder::load(weights, m.m_config);
  m.m_featureEncoder = FeatureEncoder::load(weights);
  m.m_dit = Dit::load(weights, "cfm.estimator");
  if (m.m_featureEncoder.width() != m.m_dit.textWidth())
    throw Error(ErrorCode::ModelMismatch, checkpoint.path + ": bridge.0 gives " +
                                              std::to_string(m.m_featureEncoder.width()) +
                                              " channels but the DiT text embedding takes " +
                                              std::to_string(m.m_dit.textWidth()));
  return m;
}

at::Tensor SovitsV3Model::extractLatent(const at::Tensor& ssl) const {
  at::NoGradGuard noGrad;
  return m_quantizer.encode(ssl.to(m_device, m_dtype)).to(at::kCPU);
}

at::Tensor SovitsV3Model::timbre(const at::Tensor& spec) const {
  const int64_t bins = m_config.styleBins();
  if (spec.dim() != 3 || spec.size(0) != 1 || spec.size(1) < bins || spec.size(2) < 1)
    badRequest("a reference spectrogram must have shape [1, " + std::to_string(m_config.specChannels) + ", frames≥1]");
  at::NoGradGuard noGrad;
  return m_styleEncoder(spec.slice(1, 0, bins).to(m_device, m_dtype));
}

SovitsV3Model::Features SovitsV3Model::encode(const at::Tensor& codes, const at::Tensor& phones, const at::Tensor& ge,
                                              double speed) const {
  if (!codes.defined() || codes.dim() != 3 || codes.size(0) != 1 || codes.size(1) != 1 || codes.size(2) < 1)
    badRequest("semantic codes must have shape [1, 1, T≥1]");
  if (!phones.defined() || phones.dim() != 2 || phones.size(0) != 1 || phones.size(1) < 1)
    badRequest("phones must have shape [1, n≥1]");
  if (!(speed > 0.0)) badRequest("speed must be positive");
  at::NoGradGuard noGrad;
  at::Tensor content = m_quantizer.decode(codes.to(m_device, at::kLong));
  if (m_config.semantic25Hz) content = content.repeat_interleave(2, 2);
  const at::Tensor g = ge.to(m_device, m_dtype);
  Features f;
  f.encoderHidden = m_textEncoder.hidden(content, phones.to(m_device, at::kLong), g, speed);
  // y_lengths1: int(T·3.875|4), or int(T·factor / speed) + 1 when stretched.
  const double tokens = double(codes.size(2));
  const int64_t maskFrames = speed == 1.0 ? int64_t(tokens * m_version.maskFramesPerToken)
                                          : int64_t(tokens * m_version.maskFramesPerToken / speed) + 1;
  f.features = m_featureEncoder(f.encoderHidden, g, m_version.featureScale, maskFrames);
  return f;
}

}  // namespace timbre::cfm
