#pragma once
// A short sample of the voice after each saved epoch: a fixed sentence in the
// dataset's language, spoken with the new weights and a reference clip from
// the user's own data, so progress is judged by ear (the losses of a GAN are
// no guide: the official maintainer says to listen, not to read them).
#include "training/data/PreparedDataset.h"
#include "training/run/BaseModelFiles.h"

#include <string>

namespace timbre::training {

struct TrainingRunOptions;

class Audition {
 public:
  Audition(const TrainingRunOptions& options, const BaseModelFiles& base, const data::PreparedDataset& dataset);

  // Synthesises the sentence with these GPT and SoVITS files into `wavPath`
  // (written to a temporary name and renamed). Throws timbre::Error.
  void render(const std::string& gptFile, const std::string& sovitsFile, const std::string& wavPath) const;

  const std::string& sentence() const { return m_sentence; }

 private:
  BaseModelFiles m_base;
  std::string m_sentence, m_language;
  std::string m_reference, m_promptText, m_promptLanguage;
  uint64_t m_seed = 1234;
  std::string m_device;
};

// The fixed sentence for a language code ("zh", "en", "ja", "ko", "yue").
std::string auditionSentence(const std::string& language);

}  // namespace timbre::training
