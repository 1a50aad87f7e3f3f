#pragma once
// chinese-hubert-base as GPT-SoVITS runs it: HuggingFace HubertModel on the raw
// 16 kHz waveform (no feature-extractor normalisation), last_hidden_state out.
// Loaded from the users' own folder (config.json + pytorch_model.bin or
// model.safetensors); every size comes from the folder.
#include "models/hubert/HubertConfig.h"

#include <ATen/ATen.h>

#include <memory>
#include <string>

namespace timbre::hubert {

class HubertModel {
 public:
  // Throws timbre::Error: Io/CorruptFile/UnsupportedFormat from the reader,
  // ModelMismatch naming the tensor for a folder that is not a HubertModel.
  static HubertModel load(const std::string& folder, at::Device device = at::kCPU,
                          at::ScalarType dtype = at::kFloat);

  // wave [N] or [1, N] at 16 kHz -> last_hidden_state [1, T, hidden]; T = config().framesFor(N).
  // Throws InvalidArgument for a wave shorter than one output frame.
  at::Tensor forward(const at::Tensor& wave) const;

  const HubertConfig& config() const;
  at::Device device() const;
  at::ScalarType dtype() const;

  HubertModel(HubertModel&&) noexcept;
  HubertModel& operator=(HubertModel&&) noexcept;
  ~HubertModel();

 private:
  struct Impl;
  explicit HubertModel(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace timbre::hubert
