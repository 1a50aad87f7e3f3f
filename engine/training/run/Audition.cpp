#include "training/run/Audition.h"

#include "audio/AudioFile.h"
#include "pipeline/Synthesizer.h"
#include "pipeline/VoiceModels.h"
#include "timbre/Error.h"
#include "training/run/TrainingRun.h"

#include <cmath>
#include <filesystem>

namespace timbre::training {

std::string auditionSentence(const std::string& language) {
  if (language == "en") return "Hello! This is my own voice, trained on a few minutes of my recordings.";
  if (language == "ja") return "こんにちは。これは私の声で学習したモデルです。";
  if (language == "ko") return "안녕하세요. 제 목소리로 학습한 모델입니다.";
  if (language == "yue") return "你好，呢個係用我自己把聲訓練出嚟嘅模型。";
  return "你好，这是用我自己的声音训练出来的模型。";
}

Audition::Audition(const TrainingRunOptions& options, const BaseModelFiles& base, const data::PreparedDataset& dataset)
    : m_base(base), m_seed(options.seed), m_device(options.device.str()) {
  if (dataset.items.empty()) throw Error(ErrorCode::InvalidArgument, "no clip to take the audition's reference from");
  // The reference: the clip closest to 6 s among the 3–10 s ones the
  // official inference accepts, else the first clip.
  const data::PreparedItem* reference = &dataset.items.front();
  double best = INFINITY;
  for (const auto& item : dataset.items) {
    const double seconds = double(item.wav32k.numel()) / 32000.0;
    if (seconds < 3.0 || seconds > 10.0) continue;
    if (std::abs(seconds - 6.0) < best) best = std::abs(seconds - 6.0), reference = &item;
  }
  m_reference = reference->wav32kPath;
  m_promptText = reference->text;
  m_promptLanguage = reference->language;
  m_language = reference->language;
  m_sentence = options.auditionText.empty() ? auditionSentence(m_language) : options.auditionText;
}

void Audition::render(const std::string& gptFile, const std::string& sovitsFile, const std::string& wavPath) const {
  pipeline::ModelPaths paths{gptFile, sovitsFile, m_base.hubert, m_base.bert, m_base.speaker};
  pipeline::DeviceOptions device;
  device.device = at::Device(m_device);
  const pipeline::VoiceModels models = pipeline::VoiceModels::load(paths, device);
  const pipeline::Synthesizer synthesizer(models);

  pipeline::SynthesisRequest request;
  request.text = m_sentence;
  request.textLang = m_language;
  request.references = {m_reference};
  request.promptText = m_promptText;
  request.promptLang = m_promptLanguage;
  request.seed = int64_t(m_seed);
  const pipeline::SynthesisResult result = synthesizer.synthesize(request);

  audio::AudioBuffer out;
  out.sampleRateHz = result.sampleRateHz;
  out.channels = 1;
  for (int16_t s : pipeline::Synthesizer::toInt16(result.audio)) out.samples.push_back(float(s) / 32768.0f);
  std::filesystem::create_directories(std::filesystem::path(wavPath).parent_path());
  audio::writeAudioFile(wavPath, out);
}

}  // namespace timbre::training
