#include "models/speaker/SpeakerEncoder.h"

#include "core/Runtime.h"

#include "models/sovits/WeightReader.h"
#include "timbre/Error.h"

#include <optional>
#include <vector>

namespace timbre::speaker {
namespace {

constexpr double kBatchNormEps = 1e-5;  // nn.BatchNorm2d default
constexpr double kHardtanhMax = 20.0;   // the model's "ReLU" is Hardtanh(0, 20)

// A bias-free or biased 2-D convolution with its following eval-mode BatchNorm folded in.
struct ConvBn {
  at::Tensor weight, bias;
  int64_t stride = 1;
  int64_t padding = 0;

  // [B, Cin, F, T] -> [B, Cout, F', T']
  at::Tensor operator()(const at::Tensor& x) const {
    return at::conv2d(x, weight, bias, {stride, stride}, {padding, padding});
  }
};

// AFF: attention weights a = 1 + tanh(local_att([x, y])) mix x*a + y*(2 - a).
struct Aff {
  ConvBn squeeze, expand;

  // x, y [B, C, F, T] -> [B, C, F, T]
  at::Tensor operator()(const at::Tensor& x, const at::Tensor& y) const {
    const at::Tensor attention = at::tanh(expand(at::silu(squeeze(at::cat({x, y}, 1))))) + 1.0;
    return x * attention + y * (2.0 - attention);
  }
};

at::Tensor activation(const at::Tensor& x) { return at::hardtanh(x, 0.0, kHardtanhMax); }

// BasicBlockERes2NetV2 (split-add) and, with fuse non-empty, its AFF variant.
struct Block {
  ConvBn reduce;               // conv1 + bn1, 1x1 (stride 2 in the first block of stages 2-4)
  std::vector<ConvBn> splits;  // convs[i] + bns[i], 3x3
  std::vector<Aff> fuse;       // AFF stages only: scale - 1 of them
  ConvBn expand;               // conv3 + bn3, 1x1
  bool hasShortcut = false;
  ConvBn shortcut;             // shortcut.0 + shortcut.1, 1x1
  int64_t width = 0;

  // [B, Cin, F, T] -> [B, planes * expansion, F', T']
  at::Tensor operator()(const at::Tensor& x) const {
    const std::vector<at::Tensor> parts = activation(reduce(x)).split(width, 1);
    std::vector<at::Tensor> outs;
    outs.reserve(parts.size());
    at::Tensor sp;
    for (size_t i = 0; i < splits.size(); ++i) {
      if (i == 0)
        sp = parts[0];
      else
        sp = fuse.empty() ? sp + parts[i] : fuse[i - 1](sp, parts[i]);
      sp = activation(splits[i](sp));
      outs.push_back(sp);
    }
    const at::Tensor out = expand(at::cat(outs, 1));
    return activation(out + (hasShortcut ? shortcut(x) : x));
  }
};

class Loader {
 public:
  Loader(const checkpoint::Checkpoint& ckpt, const SpeakerConfig& config, at::Device device, at::ScalarType dtype)
      : m_reader(ckpt, speakerParameterShapes(config), "ERes2NetV2", device, dtype) {
    m_reader.validate();
  }

  // Folds prefix's BatchNorm (running stats) into `weight` / `bias` (bias may be undefined).
  // Done in float64 so the folded weights round only once.
  ConvBn fold(const at::Tensor& weight, const at::Tensor& bias, const std::string& bn, int64_t stride,
              int64_t padding) const {
    const at::Tensor gamma = m_reader.fp32(bn + ".weight").to(at::kDouble);
    const at::Tensor beta = m_reader.fp32(bn + ".bias").to(at::kDouble);
    const at::Tensor mean = m_reader.fp32(bn + ".running_mean").to(at::kDouble);
    const at::Tensor var = m_reader.fp32(bn + ".running_var").to(at::kDouble);
    const at::Tensor factor = gamma / at::sqrt(var + kBatchNormEps);  // [Cout]
    const at::Tensor w = weight.to(at::kDouble) * factor.view({-1, 1, 1, 1});
    const at::Tensor b0 = bias.defined() ? bias.to(at::kDouble) : at::zeros_like(mean);
    const at::Tensor b = (b0 - mean) * factor + beta;
    return ConvBn{m_reader.place(w.to(at::kFloat)), m_reader.place(b.to(at::kFloat)), stride, padding};
  }

  ConvBn convBn(const std::string& conv, const std::string& bn, int64_t stride, int64_t padding) const {
    return fold(m_reader.fp32(conv + ".weight"), {}, bn, stride, padding);
  }

  Aff aff(const std::string& prefix) const {
    const std::string p = prefix + ".local_att.";
    return Aff{fold(m_reader.fp32(p + "0.weight"), m_reader.fp32(p + "0.bias"), p + "1", 1, 0),
               fold(m_reader.fp32(p + "3.weight"), m_reader.fp32(p + "3.bias"), p + "4", 1, 0)};
  }

  at::Tensor get(const std::string& name) const { return m_reader.get(name); }

 private:
  sovits::WeightReader m_reader;
};

[[noreturn]] void invalid(const std::string& message) {
  throw Error(ErrorCode::InvalidArgument, "SpeakerEncoder: " + message);
}

}  // namespace

struct SpeakerEncoder::Impl {
  SpeakerConfig config;
  at::Device device = at::kCPU;
  at::ScalarType dtype = at::kFloat;
  ConvBn stem;
  std::array<std::vector<Block>, 4> stages;
  at::Tensor downsample;  // layer3_ds, 3x3 stride 2, no BN
  Aff fuse34;

  // fbank [B, T, F] -> fuse_out34 [B, C, F/8, T/8]
  at::Tensor features(const at::Tensor& fbank) const {
    at::Tensor x = fbank.permute({0, 2, 1}).unsqueeze(1);  // [B, 1, F, T]
    x = at::relu(stem(x));                                // a true ReLU here, unlike the blocks
    at::Tensor out3;
    for (int stage = 0; stage < 4; ++stage) {
      for (const Block& block : stages[stage]) x = block(x);
      if (stage == 2) out3 = x;
    }
    const at::Tensor out3ds = at::conv2d(out3, downsample, {}, {2, 2}, {1, 1});
    return fuse34(x, out3ds);
  }
};

SpeakerEncoder SpeakerEncoder::load(const std::string& path, at::Device device, at::ScalarType dtype) {
  return fromCheckpoint(checkpoint::loadCheckpoint(path), device, dtype);
}

SpeakerEncoder SpeakerEncoder::fromCheckpoint(const checkpoint::Checkpoint& ckpt, at::Device device,
                                              at::ScalarType dtype) {
  if (!at::isFloatingType(dtype))
    throw Error(ErrorCode::InvalidArgument, std::string("SpeakerEncoder: dtype must be floating, got ") +
                                                c10::toString(dtype));
  auto impl = std::make_unique<Impl>();
  impl->config = inferSpeakerConfig(ckpt);
  impl->device = device;
  impl->dtype = dtype;
  const SpeakerConfig& c = impl->config;
  const Loader w(ckpt, c, device, dtype);

  impl->stem = w.convBn("conv1", "bn1", 1, 1);
  int64_t inPlanes = c.mChannels;
  for (int stage = 0; stage < 4; ++stage) {
    const int64_t out = c.planes(stage) * c.expansion;
    for (int64_t b = 0; b < c.numBlocks[stage]; ++b) {
      const std::string p = "layer" + std::to_string(stage + 1) + "." + std::to_string(b) + ".";
      const int64_t stride = stage > 0 && b == 0 ? 2 : 1;
      Block block;
      block.width = c.widths[stage];
      block.reduce = w.convBn(p + "conv1", p + "bn1", stride, 0);
      for (int64_t i = 0; i < c.scale; ++i)
        block.splits.push_back(w.convBn(p + "convs." + std::to_string(i), p + "bns." + std::to_string(i), 1, 1));
      if (stage >= 2)
        for (int64_t i = 0; i + 1 < c.scale; ++i) block.fuse.push_back(w.aff(p + "fuse_models." + std::to_string(i)));
      block.expand = w.convBn(p + "conv3", p + "bn3", 1, 0);
      block.hasShortcut = stride != 1 || inPlanes != out;
      if (block.hasShortcut) block.shortcut = w.convBn(p + "shortcut.0", p + "shortcut.1", stride, 0);
      impl->stages[stage].push_back(std::move(block));
      inPlanes = out;
    }
  }
  impl->downsample = w.get("layer3_ds.weight");
  impl->fuse34 = w.aff("fuse34");
  return SpeakerEncoder(std::move(impl));
}

// fbank [B, T, F] -> [B, C * F/8]
at::Tensor SpeakerEncoder::embedFbank(const at::Tensor& fbank) const {
  const SpeakerConfig& c = m_impl->config;
  if (!fbank.defined()) invalid("the fbank is undefined");
  if (fbank.dim() != 3 || fbank.size(2) != c.featDim || fbank.size(0) < 1 || fbank.size(1) < 1)
    invalid("expected fbank [B, T, " + std::to_string(c.featDim) + "] with B, T >= 1, got shape " +
            c10::str(fbank.sizes()));
  if (!at::isFloatingType(fbank.scalar_type()))
    invalid(std::string("expected a floating-point fbank, got ") + c10::toString(fbank.scalar_type()));
  at::NoGradGuard noGrad;
  const std::optional<ComputeKindScope> threads = m_impl->device.is_cpu()
      ? std::optional<ComputeKindScope>(std::in_place, ComputeKind::Convolution) : std::nullopt;
  const at::Tensor fused = m_impl->features(fbank.to(m_impl->device, m_impl->dtype));
  // forward3: channels and frequency rows flattened, averaged over time.
  return fused.flatten(1, 2).mean(-1).to(at::kCPU, at::kFloat);
}

// wave [N] or [1, N] -> [1, D]
at::Tensor SpeakerEncoder::embedWave(const at::Tensor& wave16k) const {
  if (!wave16k.defined()) invalid("the wave is undefined");
  if (!(wave16k.dim() == 1 || (wave16k.dim() == 2 && wave16k.size(0) == 1)))
    invalid("expected a mono 16 kHz wave [N] or [1, N], got shape " + c10::str(wave16k.sizes()));
  FbankOptions options;
  options.numMelBins = static_cast<int>(m_impl->config.featDim);
  options.sampleRate = 16000;
  const at::Tensor fbank = kaldiFbank(wave16k.to(m_impl->device), options);  // [T, F]
  return embedFbank(fbank.unsqueeze(0));
}

const SpeakerConfig& SpeakerEncoder::config() const { return m_impl->config; }
int64_t SpeakerEncoder::embeddingDim() const { return m_impl->config.embeddingDim(); }
at::Device SpeakerEncoder::device() const { return m_impl->device; }
at::ScalarType SpeakerEncoder::dtype() const { return m_impl->dtype; }

SpeakerEncoder::SpeakerEncoder(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
SpeakerEncoder::SpeakerEncoder(SpeakerEncoder&&) noexcept = default;
SpeakerEncoder& SpeakerEncoder::operator=(SpeakerEncoder&&) noexcept = default;
SpeakerEncoder::~SpeakerEncoder() = default;

}  // namespace timbre::speaker
